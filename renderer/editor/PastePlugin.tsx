// Pasted HTML (Google Docs, Word, web pages) goes through the same sanitizer and normalizer as an
// import, on the main side, before it reaches the document. Plain-text pastes stay with Lexical.
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type BaseSelection,
  type SerializedLexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { bridge } from '../transport/bridge';

export function PastePlugin({ onError }: { onError(message: string): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          // Copied from a Redaksi editor: Lexical's own data is already clean (claim marks are never copied).
          if (!data || data.types.includes('application/x-lexical-editor')) return false;
          const html = data.getData('text/html');
          if (!html) return false;
          event.preventDefault();
          let at: BaseSelection | null = null;
          editor.getEditorState().read(() => {
            const selection = $getSelection();
            at = $isRangeSelection(selection) ? selection.clone() : null;
          });
          void bridge.call('import:paste', { html }).then((result) => {
            if (!result.ok) {
              onError(`The pasted content could not be read: ${result.error.message}`);
              return;
            }
            editor.update(() => {
              if (at) $setSelection((at as BaseSelection).clone());
              const selection = $getSelection();
              if (!selection) return;
              $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(result.value.blocks as SerializedLexicalNode[]), selection);
            });
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, onError],
  );
  return null;
}
