// An embedded social post or video (X, Instagram, Facebook, TikTok, YouTube, Vimeo): its link, its
// author and the words it says, each its own property so two people editing different ones both
// keep their change. Pure data: the editor supplies the card's UI through setEmbedView(); no
// platform script or frame is ever loaded, in the editor or on the published page.
import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import { EMBED_TYPE, embedFieldsOf, type EmbedFields } from './embedJson';

export type SerializedEmbedNode = Spread<EmbedFields, SerializedLexicalNode>;

type EmbedView = (node: EmbedNode, editor: LexicalEditor) => unknown;
let embedView: EmbedView = () => null;

/** The renderer registers the card's React view once, at start-up. */
export function setEmbedView(view: EmbedView): void {
  embedView = view;
}

export class EmbedNode extends DecoratorNode<unknown> {
  __url: string;
  __author: string;
  __text: string;

  static override getType(): string {
    return EMBED_TYPE;
  }

  static override clone(node: EmbedNode): EmbedNode {
    const clone = new EmbedNode(node.__key);
    clone.__url = node.__url;
    clone.__author = node.__author;
    clone.__text = node.__text;
    return clone;
  }

  constructor(key?: NodeKey) {
    super(key);
    this.__url = '';
    this.__author = '';
    this.__text = '';
  }

  getFields(): EmbedFields {
    const self = this.getLatest();
    return { url: self.__url, author: self.__author, text: self.__text };
  }

  setFields(patch: Partial<EmbedFields>): this {
    const self = this.getWritable();
    const next = embedFieldsOf({ ...self.getFields(), ...patch });
    self.__url = next.url;
    self.__author = next.author;
    self.__text = next.text;
    return self;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'ed-embed';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(editor: LexicalEditor): unknown {
    return embedView(this, editor);
  }

  override isInline(): boolean {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  static override importJSON(json: SerializedPartial<SerializedEmbedNode>): EmbedNode {
    return $createEmbedNode().updateFromJSON(json as LexicalUpdateJSON<SerializedEmbedNode>);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedEmbedNode>): this {
    // JSON from the clipboard can come from any page: every field is checked and bounded.
    return super.updateFromJSON(json).setFields(embedFieldsOf(json as unknown as Record<string, unknown>));
  }

  override exportJSON(): SerializedEmbedNode {
    return { ...super.exportJSON(), ...this.getFields() };
  }

  /** The post's words are not the editor's text (they are edited in the card's fields). */
  override getTextContent(): string {
    return '';
  }
}

export function $createEmbedNode(fields?: Partial<EmbedFields>): EmbedNode {
  const node = $applyNodeReplacement(new EmbedNode());
  return fields ? node.setFields(fields) : node;
}

export function $isEmbedNode(node: LexicalNode | null | undefined): node is EmbedNode {
  return node instanceof EmbedNode;
}
