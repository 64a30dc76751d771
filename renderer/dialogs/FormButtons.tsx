// The confirm / cancel pair at the foot of a dialog's form.
export function FormButtons({ confirmLabel, disabled = false, onCancel }: { confirmLabel: string; disabled?: boolean; onCancel(): void }) {
  return (
    <div className="button-row">
      <button type="submit" className="primary" disabled={disabled}>
        {confirmLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
