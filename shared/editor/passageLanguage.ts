// Marking the selected words as written in a language (an English quote in an Indonesian article).
// The innermost passage mark speaks for its words; marks that say nothing new are taken away, so
// marking a passage back in the article's language leaves no mark behind.
import { $unwrapMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark';
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type NodeKey, type RangeSelection } from 'lexical';
import { $createLanguageMarkNode, $isLanguageMarkNode, type LanguageMarkNode } from './nodes/LanguageMarkNode';

/** The language a node's words are in: its innermost passage mark's, else the article's. */
export function $languageAt(node: LexicalNode, articleLanguage: string): string {
  for (let parent = node.getParent(); parent; parent = parent.getParent())
    if ($isLanguageMarkNode(parent) && parent.getLanguage()) return parent.getLanguage();
  return articleLanguage;
}

/** Each text node inside a passage marked as another language → that language (the innermost's). */
export function $passageLanguagesByText(): Map<NodeKey, string> {
  const languages = new Map<NodeKey, string>();
  const visit = (node: LexicalNode, language: string | null) => {
    const here = $isLanguageMarkNode(node) && node.getLanguage() ? node.getLanguage() : language;
    if ($isTextNode(node) && here) languages.set(node.getKey(), here);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child, here);
  };
  visit($getRoot(), null);
  return languages;
}

/** Puts the selected words in `language`. False when nothing is selected. */
export function $setPassageLanguage(selection: RangeSelection, language: string, articleLanguage: string): boolean {
  if (selection.isCollapsed()) return false;
  $wrapSelectionInMarkNode(selection, selection.isBackward(), language, () => $createLanguageMarkNode(language));
  $tidyPassageMarks(articleLanguage);
  return true;
}

/** Takes away the passage marks that say nothing new: inside a passage in their language, or holding only other passages. */
export function $tidyPassageMarks(articleLanguage: string): void {
  for (let pass = 0; pass < 4; pass++) {
    const marks: LanguageMarkNode[] = [];
    const visit = (node: LexicalNode) => {
      if ($isLanguageMarkNode(node)) marks.push(node);
      if ($isElementNode(node)) node.getChildren().forEach(visit);
    };
    visit($getRoot());
    let changed = false;
    for (const mark of marks) {
      if (mark.getChildren().every($isLanguageMarkNode) || mark.getLanguage() === $languageAt(mark, articleLanguage)) {
        $unwrapMarkNode(mark);
        changed = true;
      }
    }
    if (!changed) return;
  }
}
