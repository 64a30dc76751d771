// The confirm / cancel pair at the foot of a dialog's form.
import { useTranslation } from 'react-i18next';

export function FormButtons({ confirmLabel, disabled = false, onCancel }: { confirmLabel: string; disabled?: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="submit" className="primary" disabled={disabled}>
        {confirmLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
