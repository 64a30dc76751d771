// An HTML table (a saved page, a CMS post, Word through mammoth, Markdown through markdown-it) into
// a table block and its caption: header rows and columns (<thead>, <th>, scope), spans, and each
// cell's alignment. A table used for layout (one cell, or tables in tables) is not a table: the
// importer reads what is inside it as ordinary content.
import { isTag, type ChildNode, type Element } from 'domhandler';
import type { ImportedJson, InlineReader } from '../cardKind';
import { HEADER_COLUMN, HEADER_ROW, TABLE_CAPTION_TYPE, TABLE_CELL_TYPE, TABLE_ROW_TYPE, TABLE_TYPE } from './tableJson';

/** Cells beyond these are a bomb, not a table; their words still reach the article (see parseTableHtml). */
export const MAX_TABLE_CELLS = 20_000;
const MAX_SPAN = 100;

const ELEMENT = { version: 1, direction: null, format: '', indent: 0 };
const CELL_BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'figure',
  'figcaption',
]);

function elements(node: Element, name?: string): Element[] {
  return node.children.filter((c): c is Element => isTag(c) && (name === undefined || c.name === name));
}

function rowsOf(table: Element): Array<{ row: Element; inHead: boolean }> {
  const rows: Array<{ row: Element; inHead: boolean }> = [];
  for (const child of elements(table)) {
    if (child.name === 'tr') rows.push({ row: child, inHead: false });
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot')
      for (const row of elements(child, 'tr')) rows.push({ row, inHead: child.name === 'thead' });
  }
  return rows;
}

function contains(node: Element, name: string): boolean {
  return node.children.some((c) => isTag(c) && (c.name === name || contains(c, name)));
}

function inside(node: Element, name: string): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (isTag(parent) && parent.name === name) return true;
  return false;
}

/** One cell, or tables in tables: a page laid out with tables (its words are read as paragraphs). */
export function isLayoutTable(table: Element): boolean {
  if (contains(table, 'table') || inside(table, 'table')) return true;
  const cells = rowsOf(table).flatMap(({ row }) => elements(row).filter((c) => c.name === 'td' || c.name === 'th'));
  return cells.length <= 1;
}

function alignOf(cell: Element): string {
  const fromStyle = /text-align:\s*(left|center|right)/i.exec(cell.attribs.style ?? '')?.[1];
  const value = (fromStyle ?? cell.attribs.align ?? '').toLowerCase();
  return value === 'center' || value === 'right' ? value : '';
}

function span(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** A cell's paragraphs: inline runs, and each block inside it (a <p>, a list item) as its own. */
function cellParagraphs(cell: Element, reader: InlineReader, format: string): ImportedJson[] {
  const paragraphs: ImportedJson[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    const content = reader.inline(loose);
    if (reader.hasText(content))
      paragraphs.push({ ...ELEMENT, format, type: 'paragraph', textFormat: 0, textStyle: '', children: content });
    loose = [];
  };
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (isTag(node) && CELL_BLOCKS.has(node.name)) {
        flush();
        visit(node.children);
        flush();
      } else loose.push(node);
    }
  };
  visit(cell.children);
  flush();
  // Every cell holds a paragraph, an empty one too (Lexical's tables need it).
  return paragraphs.length ? paragraphs : [{ ...ELEMENT, format, type: 'paragraph', textFormat: 0, textStyle: '', children: [] }];
}

/** The text of a caption (<caption>, or a <figure>'s <figcaption>) as a caption block, or null. */
export function captionBlock(caption: Element | undefined, reader: InlineReader): ImportedJson | null {
  if (!caption) return null;
  const content = reader.inline(caption.children);
  return reader.hasText(content) ? { ...ELEMENT, type: TABLE_CAPTION_TYPE, children: content } : null;
}

/**
 * The table as [caption?, table], or null when it holds no cells. Past MAX_TABLE_CELLS the rest of
 * the rows are left out of the table and returned as `overflow` for the importer to read as text.
 */
export function parseTableHtml(
  table: Element,
  reader: InlineReader,
  figcaption?: Element,
): { blocks: ImportedJson[]; overflow: Element[] } {
  const rows: ImportedJson[] = [];
  const overflow: Element[] = [];
  let cellCount = 0;
  for (const { row, inHead } of rowsOf(table)) {
    const cells = elements(row).filter((c) => c.name === 'td' || c.name === 'th');
    if (cells.length === 0) continue;
    if (cellCount + cells.length > MAX_TABLE_CELLS) {
      overflow.push(row);
      continue;
    }
    cellCount += cells.length;
    const allHeaders = cells.every((c) => c.name === 'th');
    const children = cells.map((cell, i) => {
      const scope = (cell.attribs.scope ?? '').toLowerCase();
      let headerState = 0;
      if (inHead || (cell.name === 'th' && (scope === 'col' || scope === 'colgroup' || (!scope && allHeaders)))) headerState = HEADER_ROW;
      else if (cell.name === 'th' && (scope === 'row' || scope === 'rowgroup' || (!scope && i === 0))) headerState = HEADER_COLUMN;
      else if (cell.name === 'th') headerState = HEADER_ROW;
      return {
        ...ELEMENT,
        type: TABLE_CELL_TYPE,
        headerState,
        colSpan: span(cell.attribs.colspan),
        rowSpan: span(cell.attribs.rowspan),
        backgroundColor: null,
        children: cellParagraphs(cell, reader, alignOf(cell)),
      };
    });
    rows.push({ ...ELEMENT, type: TABLE_ROW_TYPE, children });
  }
  if (rows.length === 0) return { blocks: [], overflow };
  const caption = captionBlock(elements(table, 'caption')[0] ?? figcaption, reader);
  return { blocks: [...(caption ? [caption] : []), { ...ELEMENT, type: TABLE_TYPE, children: rows }], overflow };
}
