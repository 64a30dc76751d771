// A pull quote's plain text (search, word counts): its words, and its attribution's, as blocks.
import { childrenOf, type CardJson } from '../cardKind';

export function pullQuotePlainText(node: CardJson, inlineText: (nodes: CardJson[]) => string): string[] {
  const text = inlineText(childrenOf(node)).trim();
  return text ? [text] : [];
}
