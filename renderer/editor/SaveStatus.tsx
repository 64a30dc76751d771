// The visible save state of the live document, announced politely to screen readers. It listens to
// the client itself, so the editor around it never re-renders for a save.
import { useEffect, useState } from 'react';
import type { LiveClient, LiveState } from '../../shared/collab/liveClient';
import { useTranslation } from 'react-i18next';
import { t } from '../i18n/i18n';

export type SaveKind = 'saved' | 'saving' | 'offline' | 'failed';

export function saveKindOf(state: LiveState): SaveKind {
  if (state.problem && state.connection !== 'online') return 'failed';
  if (state.connection !== 'online') return 'offline';
  return state.saved ? 'saved' : 'saving';
}

export function saveStateText(kind: SaveKind): string {
  return t(`save.${kind}`);
}

/**
 * "Saving…" shows only when a save takes a moment: an edit is normally on disk within milliseconds,
 * and a label (and a live region) flipping on every keystroke would be noise for the eye and the
 * screen reader, and work on the typing path.
 */
const SAVING_SHOWN_AFTER_MS = 500;

export function SaveStatus({ client, subscribe }: { client: LiveClient; subscribe(listener: (state: LiveState) => void): () => void }) {
  const [kind, setKind] = useState<SaveKind>(saveKindOf(client.state));
  const [problem, setProblem] = useState<string | null>(client.state.problem);
  useTranslation();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribe((state) => {
      const next = saveKindOf(state);
      setProblem(state.problem);
      if (next !== 'saving') {
        if (timer) clearTimeout(timer);
        timer = null;
        setKind(next);
      } else {
        timer ??= setTimeout(() => {
          timer = null;
          if (saveKindOf(client.state) === 'saving') setKind('saving');
        }, SAVING_SHOWN_AFTER_MS);
      }
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [client, subscribe]);
  return (
    <span role="status" className={`save-state save-${kind}`} title={problem ?? undefined}>
      {saveStateText(kind)}
    </span>
  );
}
