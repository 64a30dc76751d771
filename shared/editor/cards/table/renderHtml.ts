// A table in publication HTML: <table> with its <caption>, a <thead> for the header row, <th scope>
// for header cells, spans and each cell's alignment (a class the page's stylesheet knows).
import { childrenOf as kids, type CardJson, type HtmlRendering, type Siblings } from '../cardKind';
import { isHeaderRow, rowsOf, TABLE_CAPTION_TYPE, TABLE_TYPE, HEADER_ROW, type TableCell } from './tableJson';

function cellHtml(cell: TableCell, html: HtmlRendering): string {
  const paragraphs = cell.blocks.map((block) => html.inline(kids(block)).trim()).filter((p) => p.replace(/(<br>)+$/, ''));
  const content = paragraphs.length > 1 ? paragraphs.map((p) => `<p>${p}</p>`).join('') : (paragraphs[0] ?? '');
  // An empty header heads nothing: published as an ordinary (empty) cell.
  const header = cell.headerState !== 0 && content !== '';
  const tag = header ? 'th' : 'td';
  const attributes = [
    // A cell of the header row heads its column; one of the header column heads its row.
    header ? ` scope="${cell.headerState & HEADER_ROW ? 'col' : 'row'}"` : '',
    cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
    cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    cell.align && cell.align !== 'left' ? ` class="align-${cell.align}"` : '',
  ].join('');
  return `<${tag}${attributes}>${content}</${tag}>`;
}

function captionHtml(caption: CardJson | undefined, html: HtmlRendering): string {
  if (caption?.type !== TABLE_CAPTION_TYPE) return '';
  const text = html.inline(kids(caption)).trim();
  return text ? `<caption>${text}</caption>` : '';
}

export function renderTableHtml(node: CardJson, siblings: Siblings, html: HtmlRendering): string {
  if (node.type === TABLE_CAPTION_TYPE) {
    // Published inside its table; a caption with no table after it is a paragraph.
    if (siblings.after?.type === TABLE_TYPE) return '';
    const text = html.inline(kids(node)).trim();
    return text ? `<p>${text}</p>` : '';
  }
  const rows = rowsOf(node).filter((row) => row.length > 0);
  if (rows.length === 0) return '';
  const headRows: typeof rows = [];
  while (headRows.length < rows.length - 1 && isHeaderRow(rows[headRows.length]!)) headRows.push(rows[headRows.length]!);
  const bodyRows = rows.slice(headRows.length);
  const tr = (row: TableCell[]) => `<tr>${row.map((cell) => cellHtml(cell, html)).join('')}</tr>`;
  return [
    '<table>',
    captionHtml(siblings.before, html),
    headRows.length ? `<thead>${headRows.map(tr).join('')}</thead>` : '',
    `<tbody>${bodyRows.map(tr).join('')}</tbody>`,
    '</table>',
  ].join('');
}
