// A pull quote: a line of the story set large to draw the eye (distinct from a block quote, which
// quotes a source in the flow of the text). Its attribution is the block just after it
// (PullQuoteCiteNode). Enter goes on into the attribution rather than starting a second quote.
import {
  $applyNodeReplacement,
  $createParagraphNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type RangeSelection,
  type SerializedElementNode,
  type SerializedPartial,
} from 'lexical';
import { CardLineNode } from '../CardLineNode';
import { PULL_QUOTE_TYPE } from './pullQuoteJson';
import { $isPullQuoteCiteNode } from './PullQuoteCiteNode';

export type SerializedPullQuoteNode = SerializedElementNode;

export class PullQuoteNode extends CardLineNode {
  static override getType(): string {
    return PULL_QUOTE_TYPE;
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__key);
  }

  protected override element() {
    return { tag: 'blockquote', className: 'ed-pullquote' };
  }

  static override importJSON(json: SerializedPartial<SerializedPullQuoteNode>): PullQuoteNode {
    return $createPullQuoteNode().updateFromJSON(json as LexicalUpdateJSON<SerializedPullQuoteNode>);
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode | null {
    const cite = this.getNextSibling();
    if ($isPullQuoteCiteNode(cite)) {
      cite.selectStart();
      return null;
    }
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }
}

export function $createPullQuoteNode(): PullQuoteNode {
  return $applyNodeReplacement(new PullQuoteNode());
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
