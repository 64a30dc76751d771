// A small modal that asks for one name (a template's, for instance).
import { useState } from 'react';
import { FormButtons } from './FormButtons';
import { useModalDialog } from './useModalDialog';

interface Props {
  title: string;
  label: string;
  confirmLabel: string;
  initial?: string;
  onConfirm(name: string): void;
  onCancel(): void;
}

export function NameDialog({ title, label, confirmLabel, initial = '', onConfirm, onCancel }: Props) {
  const ref = useModalDialog();
  const [name, setName] = useState(initial);
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
        <FormButtons confirmLabel={confirmLabel} disabled={!name.trim()} onCancel={onCancel} />
      </form>
    </dialog>
  );
}
