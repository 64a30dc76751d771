// What the editor does alike for a card block that holds parts (a gallery its pictures, the notes
// their notes): keeps it holding only its parts, and names its element for screen readers.
import type { ElementNode, Klass, LexicalEditor, LexicalNode } from 'lexical';

/**
 * Anything else that lands in the holder (a paragraph from Enter, a paste) moves out just after it,
 * in order; a holder that cannot be empty goes with its last part (a local removal lets Lexical do
 * that; a merged one from another desk comes here).
 */
export function registerHolderTransform<T extends ElementNode>(
  editor: LexicalEditor,
  holder: Klass<T>,
  isPart: (node: LexicalNode) => boolean,
): () => void {
  return editor.registerNodeTransform(holder, (node) => {
    // From the last child back, so each stray keeps its place in reading order after the holder.
    for (const child of node.getChildren().reverse()) if (!isPart(child)) node.insertAfter(child);
    if (node.getChildrenSize() === 0 && !node.canBeEmpty()) node.remove();
  });
}

/** Sets `attributes` (a role, an accessible name) on every element of `klass`, as each is made. */
export function registerElementAttributes(
  editor: LexicalEditor,
  klass: Klass<LexicalNode>,
  attributes: Record<string, string>,
): () => void {
  return editor.registerMutationListener(klass, (mutations) => {
    for (const [key, mutation] of mutations) {
      if (mutation === 'destroyed') continue;
      const dom = editor.getElementByKey(key);
      for (const [name, value] of Object.entries(attributes)) dom?.setAttribute(name, value);
    }
  });
}
