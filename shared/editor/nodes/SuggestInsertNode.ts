// Words someone suggested adding (suggestion mode): a MarkNode whose id is the suggestion's. Shown
// underlined in the author's colour until accepted (the mark goes, the words stay) or rejected (both
// go). Never copied, never published (a public page shows the text as if it were rejected).
import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, type EditorConfig, type LexicalNode, type RangeSelection } from 'lexical';

export const SUGGEST_INSERT_TYPE = 'suggest-insert';

export class SuggestInsertNode extends MarkNode {
  override $config() {
    return this.config(SUGGEST_INSERT_TYPE, { extends: MarkNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('suggest-insert');
    dom.dataset.suggestionIds = this.getIDs().join(' ');
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const replaced = super.updateDOM(prevNode, dom, config);
    dom.dataset.suggestionIds = this.getIDs().join(' ');
    return replaced;
  }

  /** Enter inside the mark: its second half is the same kind of mark (MarkNode's own would be a claim mark here). */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): SuggestInsertNode {
    const next = $createSuggestInsertNode(this.getIDs());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createSuggestInsertNode(ids: readonly string[]): SuggestInsertNode {
  return $applyNodeReplacement(new SuggestInsertNode(ids));
}

export function $isSuggestInsertNode(node: LexicalNode | null | undefined): node is SuggestInsertNode {
  return node instanceof SuggestInsertNode;
}
