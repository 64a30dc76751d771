// The article's versions, newest first, each with what made it, who and when: name the current
// state, compare any two (or one with now), and from a comparison restore a section or the whole.
import { useCallback, useEffect, useState } from 'react';
import type { RevisionSummary } from '../../../shared/contract/channels';
import { NameDialog } from '../../dialogs/NameDialog';
import { bridge } from '../../transport/bridge';
import { CompareDialog } from './CompareDialog';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/formatMoment';
import { roleText } from '../../i18n/roleText';

/** Versions shown before "Show all". */
const FIRST = 8;
/** The list follows automatic versions made while someone types (in any window, on any desk). */
const REFRESH_MS = 5000;

export function HistoryPanel({ articleId, flush }: { articleId: string; flush(): Promise<void> }) {
  const [items, setItems] = useState<RevisionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [naming, setNaming] = useState(false);
  const [comparing, setComparing] = useState<{ from: number; to: number | 'now' } | null>(null);
  const { t } = useTranslation();

  const reload = useCallback(async () => {
    const result = await bridge.call('revisions:list', { articleId });
    if (result.ok) {
      // Polled: an unchanged list keeps its identity, so nothing re-renders while nobody types.
      const next = result.value.items;
      setItems((current) => (current.length === next.length && current[0]?.id === next[0]?.id ? current : next));
      setError(null);
    } else setError(result.error.message);
  }, [articleId]);

  useEffect(() => {
    void reload();
    const timer = setInterval(() => void reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const name = async (label: string) => {
    setNaming(false);
    await flush();
    const result = await bridge.call('articles:saveVersion', { id: articleId, label });
    if (!result.ok) setError(t('history.versionFailed', { reason: result.error.message }));
    await reload();
  };

  const toggle = (revision: number) =>
    setSelected((current) => (current.includes(revision) ? current.filter((r) => r !== revision) : [...current, revision].slice(-2)));

  const shown = all ? items : items.slice(0, FIRST);
  const [a, b] = [...selected].sort((x, y) => x - y);
  return (
    <div className="history-panel">
      <div className="button-row">
        <button type="button" onClick={() => setNaming(true)}>
          {t('history.name')}
        </button>
        <button type="button" disabled={selected.length !== 2} onClick={() => a && b && setComparing({ from: a, to: b })}>
          {t('history.compareSelected')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <ol className="history-list" aria-label={t('history.versions')}>
        {shown.map((item) => (
          <li key={item.id}>
            <label className="history-pick">
              <input
                type="checkbox"
                checked={selected.includes(item.revision)}
                onChange={() => toggle(item.revision)}
                aria-label={t('history.select', { revision: item.revision })}
              />
              <span>
                {item.label ? <strong translate="no">{item.label}</strong> : <strong>{t(`revisionKind.${item.kind}`)}</strong>}
                <span className="history-meta">
                  {' '}
                  v{item.revision} · {item.label ? `${t(`revisionKind.${item.kind}`)} · ` : ''}
                  {item.author ? <span translate="no">{item.author}</span> : t('history.unknown')}
                  {item.role ? ` (${roleText(item.role)})` : ''} · <time dateTime={item.createdAt}>{formatMoment(item.createdAt)}</time>
                </span>
              </span>
            </label>
            <button
              type="button"
              className="link-button"
              aria-label={t('history.compareNow', { revision: item.revision })}
              onClick={() => setComparing({ from: item.revision, to: 'now' })}
            >
              {t('history.compare')}
            </button>
          </li>
        ))}
      </ol>
      {items.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t('history.fewer') : t('history.all', { count: items.length })}
        </button>
      )}
      {naming && (
        <NameDialog
          title={t('history.name')}
          label={t('history.versionName')}
          confirmLabel={t('history.save')}
          onConfirm={(label) => void name(label)}
          onCancel={() => setNaming(false)}
        />
      )}
      {comparing && (
        <CompareDialog
          articleId={articleId}
          from={comparing.from}
          to={comparing.to}
          flush={flush}
          onRestored={() => void reload()}
          onClose={() => setComparing(null)}
        />
      )}
    </div>
  );
}
