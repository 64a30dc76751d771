// Importing a WordPress export from the window: the archive is read; when its posts name pictures,
// the person may choose the site's media folder (its copy of wp-content/uploads) for them; then its
// posts come in a few at a time while a progress bar says how far it is; Stop ends it where it is
// (importing the file again goes on from there: posts already imported are skipped). At the end,
// what came in and what did not, and why.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveProgressView } from '../../shared/contract/channels';
import { useModalDialog } from '../dialogs/useModalDialog';
import { bridge } from '../transport/bridge';
import { mediaFolderOf, type MediaFolder } from './mediaFolder';

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
  // While the person chooses: the media folder, or none (import without the pictures).
  const [asking, setAsking] = useState(false);
  const decide = useRef<((folder: MediaFolder | null) => void) | null>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const hintId = useId();

  // The question takes the focus (the dialog had given it to Stop).
  useEffect(() => {
    if (asking) chooseButton.current?.focus();
  }, [asking]);

  useEffect(() => {
    let alive = true;
    void (async () => {
      let step = await bridge.call('archive:start', { data });
      let folder: MediaFolder | null = null;
      if (alive && step.ok && step.value.picturesNamed > 0 && !step.value.finished) {
        job.current = step.value.job;
        setProgress(step.value);
        setAsking(true);
        folder = await new Promise<MediaFolder | null>((resolve) => (decide.current = resolve));
        setAsking(false);
      }
      while (alive && step.ok) {
        job.current = step.value.job;
        setProgress(step.value);
        if (step.value.finished || stopping.current) break;
        const pictures = folder ? await folder.pictures(step.value.nextPictures) : [];
        step = await bridge.call('archive:next', { job: step.value.job, ...(pictures.length ? { pictures } : {}) });
      }
      if (!alive) return;
      if (!step.ok) setError(step.error.message);
      else if (stopping.current && !step.value.finished) void bridge.call('archive:cancel', { job: step.value.job });
      onImported(step.ok ? step.value.latestArticleId : null);
    })();
    return () => {
      alive = false;
      // A question still open is answered, so the import's loop ends instead of waiting forever.
      decide.current?.(null);
      if (job.current) void bridge.call('archive:cancel', { job: job.current });
    };
    // One import per dialog: the data never changes while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const running = !error && !stopped && !(progress?.finished ?? false);
  const choose = (folder: MediaFolder | null) => {
    decide.current?.(folder);
    decide.current = null;
  };
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
          {asking && <p id={hintId}>{t('archive.picturesNamed', { count: progress.picturesNamed })}</p>}
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
        {asking && (
          <>
            <input
              ref={(input) => {
                folderInput.current = input;
                // A folder, not files: the site's uploads with its year and month folders.
                if (input) input.webkitdirectory = true;
              }}
              type="file"
              hidden
              aria-label={t('archive.mediaFolder')}
              onChange={(e) => e.target.files && e.target.files.length > 0 && choose(mediaFolderOf(e.target.files))}
            />
            <button
              ref={chooseButton}
              type="button"
              className="primary"
              aria-describedby={hintId}
              onClick={() => folderInput.current?.click()}
            >
              {t('archive.chooseMediaFolder')}
            </button>
            <button type="button" onClick={() => choose(null)}>
              {t('archive.withoutPictures')}
            </button>
          </>
        )}
        {running ? (
          <button
            type="button"
            onClick={() => {
              stopping.current = true;
              setStopped(true);
              choose(null);
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
