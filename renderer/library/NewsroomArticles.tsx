// The newsroom server's articles that this store has no copy of yet, under the library's own list.
// Opening one brings it down (kept here for offline work) and opens it. Shown only when a server is
// configured: without one, the app asks nothing of the network.
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/contract/channels';
import { bridge } from '../transport/bridge';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../i18n/formatMoment';

type Item = ChannelOutput<'newsroom:list'>['items'][number];

/** The listing is asked for again this often while the library is shown. */
const REFRESH_MS = 15_000;

interface Props {
  /** Bumped whenever an article changed here. */
  version: number;
  onOpened(id: string): void;
}

export function NewsroomArticles({ version, onOpened }: Props) {
  const [configured, setConfigured] = useState(false);
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  const { t } = useTranslation();

  // Asked again when the library changes (Settings may have connected or disconnected a server).
  useEffect(() => {
    void bridge.call('newsroom:status', {}).then((result) => setConfigured(result.ok && result.value.configured));
  }, [version]);

  // The listing is asked for on its timer and on Refresh, not on every library change (that is after
  // every pause in typing).
  useEffect(() => {
    if (!configured) return;
    let live = true;
    const load = async () => {
      const result = await bridge.call('newsroom:list', {});
      if (!live) return;
      if (result.ok) {
        setItems(result.value.items.filter((item) => !item.local));
        setError(null);
      } else setError(result.error.message);
    };
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [configured, asked]);

  async function open(item: Item) {
    setOpening(item.id);
    const result = await bridge.call('newsroom:open', { id: item.id });
    setOpening(null);
    if (result.ok) {
      setItems((prev) => prev?.filter((other) => other.id !== item.id) ?? null);
      onOpened(item.id);
    } else setError(result.error.message);
  }

  if (!configured) return null;
  return (
    <section className="newsroom-articles" aria-labelledby="newsroom-articles-title">
      <div className="newsroom-articles-head">
        <h2 id="newsroom-articles-title">{t('newsroomList.title')}</h2>
        <button type="button" onClick={() => setAsked((n) => n + 1)} aria-label={t('newsroomList.refreshLabel')}>
          {t('newsroomList.refresh')}
        </button>
      </div>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {items !== null && items.length === 0 && !error && <p className="empty-list">{t('newsroomList.allHere')}</p>}
      <ul className="article-list" aria-label={t('newsroomList.list')}>
        {items?.map((item) => (
          <li key={item.id}>
            <button type="button" className="article-row" disabled={opening !== null} onClick={() => void open(item)}>
              <span className="row-headline" translate={item.headline ? 'no' : undefined}>
                {item.headline || t('common.untitled')}
              </span>
              <span className="row-meta">
                {opening === item.id ? (
                  t('newsroomList.bringing')
                ) : (
                  <>
                    {item.updatedBy && <span translate="no">{item.updatedBy} · </span>}
                    <time dateTime={item.updatedAt}>{formatMoment(item.updatedAt)}</time>
                  </>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
