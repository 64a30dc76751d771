// The title of a section, always its first child; rendered as an <h2>. Enter moves on into the body.
import {
  $applyNodeReplacement,
  $createParagraphNode,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
  type SerializedElementNode,
  type SerializedPartial,
  type LexicalUpdateJSON,
} from 'lexical';
import type { Guidance } from '../guidance';
import { $isSectionNode } from './SectionNode';

export type SerializedSectionTitleNode = SerializedElementNode;

export const SECTION_TITLE_TYPE = 'section-title';

export class SectionTitleNode extends ElementNode {
  static override getType(): string {
    return SECTION_TITLE_TYPE;
  }

  static override clone(node: SectionTitleNode): SectionTitleNode {
    return new SectionTitleNode(node.__key);
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const dom = document.createElement('h2');
    dom.className = 'ed-section-title';
    const parent = this.getParent();
    if ($isSectionNode(parent)) applyTitleGuidance(dom, parent.getAttributes().titleGuidance);
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  static override importJSON(json: SerializedPartial<SerializedSectionTitleNode>): SectionTitleNode {
    return $createSectionTitleNode().updateFromJSON(json as LexicalUpdateJSON<SerializedSectionTitleNode>);
  }

  /** Enter in a title starts (or moves into) the section's body, never a second title. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  override collapseAtStart(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override canIndent(): boolean {
    return false;
  }
}

export function $createSectionTitleNode(): SectionTitleNode {
  return $applyNodeReplacement(new SectionTitleNode());
}

export function $isSectionTitleNode(node: LexicalNode | null | undefined): node is SectionTitleNode {
  return node instanceof SectionTitleNode;
}

/** Sets the placeholder attributes the editor's stylesheet shows in an empty title. */
function applyTitleGuidance(dom: HTMLElement, guidance: Guidance | null): void {
  if (!guidance) return;
  dom.dataset.guidanceEn = guidance.en;
  dom.dataset.guidanceId = guidance.id;
}
