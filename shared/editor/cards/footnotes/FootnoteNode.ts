// One note: text in the notes list, named by the id its references carry. Enter starts a new line
// in the same note (as a note's paragraphs come in from Word), never a note no reference points to.
import {
  $applyNodeReplacement,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import { CardLineNode } from '../CardLineNode';
import { FOOTNOTE_TYPE, NOTE_ID } from './footnotesJson';

export type SerializedFootnoteNode = Spread<{ noteId: string }, SerializedElementNode>;

export class FootnoteNode extends CardLineNode {
  __noteId: string;

  static override getType(): string {
    return FOOTNOTE_TYPE;
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    const clone = new FootnoteNode(node.__key);
    clone.__noteId = node.__noteId;
    return clone;
  }

  constructor(key?: NodeKey) {
    super(key);
    this.__noteId = '';
  }

  getNoteId(): string {
    return this.getLatest().__noteId;
  }

  setNoteId(noteId: string): this {
    const self = this.getWritable();
    self.__noteId = NOTE_ID.test(noteId) ? noteId : '';
    return self;
  }

  protected override element() {
    return { tag: 'li', className: 'ed-footnote' };
  }

  override insertNewAfter(selection: RangeSelection): LexicalNode | null {
    selection.insertLineBreak();
    return null;
  }

  static override importJSON(json: SerializedPartial<SerializedFootnoteNode>): FootnoteNode {
    return $createFootnoteNode().updateFromJSON(json as LexicalUpdateJSON<SerializedFootnoteNode>);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFootnoteNode>): this {
    return super.updateFromJSON(json).setNoteId(typeof json.noteId === 'string' ? json.noteId : '');
  }

  override exportJSON(): SerializedFootnoteNode {
    return { ...super.exportJSON(), noteId: this.getNoteId() };
  }
}

export function $createFootnoteNode(noteId?: string): FootnoteNode {
  const node = $applyNodeReplacement(new FootnoteNode());
  return noteId ? node.setNoteId(noteId) : node;
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
