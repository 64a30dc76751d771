// The notes at the end of the article: a numbered list of FootnoteNodes.
import {
  $applyNodeReplacement,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedElementNode,
  type SerializedPartial,
} from 'lexical';
import { CardLineNode } from '../CardLineNode';
import { FOOTNOTES_TYPE } from './footnotesJson';

export class FootnotesNode extends CardLineNode {
  static override getType(): string {
    return FOOTNOTES_TYPE;
  }

  static override clone(node: FootnotesNode): FootnotesNode {
    return new FootnotesNode(node.__key);
  }

  protected override element() {
    return { tag: 'ol', className: 'ed-footnotes' };
  }

  override canBeEmpty(): boolean {
    return false;
  }

  static override importJSON(json: SerializedPartial<SerializedElementNode>): FootnotesNode {
    return $createFootnotesNode().updateFromJSON(json as LexicalUpdateJSON<SerializedElementNode>);
  }
}

export function $createFootnotesNode(): FootnotesNode {
  return $applyNodeReplacement(new FootnotesNode());
}

export function $isFootnotesNode(node: LexicalNode | null | undefined): node is FootnotesNode {
  return node instanceof FootnotesNode;
}
