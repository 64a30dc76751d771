// Editing tables: insert one, and the actions on the table holding the cursor (rows, columns,
// header row and column, a caption). Lexical's own table utilities do the grid work.
import {
  $createTableNodeWithDimensions,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $getTableCellNodeFromLexicalNode,
  $getTableColumnIndexFromTableCellNode,
  $getTableRowIndexFromTableCellNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableNode,
  $setTableColumnIsHeader,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { $createParagraphNode, $getRoot, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import { $insertionOf } from '../../../shared/suggestions/presenceSuggestions';
import { $createTableCaptionNode, $isTableCaptionNode } from '../../../shared/editor/cards/table/TableCaptionNode';

/**
 * A 3 × 3 table after `block` (or at the end), the cursor in its first cell. Its header row is
 * turned on once there is something in it (an empty header heads nothing; the checklist asks).
 */
export function $insertTableAfter(block: LexicalNode | null): TableNode {
  const table = $createTableNodeWithDimensions(3, 3, false);
  if (block) block.insertAfter(table);
  else $getRoot().append(table);
  // Somewhere to go on writing after it.
  if (!table.getNextSibling()) table.insertAfter($createParagraphNode());
  table.getFirstDescendant()?.selectStart();
  return table;
}

/** The cell holding the cursor, and its table. */
export function $cellAtSelection(): { cell: TableCellNode; table: TableNode } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
  const table = cell ? $findTableNode(cell) : null;
  return cell && table ? { cell, table } : null;
}

export type TableAction =
  'rowBelow' | 'columnRight' | 'deleteRow' | 'deleteColumn' | 'headerRow' | 'headerColumn' | 'caption' | 'deleteTable';

export function $applyTableAction(action: TableAction): void {
  const at = $cellAtSelection();
  if (!at) return;
  const { cell, table } = at;
  switch (action) {
    case 'rowBelow':
      $insertTableRowAtSelection(true);
      return;
    case 'columnRight':
      $insertTableColumnAtSelection(true);
      return;
    case 'deleteRow':
      $deleteTableRowAtSelection();
      return;
    case 'deleteColumn':
      $deleteTableColumnAtSelection();
      return;
    case 'headerRow':
      $setTableRowIsHeader(table, $getTableRowIndexFromTableCellNode(cell), (cell.getHeaderStyles() & TableCellHeaderStates.ROW) === 0);
      return;
    case 'headerColumn':
      $setTableColumnIsHeader(
        table,
        $getTableColumnIndexFromTableCellNode(cell),
        (cell.getHeaderStyles() & TableCellHeaderStates.COLUMN) === 0,
      );
      return;
    case 'caption': {
      const before = table.getPreviousSibling();
      if ($isTableCaptionNode(before)) before.selectEnd();
      else {
        const caption = $createTableCaptionNode();
        table.insertBefore(caption);
        caption.select();
      }
      return;
    }
    case 'deleteTable': {
      const before = table.getPreviousSibling();
      if ($isTableCaptionNode(before)) before.remove();
      const next = table.getNextSibling() ?? table.getPreviousSibling();
      table.remove();
      if (next) next.selectStart();
      else $getRoot().append($createParagraphNode()).selectEnd();
      return;
    }
  }
}

/** Whether the cursor's cell is in the header row, and in the header column. */
export function $headerStateAtSelection(): { inTable: boolean; headerRow: boolean; headerColumn: boolean; insertion: string | null } {
  const at = $cellAtSelection();
  if (!at) return { inTable: false, headerRow: false, headerColumn: false, insertion: null };
  const state = at.cell.getHeaderStyles();
  return {
    inTable: $isTableNode(at.table),
    headerRow: (state & TableCellHeaderStates.ROW) !== 0,
    headerColumn: (state & TableCellHeaderStates.COLUMN) !== 0,
    // The suggestion that put the table in, if any: its author reshapes it freely while suggesting.
    insertion: $insertionOf(at.cell),
  };
}
