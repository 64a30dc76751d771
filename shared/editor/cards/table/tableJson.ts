// Reading a saved table (Lexical's table nodes): its rows, its cells, which cells are headers and
// how each cell's text is aligned. Shared by the HTML, Markdown and plain-text renderers.
import { childrenOf as kids, type CardJson } from '../cardKind';
import { PublishError } from '../../../publish/publishError';

export const TABLE_TYPE = 'table';
export const TABLE_ROW_TYPE = 'tablerow';
export const TABLE_CELL_TYPE = 'tablecell';
export const TABLE_CAPTION_TYPE = 'table-caption';

/** Lexical's header states: a cell in the header row (ROW), in the header column (COLUMN), or both. */
export const HEADER_ROW = 1;
export const HEADER_COLUMN = 2;

export type CellAlign = 'left' | 'center' | 'right' | null;

export interface TableCell {
  node: CardJson;
  /** The cell's blocks (paragraphs). */
  blocks: CardJson[];
  headerState: number;
  colSpan: number;
  rowSpan: number;
  align: CellAlign;
}

function span(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? Math.min(value, 1000) : 1;
}

function alignOf(format: unknown): CellAlign {
  return format === 'center' || format === 'right' || format === 'left' ? format : null;
}

export function cellOf(node: CardJson): TableCell {
  const blocks = kids(node);
  const headerState = typeof node.headerState === 'number' ? node.headerState : 0;
  return {
    node,
    blocks,
    headerState,
    colSpan: span(node.colSpan),
    rowSpan: span(node.rowSpan),
    // Set on the cell, or (as the editor's alignment buttons do) on its first paragraph.
    align: alignOf(node.format) ?? alignOf(blocks[0]?.format),
  };
}

/** The table's rows of cells; anything else inside it is not a row or a cell and fails the export. */
export function rowsOf(table: CardJson): TableCell[][] {
  return kids(table).map((row) => {
    if (row.type !== TABLE_ROW_TYPE) throw new PublishError(`Cannot publish: a table holds a "${String(row.type)}" node`);
    return kids(row).map((cell) => {
      if (cell.type !== TABLE_CELL_TYPE) throw new PublishError(`Cannot publish: a table row holds a "${String(cell.type)}" node`);
      return cellOf(cell);
    });
  });
}

/** A row whose every cell is in the header row is the table's head. */
export function isHeaderRow(row: TableCell[]): boolean {
  return row.length > 0 && row.every((cell) => (cell.headerState & HEADER_ROW) !== 0);
}
