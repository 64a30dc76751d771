// A passage in another language than the article's (an English quote in an Indonesian story): a
// MarkNode whose one id is the passage's language tag ("en"). As a mark it follows edits to its
// words, splits on Enter and wraps any selection the way claim marks do. The innermost one speaks
// for its words: spelling checks them in that language, and publication says it (`<span lang>`),
// so screen readers and translation tools read the quote right. Copied with the words it marks.
import { MarkNode } from '@lexical/mark';
import {
  $applyNodeReplacement,
  $isRangeSelection,
  type BaseSelection,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';

export const LANGUAGE_MARK_TYPE = 'lang-mark';

export class LanguageMarkNode extends MarkNode {
  override $config() {
    return this.config(LANGUAGE_MARK_TYPE, { extends: MarkNode });
  }

  /** The passage's language tag. */
  getLanguage(): string {
    return this.getIDs()[0] ?? '';
  }

  /** A span, not MarkNode's <mark>: the words are not highlighted, only said to be in a language. */
  override createDOM(): HTMLElement {
    const dom = document.createElement('span');
    dom.className = 'lang-mark';
    if (this.getLanguage()) dom.lang = this.getLanguage();
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const replaced = super.updateDOM(prevNode, dom, config);
    if (this.getLanguage()) dom.lang = this.getLanguage();
    else dom.removeAttribute('lang');
    return replaced;
  }

  /** Any of its words copied in Redaksi keep their language (MarkNode's own copies it only when wholly selected). */
  override extractWithChild(_child: LexicalNode, selection: BaseSelection | null, destination: 'clone' | 'html'): boolean {
    return destination === 'clone' && $isRangeSelection(selection);
  }

  /** Enter inside the passage: its second half is in the same language. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LanguageMarkNode {
    const next = $createLanguageMarkNode(this.getLanguage());
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createLanguageMarkNode(language: string): LanguageMarkNode {
  return $applyNodeReplacement(new LanguageMarkNode([language]));
}

export function $isLanguageMarkNode(node: LexicalNode | null | undefined): node is LanguageMarkNode {
  return node instanceof LanguageMarkNode;
}
