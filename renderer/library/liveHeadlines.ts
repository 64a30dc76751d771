// The headline of the article open in the editor, as its live document says it now: the library's
// row shows it at once instead of waiting for the derived copy (a second or more behind typing).
// Only that article's row re-renders.
import { useSyncExternalStore } from 'react';

interface LiveHeadline {
  id: string;
  headline: string;
  /** When it last changed: a stored copy updated since then is as new, and wins. */
  changedAt: number;
}

let current: LiveHeadline | null = null;
const listeners = new Set<() => void>();

export function setLiveHeadline(id: string, headline: string): void {
  if (current?.id === id && current.headline === headline) return;
  current = { id, headline, changedAt: Date.now() };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stored headline, unless the open article's live one changed after the stored copy was updated. */
export function useLiveHeadline(id: string, stored: string, storedAt: string): string {
  const live = useSyncExternalStore(subscribe, () => (current?.id === id ? current : null));
  return live && live.changedAt > Date.parse(storedAt) ? live.headline : stored;
}
