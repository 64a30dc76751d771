// A fact-check claim anchored in the text: a MarkNode whose ids are claim ids. Enter splits it
// into several marks with one id; overlapping claims nest marks. Marks are never copied: pasted
// text arrives without them, so a paste can never duplicate a claim id.
import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, type EditorConfig, type LexicalNode } from 'lexical';

export const CLAIM_MARK_TYPE = 'claim-mark';

export class ClaimMarkNode extends MarkNode {
  override $config() {
    return this.config(CLAIM_MARK_TYPE, { extends: MarkNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('claim-mark');
    dom.dataset.claimIds = this.getIDs().join(' ');
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const replaced = super.updateDOM(prevNode, dom, config);
    dom.dataset.claimIds = this.getIDs().join(' ');
    return replaced;
  }

  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createClaimMarkNode(ids: readonly string[]): ClaimMarkNode {
  return $applyNodeReplacement(new ClaimMarkNode(ids));
}

export function $isClaimMarkNode(node: LexicalNode | null | undefined): node is ClaimMarkNode {
  return node instanceof ClaimMarkNode;
}
