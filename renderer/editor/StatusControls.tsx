// The workflow status and the step forward from it (the steps back are in the editor's More menu:
// rarer, and the header stays one row).
import { STATUS_TRANSITIONS, type ArticleStatus } from '../../shared/articles/status';
import { useTranslation } from 'react-i18next';

interface Props {
  status: ArticleStatus;
  busy: boolean;
  onTransition(to: ArticleStatus): void;
}

export function StatusControls({ status, busy, onTransition }: Props) {
  const { t } = useTranslation();
  return (
    <div className="status-controls" role="group" aria-label={t('workflow.label')}>
      {/* "Status:" is said, not shown: the coloured badge reads as one, and the header stays one row. */}
      <span className={`status-badge status-${status}`}>
        <span className="visually-hidden">{t('workflow.status')} </span>
        <strong>{t(`status.${status}`)}</strong>
      </span>
      {STATUS_TRANSITIONS[status].slice(0, 1).map((transition) => (
        <button key={transition.to} type="button" disabled={busy} onClick={() => onTransition(transition.to)}>
          {t(`transition.${transition.name}`)}
        </button>
      ))}
    </div>
  );
}
