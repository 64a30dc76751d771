// The library: every article, newest first, with full-text search, a status filter and the trash.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/articles/status';
import type { ArticleSummary, Snippet } from '../../shared/contract/channels';
import { useLiveHeadline } from './liveHeadlines';
import { bridge } from '../transport/bridge';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { NewsroomArticles } from './NewsroomArticles';
import { useNewsroomStanding, type Standing } from './newsroomStanding';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../i18n/formatMoment';

type Filter = ArticleStatus | 'trash' | 'all';
interface Row {
  article: ArticleSummary;
  snippet?: Snippet;
}

const SEARCH_DELAY_MS = 150;

interface Props {
  /** Kept mounted while hidden: the search and filter stay as they were. */
  hidden: boolean;
  selectedId: string | null;
  /** Bumped whenever an article changed, so the list re-reads the store. */
  version: number;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen(id: string): void;
  onRemoved(id: string): void;
}

export function LibraryView({ hidden, selectedId, version, searchRef, onOpen, onRemoved }: Props) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [purging, setPurging] = useState<ArticleSummary | null>(null);
  const [refresh, setRefresh] = useState(0);
  const request = useRef(0);
  const standing = useNewsroomStanding(version + refresh);
  const { t } = useTranslation();

  useEffect(() => {
    const ticket = ++request.current;
    const statusFilter = filter === 'all' ? undefined : filter;
    const timer = setTimeout(
      async () => {
        const result = query.trim()
          ? await bridge
              .call('articles:search', { query, filter: statusFilter })
              .then((r) => (r.ok ? { ok: true as const, rows: r.value.items } : r))
          : await bridge
              .call('articles:list', { filter: statusFilter })
              .then((r) => (r.ok ? { ok: true as const, rows: r.value.items.map((article) => ({ article })) } : r));
        if (ticket !== request.current) return;
        if (result.ok) {
          setRows(result.rows);
          setError(null);
        } else setError(result.error.message);
      },
      query.trim() ? SEARCH_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [query, filter, version, refresh]);

  async function restore(id: string) {
    const result = await bridge.call('articles:restore', { id });
    if (result.ok) setRefresh((n) => n + 1);
    else setError(result.error.message);
  }

  async function purge(article: ArticleSummary) {
    setPurging(null);
    const result = await bridge.call('articles:purge', { id: article.id });
    if (result.ok) {
      onRemoved(article.id);
      setRefresh((n) => n + 1);
    } else setError(result.error.message);
  }

  const inTrash = filter === 'trash';
  return (
    <aside className="library" id="library" aria-label={t('library.title')} hidden={hidden}>
      <div className="library-tools">
        <input
          ref={searchRef}
          type="search"
          aria-label={t('library.search')}
          placeholder={t('library.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label={t('library.filter')} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          <option value="all">{t('library.all')}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
          <option value="trash">{t('library.trash')}</option>
        </select>
      </div>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {rows !== null && rows.length === 0 && (
        <p className="empty-list">{query.trim() ? t('library.noMatch') : inTrash ? t('library.trashEmpty') : t('library.none')}</p>
      )}
      <ul className="article-list" aria-label={query.trim() ? t('library.results') : inTrash ? t('library.trash') : t('library.articles')}>
        {rows?.map(({ article, snippet }) => (
          <li key={article.id} className={article.id === selectedId ? 'selected' : undefined}>
            {inTrash ? (
              <div className="article-row">
                <RowHeadline article={article} />
                <span className="row-meta">{t('library.deleted', { when: formatMoment(article.deletedAt ?? article.updatedAt) })}</span>
                <div className="button-row">
                  <button
                    type="button"
                    onClick={() => void restore(article.id)}
                    aria-label={t('library.restoreLabel', { headline: article.headline || t('common.untitled') })}
                  >
                    {t('library.restore')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setPurging(article)}
                    aria-label={t('library.purgeLabel', { headline: article.headline || t('common.untitled') })}
                  >
                    {t('library.purge')}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                className="article-row"
                aria-current={article.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(article.id)}
              >
                <RowHeadline article={article} />
                <span className="row-meta">
                  <span className={`status-pill status-${article.status}`}>{t(`status.${article.status}`)}</span>
                  <time dateTime={article.updatedAt}>{formatMoment(article.updatedAt)}</time>
                  {standing.configured && <SyncPill state={standing.articles[article.id] ?? 'local'} />}
                </span>
                {snippet && (
                  <span className="row-snippet">
                    {snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                  </span>
                )}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!inTrash && (
        <NewsroomArticles
          version={version + refresh}
          onOpened={(id) => {
            setRefresh((n) => n + 1);
            onOpen(id);
          }}
        />
      )}
      {purging && (
        <ConfirmDialog
          title={t('library.purgeTitle')}
          message={t('library.purgeMessage', { headline: purging.headline || t('common.untitled') })}
          confirmLabel={t('library.purge')}
          onConfirm={() => void purge(purging)}
          onCancel={() => setPurging(null)}
        />
      )}
    </aside>
  );
}

function RowHeadline({ article }: { article: ArticleSummary }) {
  const headline = useLiveHeadline(article.id, article.headline, article.updatedAt);
  const { t } = useTranslation();
  return headline ? (
    <span className="row-headline" translate="no">
      {headline}
    </span>
  ) : (
    <span className="row-headline">{t('common.untitled')}</span>
  );
}

function SyncPill({ state }: { state: Standing }) {
  const { t } = useTranslation();
  return (
    <span className={`sync-pill sync-${state}`} title={t('standing.title', { state: t(`standing.${state}`) })}>
      {t(`standing.${state}`)}
    </span>
  );
}
