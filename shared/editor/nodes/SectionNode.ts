// A section of an article: a title (SectionTitleNode) followed by body blocks. A real node, so
// sections move, number and check as units. Numbered sections get their number when rendered.
import {
  $applyNodeReplacement,
  ElementNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import type { Guidance } from '../guidance';

export interface SectionAttributes {
  /** Counted 1, 2, 3 … in document order when rendered. */
  numbered: boolean;
  /** What the section is for, from its template: "section", "conclusion", "lede", "related" … */
  role: string;
  /** Must have a title and body text before publishing. */
  required: boolean;
  /** Untitled sections (a lede, a nut graf) hold body text only. */
  titled: boolean;
  /** Placeholder text for an empty title and an empty body. */
  titleGuidance: Guidance | null;
  bodyGuidance: Guidance | null;
  /** Folded away while editing (editor state only; never exported). */
  collapsed: boolean;
}

export type SerializedSectionNode = Spread<SectionAttributes, SerializedElementNode>;

export const SECTION_TYPE = 'section';

export class SectionNode extends ElementNode {
  __numbered: boolean;
  __role: string;
  __required: boolean;
  __titled: boolean;
  __titleGuidance: Guidance | null;
  __bodyGuidance: Guidance | null;
  __collapsed: boolean;

  static override getType(): string {
    return SECTION_TYPE;
  }

  static override clone(node: SectionNode): SectionNode {
    return new SectionNode(node.getAttributes(), node.__key);
  }

  constructor(attributes: Partial<SectionAttributes> = {}, key?: NodeKey) {
    super(key);
    this.__numbered = attributes.numbered ?? false;
    this.__role = attributes.role ?? 'section';
    this.__required = attributes.required ?? false;
    this.__titled = attributes.titled ?? true;
    this.__titleGuidance = attributes.titleGuidance ?? null;
    this.__bodyGuidance = attributes.bodyGuidance ?? null;
    this.__collapsed = attributes.collapsed ?? false;
  }

  getAttributes(): SectionAttributes {
    const self = this.getLatest();
    return {
      numbered: self.__numbered,
      role: self.__role,
      required: self.__required,
      titled: self.__titled,
      titleGuidance: self.__titleGuidance,
      bodyGuidance: self.__bodyGuidance,
      collapsed: self.__collapsed,
    };
  }

  isNumbered(): boolean {
    return this.getLatest().__numbered;
  }

  isTitled(): boolean {
    return this.getLatest().__titled;
  }

  isRequired(): boolean {
    return this.getLatest().__required;
  }

  getRole(): string {
    return this.getLatest().__role;
  }

  isCollapsed(): boolean {
    return this.getLatest().__collapsed;
  }

  setCollapsed(collapsed: boolean): this {
    const self = this.getWritable();
    self.__collapsed = collapsed;
    return self;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('section');
    this.applyAttributes(dom);
    return dom;
  }

  override updateDOM(prevNode: SectionNode, dom: HTMLElement): boolean {
    if (
      prevNode.__collapsed !== this.__collapsed ||
      prevNode.__numbered !== this.__numbered ||
      prevNode.__bodyGuidance !== this.__bodyGuidance
    ) {
      this.applyAttributes(dom);
    }
    return false;
  }

  private applyAttributes(dom: HTMLElement): void {
    dom.className = 'ed-section';
    dom.dataset.role = this.__role;
    dom.toggleAttribute('data-numbered', this.__numbered);
    dom.toggleAttribute('data-collapsed', this.__collapsed);
    // Custom properties reach the empty first paragraph, whose placeholder the stylesheet draws from them.
    if (this.__bodyGuidance) {
      dom.style.setProperty('--guidance-en', JSON.stringify(this.__bodyGuidance.en));
      dom.style.setProperty('--guidance-id', JSON.stringify(this.__bodyGuidance.id));
    }
  }

  override exportDOM(): DOMExportOutput {
    // Publication HTML comes from our own renderer; the clipboard gets a plain <section>.
    return { element: document.createElement('section') };
  }

  static override importJSON(json: SerializedPartial<SerializedSectionNode>): SectionNode {
    return $createSectionNode().updateFromJSON(json as LexicalUpdateJSON<SerializedSectionNode>);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedSectionNode>): this {
    const self = super.updateFromJSON(json);
    self.__numbered = json.numbered ?? false;
    self.__role = json.role ?? 'section';
    self.__required = json.required ?? false;
    self.__titled = json.titled ?? true;
    self.__titleGuidance = json.titleGuidance ?? null;
    self.__bodyGuidance = json.bodyGuidance ?? null;
    self.__collapsed = json.collapsed ?? false;
    return self;
  }

  override exportJSON(): SerializedSectionNode {
    return { ...super.exportJSON(), ...this.getAttributes() };
  }

  // A section behaves like a small document: blocks inside it are its own, and selection
  // operations (block formatting, Enter, lists) stay inside it.
  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

export function $createSectionNode(attributes: Partial<SectionAttributes> = {}): SectionNode {
  return $applyNodeReplacement(new SectionNode(attributes));
}

export function $isSectionNode(node: LexicalNode | null | undefined): node is SectionNode {
  return node instanceof SectionNode;
}
