// A header cell with nothing typed in it yet (a new table's header row) is named "Empty header
// cell", so a screen reader says so instead of nothing; typing in it takes the name away again.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTableCellNode } from '@lexical/table';
import { $getNodeByKey } from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function EmptyHeaderLabelPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const label = t('table.emptyHeader');
  useEffect(
    () =>
      // Only the elements an update touched (a change marks every element above it), so typing
      // elsewhere costs a few map lookups.
      editor.registerUpdateListener(({ editorState, dirtyElements }) => {
        editorState.read(() => {
          for (const key of dirtyElements.keys()) {
            const cell = $getNodeByKey(key);
            if (!$isTableCellNode(cell)) continue;
            const dom = editor.getElementByKey(key);
            if (!dom) continue;
            if (cell.hasHeader() && cell.getTextContent().trim() === '') dom.setAttribute('aria-label', label);
            else dom.removeAttribute('aria-label');
          }
        });
      }),
    [editor, label],
  );
  return null;
}
