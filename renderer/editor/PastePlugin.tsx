// Pasted HTML (Google Docs, Word, web pages) goes through the same sanitizer and normalizer as an
// import, on the main side, before it reaches the document. Lexical's own clipboard JSON is checked
// like a save first (any page can put it on the clipboard). Plain-text pastes stay with Lexical,
// except a post's or a video's link alone on an empty line, which becomes its embed card.
import { $generateNodesFromSerializedNodes, $insertDataTransferForPlainText, $insertGeneratedNodes } from '@lexical/clipboard';
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
import { trustedPastedNodes } from './pastedEditorJson';
import { $pasteEmbedLink } from './embed/embedCommands';
import { t } from '../i18n/i18n';

export function PastePlugin({ onError }: { onError(message: string): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data) return false;
          const lexical = data.getData('application/x-lexical-editor');
          // A post's or video's link alone on an empty line: its embed card (listeners run inside an update).
          if (!lexical && $pasteEmbedLink(data.getData('text/plain'))) {
            event.preventDefault();
            return true;
          }
          if (lexical) {
            event.preventDefault();
            const nodes = trustedPastedNodes(lexical, new Set(editor._nodes.keys()));
            if (nodes) {
              editor.update(() => {
                const selection = $getSelection();
                if (selection) $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(nodes), selection);
              });
              return true;
            }
            // Not something Redaksi would save: use the paste's HTML or plain text instead.
            if (!data.getData('text/html')) {
              editor.update(() => {
                const selection = $getSelection();
                if ($isRangeSelection(selection)) $insertDataTransferForPlainText(data, selection);
              });
              return true;
            }
          }
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
              onError(t('paste.failed', { reason: result.error.message }));
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
