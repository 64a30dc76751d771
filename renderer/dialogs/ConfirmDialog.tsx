// A modal confirmation for actions that cannot be undone.
import { useModalDialog } from './useModalDialog';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: Props) {
  const ref = useModalDialog();
  const { t } = useTranslation();
  return (
    <dialog ref={ref} aria-label={title} onCancel={onCancel} className="confirm-dialog">
      <h2>{title}</h2>
      <p>{message}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" autoFocus onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
