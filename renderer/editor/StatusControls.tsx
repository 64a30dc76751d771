// The workflow status and the transitions available from it.
import { STATUS_LABELS, STATUS_TRANSITIONS, type ArticleStatus } from '../../shared/articles/status';

interface Props {
  status: ArticleStatus;
  busy: boolean;
  onTransition(to: ArticleStatus): void;
}

export function StatusControls({ status, busy, onTransition }: Props) {
  return (
    <div className="status-controls" role="group" aria-label="Workflow status">
      <span className={`status-badge status-${status}`}>
        Status: <strong>{STATUS_LABELS[status]}</strong>
      </span>
      {STATUS_TRANSITIONS[status].map((t) => (
        <button key={t.to} type="button" disabled={busy} onClick={() => onTransition(t.to)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}
