// Footnotes' plain text (search, word counts): each note's words, a block of its own.
import { childrenOf, type CardJson } from '../cardKind';
import { FOOTNOTE_TYPE } from './footnotesJson';

export function footnotesPlainText(node: CardJson, inlineText: (nodes: CardJson[]) => string): string[] {
  if (node.type === FOOTNOTE_TYPE) return [inlineText(childrenOf(node)).trim()].filter(Boolean);
  return childrenOf(node)
    .filter((note) => note.type === FOOTNOTE_TYPE)
    .map((note) => inlineText(childrenOf(note)).trim())
    .filter(Boolean);
}
