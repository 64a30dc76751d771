// Who said the pull quote above it ("Sri Mulyani, Menteri Keuangan"). Published in the quote's
// <figcaption>; with no pull quote before it, as a paragraph, so its words are never lost.
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
import { PULL_QUOTE_CITE_TYPE } from './pullQuoteJson';

export type SerializedPullQuoteCiteNode = SerializedElementNode;

export class PullQuoteCiteNode extends CardLineNode {
  static override getType(): string {
    return PULL_QUOTE_CITE_TYPE;
  }

  static override clone(node: PullQuoteCiteNode): PullQuoteCiteNode {
    return new PullQuoteCiteNode(node.__key);
  }

  protected override element() {
    return { tag: 'p', className: 'ed-pullquote-cite' };
  }

  static override importJSON(json: SerializedPartial<SerializedPullQuoteCiteNode>): PullQuoteCiteNode {
    return $createPullQuoteCiteNode().updateFromJSON(json as LexicalUpdateJSON<SerializedPullQuoteCiteNode>);
  }

  /** Enter after the attribution goes back to writing the story. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }
}

export function $createPullQuoteCiteNode(): PullQuoteCiteNode {
  return $applyNodeReplacement(new PullQuoteCiteNode());
}

export function $isPullQuoteCiteNode(node: LexicalNode | null | undefined): node is PullQuoteCiteNode {
  return node instanceof PullQuoteCiteNode;
}
