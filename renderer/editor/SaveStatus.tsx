// The visible save state of the live document, announced politely to screen readers. It listens to
// the client itself, so the editor around it never re-renders for a save.
import { useEffect, useState } from 'react';
import type { LiveClient, LiveState } from '../../shared/collab/liveClient';

export type SaveKind = 'saved' | 'saving' | 'offline' | 'failed';

export function saveKindOf(state: LiveState): SaveKind {
  if (state.problem && state.connection !== 'online') return 'failed';
  if (state.connection !== 'online') return 'offline';
  return state.saved ? 'saved' : 'saving';
}

const TEXT: Record<SaveKind, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — changes kept',
  failed: 'Not saved',
};

export function saveStateText(kind: SaveKind): string {
  return TEXT[kind];
}

export function SaveStatus({ client, subscribe }: { client: LiveClient; subscribe(listener: (state: LiveState) => void): () => void }) {
  const [kind, setKind] = useState<SaveKind>(saveKindOf(client.state));
  const [problem, setProblem] = useState<string | null>(client.state.problem);
  useEffect(
    () =>
      subscribe((state) => {
        setKind(saveKindOf(state));
        setProblem(state.problem);
      }),
    [subscribe],
  );
  return (
    <span role="status" className={`save-state save-${kind}`} title={problem ?? undefined}>
      {saveStateText(kind)}
    </span>
  );
}
