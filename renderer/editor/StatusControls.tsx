// The workflow status and the transitions available from it.
import { STATUS_TRANSITIONS, type ArticleStatus } from '../../shared/articles/status';
import { Trans, useTranslation } from 'react-i18next';

interface Props {
  status: ArticleStatus;
  busy: boolean;
  onTransition(to: ArticleStatus): void;
}

type TransitionKey =
  `transition.${'sendReview' | 'sendFactCheck' | 'returnDraft' | 'markReady' | 'returnReview' | 'markPublished' | 'returnFactCheck' | 'reopen'}`;

/** Each transition's button, by the English label the shared workflow gives it (also the CLI's). */
const TRANSITION_KEYS: Record<string, TransitionKey> = {
  'Send to review': 'transition.sendReview',
  'Send to fact-check': 'transition.sendFactCheck',
  'Return to draft': 'transition.returnDraft',
  'Mark ready': 'transition.markReady',
  'Return to review': 'transition.returnReview',
  'Mark published': 'transition.markPublished',
  'Return to fact-check': 'transition.returnFactCheck',
  'Reopen for correction': 'transition.reopen',
};

export function StatusControls({ status, busy, onTransition }: Props) {
  const { t } = useTranslation();
  return (
    <div className="status-controls" role="group" aria-label={t('workflow.label')}>
      <span className={`status-badge status-${status}`}>
        <Trans i18nKey="workflow.status" values={{ status: t(`status.${status}`) }} components={{ strong: <strong /> }} />
      </span>
      {STATUS_TRANSITIONS[status].map((transition) => (
        <button key={transition.to} type="button" disabled={busy} onClick={() => onTransition(transition.to)}>
          {TRANSITION_KEYS[transition.label] ? t(TRANSITION_KEYS[transition.label]!) : transition.label}
        </button>
      ))}
    </div>
  );
}
