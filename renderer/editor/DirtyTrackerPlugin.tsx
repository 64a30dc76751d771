// Tells the autosaver that the body changed. Selection-only updates are ignored; nothing is serialized here.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';

export function DirtyTrackerPlugin({ onChange }: { onChange(): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // The first update loads the saved document; plugins registering node transforms re-run them
        // under 'history-merge' (nothing the writer did). Neither is an edit.
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        onChange();
      }),
    [editor, onChange],
  );
  return null;
}
