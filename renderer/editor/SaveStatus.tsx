// The visible save state, announced politely to screen readers.
import type { SaveState } from './autosave';

export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'retrying':
      return 'Not saved — retrying';
    case 'conflict':
      return 'Conflict';
    case 'failed':
      return 'Not saved';
  }
}

export function SaveStatus({ state }: { state: SaveState }) {
  const detail = state.kind === 'retrying' || state.kind === 'failed' ? state.message : undefined;
  return (
    <span role="status" className={`save-state save-${state.kind}`} title={detail}>
      {saveStateText(state)}
    </span>
  );
}
