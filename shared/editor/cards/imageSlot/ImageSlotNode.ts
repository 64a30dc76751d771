// An image slot in the body: the wanted image (role, ratio, minimum size) and, once filled, the
// asset id plus alt text, caption, credit and rights. The node is pure data; the editor supplies
// the slot's UI through setImageSlotView(), so saved JSON is the same with or without a UI.
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
import { emptySlot, INLINE_SPEC, normalizeSlot, type ImageSlot } from '../../imageSlot';

export type SerializedImageSlotNode = Spread<ImageSlot, SerializedLexicalNode>;

export const IMAGE_SLOT_TYPE = 'image-slot';

type SlotView = (node: ImageSlotNode, editor: LexicalEditor) => unknown;
let slotView: SlotView = () => null;

/** The renderer registers the React view of a slot once, at start-up. */
export function setImageSlotView(view: SlotView): void {
  slotView = view;
}

export class ImageSlotNode extends DecoratorNode<unknown> {
  __slot: ImageSlot;

  static override getType(): string {
    return IMAGE_SLOT_TYPE;
  }

  static override clone(node: ImageSlotNode): ImageSlotNode {
    return new ImageSlotNode(node.__slot, node.__key);
  }

  constructor(slot: ImageSlot = emptySlot(INLINE_SPEC), key?: NodeKey) {
    super(key);
    this.__slot = slot;
  }

  getSlot(): ImageSlot {
    return this.getLatest().__slot;
  }

  setSlot(patch: Partial<ImageSlot>): this {
    const self = this.getWritable();
    self.__slot = { ...self.__slot, ...patch };
    return self;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'ed-image-slot';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(editor: LexicalEditor): unknown {
    return slotView(this, editor);
  }

  override isInline(): boolean {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  static override importJSON(json: SerializedPartial<SerializedImageSlotNode>): ImageSlotNode {
    return $createImageSlotNode().updateFromJSON(json as LexicalUpdateJSON<SerializedImageSlotNode>);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedImageSlotNode>): this {
    const self = super.updateFromJSON(json);
    // JSON from the clipboard can come from any web page: every field is checked, never copied blindly.
    self.__slot = normalizeSlot(json, emptySlot(INLINE_SPEC));
    return self;
  }

  override exportJSON(): SerializedImageSlotNode {
    return { ...super.exportJSON(), ...this.getSlot() };
  }

  override getTextContent(): string {
    return '';
  }
}

export function $createImageSlotNode(slot?: ImageSlot): ImageSlotNode {
  return $applyNodeReplacement(new ImageSlotNode(slot));
}

export function $isImageSlotNode(node: LexicalNode | null | undefined): node is ImageSlotNode {
  return node instanceof ImageSlotNode;
}
