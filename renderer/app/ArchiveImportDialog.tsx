// Importing a WordPress export from the window: the archive is read, then its posts come in a few at
// a time while a progress bar says how far it is; Stop ends it where it is (importing the file
// again goes on from there: posts already imported are skipped). At the end, what came in and what
// did not, and why.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveProgressView } from '../../shared/contract/channels';
import { useModalDialog } from '../dialogs/useModalDialog';
import { bridge } from '../transport/bridge';

/** The kinds of a WordPress archive that are not articles and have a name of their own in the dialog. */
const WORDPRESS_KINDS = ['attachment', 'nav_menu_item', 'revision', 'wp_block'] as const;

interface Props {
  data: Uint8Array;
  /** Called once the import ends (finished or stopped), with the last article it made. */
  onImported(latestArticleId: string | null): void;
  onClose(): void;
}

export function ArchiveImportDialog({ data, onImported, onClose }: Props) {
  const ref = useModalDialog();
  const { t } = useTranslation();
  const [progress, setProgress] = useState<ArchiveProgressView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const stopping = useRef(false);
  const job = useRef<string | null>(null);

  useEffect(() => {
    let alive = true;
    void (async () => {
      let step = await bridge.call('archive:start', { data });
      while (alive && step.ok) {
        job.current = step.value.job;
        setProgress(step.value);
        if (step.value.finished || stopping.current) break;
        step = await bridge.call('archive:next', { job: step.value.job });
      }
      if (!alive) return;
      if (!step.ok) setError(step.error.message);
      else if (stopping.current && !step.value.finished) void bridge.call('archive:cancel', { job: step.value.job });
      onImported(step.ok ? step.value.latestArticleId : null);
    })();
    return () => {
      alive = false;
      if (job.current) void bridge.call('archive:cancel', { job: job.current });
    };
    // One import per dialog: the data never changes while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const running = !error && !stopped && !(progress?.finished ?? false);
  const others = progress
    ? Object.entries(progress.others).map(([type, count]) =>
        (WORDPRESS_KINDS as readonly string[]).includes(type)
          ? t(`archive.${type as (typeof WORDPRESS_KINDS)[number]}`, { count })
          : t('archive.other', { count, type }),
      )
    : [];
  return (
    <dialog
      ref={ref}
      aria-label={t('archive.title')}
      className="confirm-dialog archive-dialog"
      onCancel={(e) => running && e.preventDefault()}
    >
      <h2>{t('archive.title')}</h2>
      {progress ? (
        <>
          <p>{t('archive.site', { site: progress.site || '—' })}</p>
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('archive.progressLabel')} />
          <p role="status">
            {t('archive.counts', {
              done: progress.done,
              total: progress.total,
              created: progress.created,
              skipped: progress.skipped,
              failed: progress.failed,
            })}
          </p>
          {!running && others.length > 0 && <p>{t('archive.others', { list: others.join(', ') })}</p>}
          {progress.truncated && <p className="field-error">{t('archive.truncated')}</p>}
          {progress.problems.length > 0 && (
            <ul aria-label={t('archive.problems')}>
              {progress.problems.map((problem, i) => (
                <li key={i}>{t('archive.problem', { title: problem.title, message: problem.message })}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        !error && <p role="status">{t('archive.reading')}</p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {running ? (
          <button
            type="button"
            onClick={() => {
              stopping.current = true;
              setStopped(true);
            }}
          >
            {t('archive.stop')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
    </dialog>
  );
}
