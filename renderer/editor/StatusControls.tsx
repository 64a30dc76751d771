// The workflow status and the transitions available from it.
import { STATUS_TRANSITIONS, type ArticleStatus } from '../../shared/articles/status';
import { Trans, useTranslation } from 'react-i18next';

interface Props {
  status: ArticleStatus;
  busy: boolean;
  onTransition(to: ArticleStatus): void;
}

export function StatusControls({ status, busy, onTransition }: Props) {
  const { t } = useTranslation();
  return (
    <div className="status-controls" role="group" aria-label={t('workflow.label')}>
      <span className={`status-badge status-${status}`}>
        <Trans i18nKey="workflow.status" values={{ status: t(`status.${status}`) }} components={{ strong: <strong /> }} />
      </span>
      {STATUS_TRANSITIONS[status].map((transition) => (
        <button key={transition.to} type="button" disabled={busy} onClick={() => onTransition(transition.to)}>
          {t(`transition.${transition.name}`)}
        </button>
      ))}
    </div>
  );
}
