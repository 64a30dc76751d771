// A small modal that asks for one name (a template's, for instance).
import { useEffect, useRef, useState } from 'react';

interface Props {
  title: string;
  label: string;
  confirmLabel: string;
  initial?: string;
  onConfirm(name: string): void;
  onCancel(): void;
}

export function NameDialog({ title, label, confirmLabel, initial = '', onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initial);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-label={title} className="confirm-dialog" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onConfirm(name.trim());
        }}
      >
        <h2>{title}</h2>
        <label className="field">
          <span>{label}</span>
          <input type="text" value={name} autoFocus onChange={(e) => setName(e.target.value)} maxLength={120} />
        </label>
        <div className="button-row">
          <button type="submit" className="primary" disabled={!name.trim()}>
            {confirmLabel}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
