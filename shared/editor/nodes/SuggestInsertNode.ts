// Words someone suggested adding (suggestion mode): a MarkNode whose id is the suggestion's. Shown
// underlined in the author's colour until accepted (the mark goes, the words stay) or rejected (both
// go). Never copied, never published (a public page shows the text as if it were rejected).
import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, type EditorConfig, type LexicalNode } from 'lexical';

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
