// What one insertion brings in, for a suggestion to cover all of it: a pull quote and its
// attribution, a footnote's note and its reference in the text; any other block alone. Run inside
// editor.update.
import type { LexicalNode } from 'lexical';
import { $isPullQuoteCiteNode } from '../../../shared/editor/cards/pullQuote/PullQuoteCiteNode';
import { $isPullQuoteNode } from '../../../shared/editor/cards/pullQuote/PullQuoteNode';
import { $isFootnoteNode } from '../../../shared/editor/cards/footnotes/FootnoteNode';
import { $footnoteRef } from '../footnotes/footnoteCommands';

export function $insertedWith(node: LexicalNode): LexicalNode[] {
  if ($isPullQuoteNode(node)) {
    const cite = node.getNextSibling();
    return $isPullQuoteCiteNode(cite) ? [node, cite] : [node];
  }
  if ($isFootnoteNode(node)) {
    const ref = $footnoteRef(node.getNoteId());
    return ref ? [ref, node] : [node];
  }
  return [node];
}
