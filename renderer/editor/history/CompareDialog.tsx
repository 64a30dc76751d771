// Two versions side by side in time: the comparison, and (when the newer side is now) restoring
// one section or the whole older version.
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { WordPart } from '../../../shared/contract/history';
import { useModalDialog } from '../../dialogs/useModalDialog';
import { bridge } from '../../transport/bridge';
import { ComparisonView, Words } from './ComparisonView';

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

  const title = `Compare version ${from} with ${to === 'now' ? 'now' : `version ${to}`}`;
  return (
    <dialog ref={ref} aria-label={title} className="confirm-dialog report-dialog compare-dialog" onCancel={onClose}>
      <h2>{title}</h2>
      {compared && (
        <p className="hint">
          From {describe(compared.from)} to {compared.to ? describe(compared.to) : 'the article as it stands'}.
        </p>
      )}
      {claimWords && (
        <section aria-label="The claim's words since sign-off" className="claim-words">
          <h3>The claim’s words since sign-off</h3>
          <p>
            <Words parts={claimWords} />
          </p>
        </section>
      )}
      {error && <p role="alert">{error}</p>}
      {!compared && !error && <p aria-live="polite">Comparing…</p>}
      {compared && (
        <ComparisonView
          comparison={compared.comparison}
          onRestoreSection={to === 'now' && !busy ? (part) => void restore(part) : undefined}
        />
      )}
      <div className="button-row">
        {to === 'now' && compared && (
          <button type="button" disabled={busy} onClick={() => void restore()}>
            Restore version {from}
          </button>
        )}
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

function describe(summary: Compared['from']): string {
  const who = summary.author ? ` by ${summary.author}` : '';
  return `version ${summary.revision}${summary.label ? ` “${summary.label}”` : ''}${who}, ${new Date(summary.createdAt).toLocaleString()}`;
}
