// A review comment anchored in the text: a MarkNode whose ids are comment thread ids. Like claim
// marks, it follows edits to its words, splits on Enter, nests with other marks, and is never
// copied (pasted text arrives without it). Publication unwraps it: comments never leave the desk.
import { MarkNode } from '@lexical/mark';
import { $applyNodeReplacement, type EditorConfig, type LexicalNode, type RangeSelection } from 'lexical';

export const COMMENT_MARK_TYPE = 'comment-mark';

export class CommentMarkNode extends MarkNode {
  override $config() {
    return this.config(COMMENT_MARK_TYPE, { extends: MarkNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('comment-mark');
    dom.dataset.commentIds = this.getIDs().join(' ');
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const replaced = super.updateDOM(prevNode, dom, config);
    dom.dataset.commentIds = this.getIDs().join(' ');
    return replaced;
  }

  /** Enter inside the mark: its second half is the same kind of mark (MarkNode's own would be a claim mark here). */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): CommentMarkNode {
    const next = $createCommentMarkNode(this.getIDs());
    this.insertAfter(next, restoreSelection);
    return next;
  }

  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createCommentMarkNode(ids: readonly string[]): CommentMarkNode {
  return $applyNodeReplacement(new CommentMarkNode(ids));
}

export function $isCommentMarkNode(node: LexicalNode | null | undefined): node is CommentMarkNode {
  return node instanceof CommentMarkNode;
}
