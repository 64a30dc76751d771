// Two versions side by side in time: the comparison, and (when the newer side is now) restoring
// one section or the whole older version.
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { WordPart } from '../../../shared/contract/history';
import { useModalDialog } from '../../dialogs/useModalDialog';
import { bridge } from '../../transport/bridge';
import { ComparisonView, Words } from './ComparisonView';
import { useTranslation } from 'react-i18next';
import { t } from '../../i18n/i18n';
import { formatMoment } from '../../i18n/formatMoment';

type Compared = ChannelOutput<'revisions:compare'>;

interface Props {
  articleId: string;
  from: number;
  to: number | 'now';
  /** A claim's words as signed off against as they read now (the sign-off's own comparison). */
  claimWords?: WordPart[];
  /** Writes pending edits first, so "now" is what the window shows. */
  flush(): Promise<void>;
  onRestored(): void;
  onClose(): void;
}

export function CompareDialog({ articleId, from, to, claimWords, flush, onRestored, onClose }: Props) {
  const ref = useModalDialog();
  const [compared, setCompared] = useState<Compared | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation();

  useEffect(() => {
    let gone = false;
    void (async () => {
      if (to === 'now') await flush();
      const result = await bridge.call('revisions:compare', { articleId, from, to });
      if (gone) return;
      if (result.ok) setCompared(result.value);
      else setError(result.error.message);
    })();
    return () => {
      gone = true;
    };
  }, [articleId, from, to, flush]);

  const restore = useCallback(
    async (part?: number) => {
      setBusy(true);
      await flush();
      const result = await bridge.call('revisions:restore', { articleId, revision: from, ...(part === undefined ? {} : { part }) });
      setBusy(false);
      if (!result.ok) return setError(result.error.message);
      onRestored();
      onClose();
    },
    [articleId, from, flush, onRestored, onClose],
  );

  const title = to === 'now' ? t('compare.title', { from }) : t('compare.titleTwo', { from, to });
  return (
    <dialog ref={ref} aria-label={title} className="confirm-dialog report-dialog compare-dialog" onCancel={onClose}>
      <h2>{title}</h2>
      {compared && (
        <p className="hint">
          {t('compare.fromTo', { from: describe(compared.from), to: compared.to ? describe(compared.to) : t('compare.asItStands') })}
        </p>
      )}
      {claimWords && (
        <section aria-label={t('compare.claimWords')} className="claim-words">
          <h3>{t('compare.claimWords')}</h3>
          <p translate="no">
            <Words parts={claimWords} />
          </p>
        </section>
      )}
      {error && <p role="alert">{error}</p>}
      {!compared && !error && <p aria-live="polite">{t('compare.comparing')}</p>}
      {compared && (
        <ComparisonView
          comparison={compared.comparison}
          onRestoreSection={to === 'now' && !busy ? (part) => void restore(part) : undefined}
        />
      )}
      <div className="button-row">
        {to === 'now' && compared && (
          <button type="button" disabled={busy} onClick={() => void restore()}>
            {t('compare.restore', { from })}
          </button>
        )}
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}

function describe(summary: Compared['from']): string {
  const version = summary.label
    ? t('compare.versionLabel', { revision: summary.revision, label: summary.label })
    : t('compare.version', { revision: summary.revision });
  const when = formatMoment(summary.createdAt);
  return summary.author ? t('compare.describeBy', { version, author: summary.author, when }) : t('compare.describe', { version, when });
}
