// "Publish to…": sends the article to a WordPress or Ghost site, step by step (each picture, then
// the post) with the progress shown as it goes. It stops before sending anything when the checklist
// has open items (the person may go ahead, which is recorded with their name) or when the post was
// edited on the site since the last push (what changed is shown; the person may replace it).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRecord } from '../../shared/contract/channels';
import type { Destination, Publication, PublishProgress, RemoteStatus } from '../../shared/contract/publishing';
import { formatDateline } from '../../shared/publish/renderDocument';
import { checkLinkUrl } from '../../shared/text/safeUrl';
import { useModalDialog } from '../dialogs/useModalDialog';
import { formatMoment } from '../i18n/formatMoment';
import { i18n } from '../i18n/i18n';
import { sayPhrase } from '../i18n/sayPhrase';
import { bridge } from '../transport/bridge';
import { DestinationDialog } from './DestinationDialog';

type Stop = 'blockers' | 'remote' | null;

const STATUS_KEYS = {
  draft: 'publishTo.statusDraft',
  scheduled: 'publishTo.statusScheduled',
  published: 'publishTo.statusPublished',
  unpublished: 'publishTo.statusUnpublished',
} as const satisfies Record<Publication['status'], string>;

function PostLink({ href, children }: { href: string | null; children: string }) {
  const safe = href ? checkLinkUrl(href) : null;
  if (!safe || safe.startsWith('mailto:')) return null;
  // Electron hands it to the system browser; browser mode opens a tab with no opener.
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" translate="no">
      {children}
    </a>
  );
}

export function PublishDialog({ articleId, flush, onClose }: { articleId: string; flush(): Promise<void>; onClose(): void }) {
  const ref = useModalDialog();
  const { t } = useTranslation();
  const [destinations, setDestinations] = useState<Destination[] | null>(null);
  const [destination, setDestination] = useState('');
  const [status, setStatus] = useState<RemoteStatus>('draft');
  const [canonical, setCanonical] = useState('');
  const [correction, setCorrection] = useState('');
  const [record, setRecord] = useState<ArticleRecord | null>(null);
  const [publications, setPublications] = useState<Publication[]>([]);
  const [progress, setProgress] = useState<PublishProgress | null>(null);
  const [stop, setStop] = useState<Stop>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const closed = useRef(false);
  const statusChosen = useRef(false);

  const load = useCallback(
    async (choose?: string) => {
      const [list, article, sent] = await Promise.all([
        bridge.call('destinations:list', {}),
        bridge.call('articles:record', { ref: articleId }),
        bridge.call('publish:publications', { articleId }),
      ]);
      if (list.ok) {
        setDestinations(list.value.items);
        setDestination((current) => choose ?? (current || list.value.items.find((d) => d.usable)?.name || ''));
      }
      if (article.ok) setRecord(article.value);
      if (sent.ok) setPublications(sent.value.items);
      // A post already on the site is sent again as it stands there (never a published post turned draft unasked).
      if (sent.ok && list.ok && !statusChosen.current) {
        const name = choose ?? list.value.items.find((d) => d.usable)?.name;
        const standing = sent.value.items.find((p) => p.destination === name)?.status;
        if (standing && standing !== 'unpublished') setStatus(standing);
      }
    },
    [articleId],
  );
  useEffect(() => {
    closed.current = false;
    void load();
    return () => {
      closed.current = true;
    };
  }, [load]);

  /** Another site: unless the person chose a status, the post is sent as it stands there (a draft the first time). */
  function pickDestination(name: string) {
    setDestination(name);
    setProgress(null);
    setStop(null);
    setMessage(null);
    if (statusChosen.current) return;
    const standing = publications.find((p) => p.destination === name)?.status;
    setStatus(standing && standing !== 'unpublished' ? standing : 'draft');
  }

  function choose(next: RemoteStatus) {
    statusChosen.current = true;
    setStatus(next);
  }

  const publication = publications.find((p) => p.destination.toLowerCase() === destination.toLowerCase()) ?? null;
  const future = record?.publishAt ? new Date(record.publishAt).getTime() > Date.now() : false;

  async function send(options: { override?: boolean; overwrite?: boolean } = {}) {
    if (!destination) return;
    setBusy(true);
    setMessage(null);
    setStop(null);
    await flush();
    const input = {
      articleId,
      destination,
      status,
      ...options,
      ...(canonical.trim() ? { canonicalUrl: canonical.trim() } : {}),
      ...(correction.trim() && publication?.status === 'published' ? { correction: correction.trim() } : {}),
    };
    // One step per call, until the post is there or the person has something to decide.
    for (;;) {
      const result = await bridge.call('publish:toCms', input);
      if (closed.current) return;
      if (!result.ok) {
        setMessage(result.error.message);
        break;
      }
      setProgress(result.value);
      if (result.value.blockers.length) {
        setStop('blockers');
        break;
      }
      if (result.value.remoteChanged) {
        setStop('remote');
        break;
      }
      if (result.value.finished) {
        setCorrection('');
        setMessage(t('publishTo.done', { name: result.value.destination }));
        break;
      }
    }
    setBusy(false);
    await load(destination);
  }

  async function takeDown() {
    setBusy(true);
    setMessage(null);
    const result = await bridge.call('publish:unpublish', { articleId, destination });
    setBusy(false);
    setMessage(result.ok ? t('publishTo.unpublished', { name: destination }) : result.error.message);
    await load(destination);
  }

  const stepLabel = (step: PublishProgress['steps'][number]) =>
    step.kind === 'picture' ? t('publishTo.stepPicture', { name: step.label }) : t('publishTo.stepPost', { title: step.label });

  return (
    <dialog ref={ref} aria-label={t('publishTo.title')} className="confirm-dialog publish-dialog" onCancel={onClose}>
      <h2>{t('publishTo.title')}</h2>
      {destinations?.length === 0 && <p>{t('publishTo.none')}</p>}
      {destinations && destinations.length > 0 && (
        <div className="export-options">
          <label className="field">
            <span>{t('publishTo.destination')}</span>
            <select value={destination} disabled={busy} onChange={(e) => pickDestination(e.target.value)}>
              {destinations.map((d) => (
                <option key={d.name} value={d.name} disabled={!d.usable}>
                  {t(d.usable ? 'settings.destinationLine' : 'settings.destinationUnusable', {
                    name: d.name,
                    kind: t(`destination.${d.kind}`),
                    url: d.url,
                  })}
                </option>
              ))}
            </select>
          </label>
          <fieldset disabled={busy}>
            <legend>{t('publishTo.status')}</legend>
            <label className="check">
              <input type="radio" name="remote-status" checked={status === 'draft'} onChange={() => choose('draft')} />{' '}
              {t('publishTo.draft')}
            </label>
            <label className="check">
              <input
                type="radio"
                name="remote-status"
                checked={status === 'scheduled'}
                disabled={!future}
                onChange={() => choose('scheduled')}
              />{' '}
              {future && record?.publishAt
                ? t('publishTo.scheduled', { when: formatDateline(record.publishAt, record.timeZone, i18n.language) })
                : t('publishTo.scheduledNoTime')}
            </label>
            <label className="check">
              <input type="radio" name="remote-status" checked={status === 'published'} onChange={() => choose('published')} />{' '}
              {t('publishTo.published')}
            </label>
          </fieldset>
          <label className="field">
            <span>{t('publishTo.canonical')}</span>
            <input
              type="url"
              translate="no"
              value={canonical}
              placeholder="https://…"
              disabled={busy}
              onChange={(e) => setCanonical(e.target.value)}
            />
          </label>
          {publication?.status === 'published' && (
            <label className="field">
              <span>{t('publishTo.correction')}</span>
              <textarea value={correction} rows={2} maxLength={2000} disabled={busy} onChange={(e) => setCorrection(e.target.value)} />
            </label>
          )}
        </div>
      )}
      {publication && (
        <p>
          {t(publication.overriddenBy ? 'publishTo.standingOverridden' : 'publishTo.standing', {
            name: publication.destination,
            status: t(STATUS_KEYS[publication.status]),
            when: formatMoment(publication.publishedAt),
            who: publication.overriddenBy,
          })}{' '}
          <PostLink href={publication.link}>{t('publishTo.openPost')}</PostLink>
        </p>
      )}
      {progress && (
        <section aria-label={t('publishTo.steps')}>
          <ol className="publish-steps">
            {progress.steps.map((step, i) => (
              <li key={i} className={step.done ? 'done' : undefined}>
                {t(step.done ? 'publishTo.stepDone' : 'publishTo.stepWaiting', { step: stepLabel(step) })}
              </li>
            ))}
          </ol>
        </section>
      )}
      {stop === 'blockers' && progress && (
        <section className="notice" role="alert">
          <p>{t('publishTo.blockers', { count: progress.blockers.length })}</p>
          <ul className="export-blocking">
            {progress.blockers.slice(0, 12).map((item, i) => (
              <li key={i}>{sayPhrase('check', item.text)}</li>
            ))}
          </ul>
        </section>
      )}
      {stop === 'remote' && progress && (
        <section className="notice" role="alert">
          <p>{t('publishTo.remoteChanged', { name: progress.destination })}</p>
          {progress.remoteChanges.length === 0 ? (
            <p>{t('publishTo.remoteChangedUnseen')}</p>
          ) : (
            <table className="remote-changes">
              <thead>
                <tr>
                  <th scope="col">{t('publishTo.field')}</th>
                  <th scope="col">{t('publishTo.onSite')}</th>
                  <th scope="col">{t('publishTo.sent')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.remoteChanges.map((change) => (
                  <tr key={change.field}>
                    <th scope="row">{t(`publishTo.field_${change.field}`)}</th>
                    <td>{change.remote}</td>
                    <td>{change.sent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <div role="status">
        {message && <p>{message}</p>}
        {progress?.finished && progress.notes.length > 0 && (
          <ul>
            {progress.notes.map((note, i) => (
              <li key={i}>{sayPhrase('error', note.text)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="button-row">
        {stop === 'blockers' ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void send({ override: true })}>
            {t('publishTo.override')}
          </button>
        ) : stop === 'remote' ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void send({ overwrite: true })}>
            {t('publishTo.overwrite')}
          </button>
        ) : (
          destinations &&
          destinations.length > 0 && (
            <button type="button" className="primary" disabled={busy || !destination} onClick={() => void send()}>
              {busy
                ? t('publishTo.sending')
                : message && !progress?.finished
                  ? t('publishTo.retry')
                  : publication
                    ? t('publishTo.sendAgain')
                    : t('publishTo.send')}
            </button>
          )
        )}
        <button type="button" onClick={() => setAdding(true)} disabled={busy}>
          {t('publishTo.addSite')}
        </button>
        {publication && publication.status !== 'unpublished' && (
          <button type="button" className="danger" disabled={busy} onClick={() => void takeDown()}>
            {t('publishTo.unpublish', { name: publication.destination })}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {adding && (
        <DestinationDialog
          onClose={(added) => {
            setAdding(false);
            void load(added ?? undefined);
          }}
        />
      )}
    </dialog>
  );
}
