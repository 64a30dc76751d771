// Words someone suggested cutting (suggestion mode): a MarkNode whose id is the suggestion's. Shown
// struck through and still readable until accepted (the words go) or rejected (the mark goes, the
// words stay). Never copied; a public page shows the words (as if the suggestion were rejected).
import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, type EditorConfig, type LexicalNode, type RangeSelection } from 'lexical';

export const SUGGEST_DELETE_TYPE = 'suggest-delete';

export class SuggestDeleteNode extends MarkNode {
  override $config() {
    return this.config(SUGGEST_DELETE_TYPE, { extends: MarkNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('suggest-delete');
    dom.dataset.suggestionIds = this.getIDs().join(' ');
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const replaced = super.updateDOM(prevNode, dom, config);
    dom.dataset.suggestionIds = this.getIDs().join(' ');
    return replaced;
  }

  /** Enter inside the mark: its second half is the same kind of mark (MarkNode's own would be a claim mark here). */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): SuggestDeleteNode {
    const next = $createSuggestDeleteNode(this.getIDs());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createSuggestDeleteNode(ids: readonly string[]): SuggestDeleteNode {
  return $applyNodeReplacement(new SuggestDeleteNode(ids));
}

export function $isSuggestDeleteNode(node: LexicalNode | null | undefined): node is SuggestDeleteNode {
  return node instanceof SuggestDeleteNode;
}
