// A table in Markdown: a GitHub-flavoured table (the first row is its head, as GFM requires), its
// caption as an emphasized line above it, alignment from each column's first body cell. GFM has no
// spans: a spanned cell is followed by empty ones, so every row keeps its columns.
import { childrenOf as kids, type CardJson, type MarkdownRendering, type Siblings } from '../cardKind';
import { rowsOf, TABLE_CAPTION_TYPE, TABLE_TYPE, type TableCell } from './tableJson';

function cellMarkdown(cell: TableCell, md: MarkdownRendering): string {
  // One line per cell: paragraphs and line breaks become spaces ("|" is escaped by inline()).
  return cell.blocks
    .map((block) =>
      md
        .inline(kids(block))
        .replace(/ {2}\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' ');
}

const RULE = { left: ':---', center: ':---:', right: '---:', none: '---' } as const;

export function renderTableMarkdown(node: CardJson, siblings: Siblings, md: MarkdownRendering): string {
  if (node.type === TABLE_CAPTION_TYPE) {
    if (siblings.after?.type === TABLE_TYPE) return '';
    return md.inline(kids(node)).trim();
  }
  const cells = rowsOf(node).filter((row) => row.length > 0);
  if (cells.length === 0) return '';
  // A spanned cell's columns after the first are empty (GFM has no spans), so columns line up.
  const spread = <T>(row: TableCell[], value: (cell: TableCell) => T, empty: T) =>
    row.flatMap((cell) => [value(cell), ...Array<T>(cell.colSpan - 1).fill(empty)]);
  const rows = cells.map((row) => spread(row, (cell) => cellMarkdown(cell, md), ''));
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const line = (row: string[]) => `| ${[...row, ...Array<string>(width - row.length).fill('')].join(' | ')} |`;
  // Each column aligned as its first body cell is.
  const aligns = spread(cells[1] ?? cells[0]!, (cell) => cell.align, null);
  const rule = Array.from({ length: width }, (_, column) => RULE[aligns[column] ?? 'none']);
  const caption = siblings.before?.type === TABLE_CAPTION_TYPE ? md.inline(kids(siblings.before)).trim() : '';
  const table = [line(rows[0]!), `| ${rule.join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
  return caption ? `*${caption}*\n\n${table}` : table;
}
