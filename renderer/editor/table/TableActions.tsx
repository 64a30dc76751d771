// The table's own toolbar group, shown while the cursor is in a table: rows, columns, header row
// and column, the cell's alignment, a caption, and deleting the table. Tab moves between cells.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_ELEMENT_COMMAND } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $applyTableAction, $headerStateAtSelection, type TableAction } from './tableCommands';
import { useFrozenWhileSuggesting } from '../suggestions/suggestionsState';

type State = ReturnType<typeof $headerStateAtSelection>;
type Align = 'alignLeft' | 'alignCenter' | 'alignRight';
const ALIGN = { alignLeft: 'left', alignCenter: 'center', alignRight: 'right' } as const;

export function TableActions() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ inTable: false, headerRow: false, headerColumn: false, insertion: null });
  // While suggesting, a table's shape cannot change untracked: only the words in its cells are suggestions (a table
  // the person suggested in themselves is theirs to shape).
  const frozen = useFrozenWhileSuggesting(state.insertion);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($headerStateAtSelection);
        setState((prev) =>
          prev.inTable === next.inTable &&
          prev.headerRow === next.headerRow &&
          prev.headerColumn === next.headerColumn &&
          prev.insertion === next.insertion
            ? prev
            : next,
        );
      }),
    [editor],
  );
  if (!state.inTable) return null;

  const run = (name: TableAction | Align) => {
    if (name in ALIGN) editor.dispatchCommand(FORMAT_ELEMENT_COMMAND, ALIGN[name as Align]);
    else editor.update(() => $applyTableAction(name as TableAction));
    editor.focus();
  };
  const button = (name: TableAction | Align, pressed?: boolean) => (
    <button
      key={name}
      type="button"
      aria-pressed={pressed}
      disabled={frozen}
      title={frozen ? t('table.suggestingFrozen') : t(`table.${name}Title`)}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => run(name)}
    >
      {t(`table.${name}`)}
    </button>
  );
  return (
    <div className="table-actions" role="group" aria-label={t('table.actions')}>
      <div className="toolbar-group">
        {button('rowBelow')}
        {button('columnRight')}
        {button('deleteRow')}
        {button('deleteColumn')}
        {button('headerRow', state.headerRow)}
        {button('headerColumn', state.headerColumn)}
      </div>
      <div className="toolbar-group">
        {button('alignLeft')}
        {button('alignCenter')}
        {button('alignRight')}
        {button('caption')}
        {button('deleteTable')}
      </div>
    </div>
  );
}
