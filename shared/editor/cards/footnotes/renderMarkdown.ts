// Footnotes in Markdown, as GFM and Pandoc write them: a reference is [^2]; the notes are lines
// "[^2]: …" in their numbers' order.
import { childrenOf as kids, type CardJson, type MarkdownRendering } from '../cardKind';
import { FOOTNOTE_TYPE, noteIdOf } from './footnotesJson';

export function footnoteRefMarkdown(node: CardJson, numbers: ReadonlyMap<string, number>): string {
  const n = numbers.get(noteIdOf(node) ?? '');
  return n === undefined ? '' : `[^${n}]`;
}

export function renderFootnotesMarkdown(node: CardJson, _siblings: unknown, md: MarkdownRendering): string {
  return kids(node)
    .filter((note) => note.type === FOOTNOTE_TYPE)
    .map((note) => ({ n: md.footnotes.get(noteIdOf(note) ?? ''), text: md.inline(kids(note)).trim() }))
    .filter((note): note is { n: number; text: string } => note.n !== undefined && note.text !== '')
    .sort((a, b) => a.n - b.n)
    .map(({ n, text }) => `[^${n}]: ${text.replace(/\n/g, '\n    ')}`)
    .join('\n');
}
