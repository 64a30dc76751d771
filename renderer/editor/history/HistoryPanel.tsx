// The article's versions, newest first, each with what made it, who and when: name the current
// state, compare any two (or one with now), and from a comparison restore a section or the whole.
import { useCallback, useEffect, useState } from 'react';
import type { RevisionSummary } from '../../../shared/contract/channels';
import { NameDialog } from '../../dialogs/NameDialog';
import { bridge } from '../../transport/bridge';
import { CompareDialog } from './CompareDialog';

const KIND_NAMES: Record<RevisionSummary['kind'], string> = {
  auto: 'Automatic',
  manual: 'Named',
  import: 'Import',
  status: 'Status change',
  publish: 'Published',
  restore: 'Restore',
  conflict_copy: 'Conflict copy',
};
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
    if (!result.ok) setError(`The version was not saved: ${result.error.message}`);
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
          Name this version
        </button>
        <button type="button" disabled={selected.length !== 2} onClick={() => a && b && setComparing({ from: a, to: b })}>
          Compare selected
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <ol className="history-list" aria-label="Versions">
        {shown.map((item) => (
          <li key={item.id}>
            <label className="history-pick">
              <input
                type="checkbox"
                checked={selected.includes(item.revision)}
                onChange={() => toggle(item.revision)}
                aria-label={`Select version ${item.revision} to compare`}
              />
              <span>
                <strong>{item.label ?? KIND_NAMES[item.kind]}</strong>
                <span className="history-meta">
                  {' '}
                  v{item.revision} · {item.label ? `${KIND_NAMES[item.kind]} · ` : ''}
                  {item.author ?? 'unknown'}
                  {item.role ? ` (${item.role})` : ''} · <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString()}</time>
                </span>
              </span>
            </label>
            <button
              type="button"
              className="link-button"
              aria-label={`Compare version ${item.revision} with now`}
              onClick={() => setComparing({ from: item.revision, to: 'now' })}
            >
              Compare
            </button>
          </li>
        ))}
      </ol>
      {items.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length} versions`}
        </button>
      )}
      {naming && (
        <NameDialog
          title="Name this version"
          label="Version name"
          confirmLabel="Save version"
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
