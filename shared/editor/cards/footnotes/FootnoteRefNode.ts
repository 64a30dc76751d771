// A footnote's reference in the text: an inline leaf naming its note. Its number is its place among
// the references, shown by the editor (renderer/editor/footnotes) and the page, never stored.
import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import { FOOTNOTE_REF_TYPE, NOTE_ID } from './footnotesJson';

export type SerializedFootnoteRefNode = Spread<{ noteId: string }, SerializedLexicalNode>;

export class FootnoteRefNode extends DecoratorNode<null> {
  __noteId: string;

  static override getType(): string {
    return FOOTNOTE_REF_TYPE;
  }

  static override clone(node: FootnoteRefNode): FootnoteRefNode {
    const clone = new FootnoteRefNode(node.__key);
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

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('sup');
    dom.className = 'ed-footnote-ref';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(): null {
    return null;
  }

  override isInline(): boolean {
    return true;
  }

  static override importJSON(json: SerializedPartial<SerializedFootnoteRefNode>): FootnoteRefNode {
    return $createFootnoteRefNode().updateFromJSON(json as LexicalUpdateJSON<SerializedFootnoteRefNode>);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFootnoteRefNode>): this {
    return super.updateFromJSON(json).setNoteId(typeof json.noteId === 'string' ? json.noteId : '');
  }

  override exportJSON(): SerializedFootnoteRefNode {
    return { ...super.exportJSON(), noteId: this.getNoteId() };
  }

  override getTextContent(): string {
    return '';
  }
}

export function $createFootnoteRefNode(noteId?: string): FootnoteRefNode {
  const node = $applyNodeReplacement(new FootnoteRefNode());
  return noteId ? node.setNoteId(noteId) : node;
}

export function $isFootnoteRefNode(node: LexicalNode | null | undefined): node is FootnoteRefNode {
  return node instanceof FootnoteRefNode;
}
