// A table's plain text (search, word counts, snippets): one block, a line per row, its cells parted by tabs.
import { childrenOf as kids, type CardJson } from '../cardKind';
import { TABLE_CAPTION_TYPE } from './tableJson';

export function tablePlainText(node: CardJson, inlineText: (nodes: CardJson[]) => string): string[] {
  if (node.type === TABLE_CAPTION_TYPE) return [inlineText(kids(node)).trim()].filter(Boolean);
  const lines = kids(node)
    .map((row) =>
      kids(row)
        .map((cell) =>
          kids(cell)
            .map((block) => inlineText(kids(block)).replace(/\s+/g, ' ').trim())
            .filter(Boolean)
            .join(' '),
        )
        .join('\t')
        .trim(),
    )
    .filter(Boolean);
  return lines.length ? [lines.join('\n')] : [];
}
