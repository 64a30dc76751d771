// A table's caption: the block just before a table ("Hasil hitung cepat, dalam persen"). Published
// as that table's <caption>; with no table after it, as a paragraph, so its words are never lost.
// A block of its own (not a field of the table) so two people can edit its words and merge.
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
import { $isTableNode } from '@lexical/table';
import { TABLE_CAPTION_TYPE } from './tableJson';

export type SerializedTableCaptionNode = SerializedElementNode;

export class TableCaptionNode extends CardLineNode {
  static override getType(): string {
    return TABLE_CAPTION_TYPE;
  }

  static override clone(node: TableCaptionNode): TableCaptionNode {
    return new TableCaptionNode(node.__key);
  }

  protected override element() {
    return { tag: 'p', className: 'ed-table-caption' };
  }

  static override importJSON(json: SerializedPartial<SerializedTableCaptionNode>): TableCaptionNode {
    return $createTableCaptionNode().updateFromJSON(json as LexicalUpdateJSON<SerializedTableCaptionNode>);
  }

  /** Enter in a caption goes on into its table's first cell (a paragraph here would part them). */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode | null {
    const table = this.getNextSibling();
    if ($isTableNode(table)) {
      table.getFirstDescendant()?.selectStart();
      return null;
    }
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }
}

export function $createTableCaptionNode(): TableCaptionNode {
  return $applyNodeReplacement(new TableCaptionNode());
}

export function $isTableCaptionNode(node: LexicalNode | null | undefined): node is TableCaptionNode {
  return node instanceof TableCaptionNode;
}
