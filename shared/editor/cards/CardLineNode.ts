// A card's element: a line of text beside its main block (a table's caption, a pull quote, its
// attribution, a footnote) or a block holding a card's parts (a gallery's pictures, the notes),
// drawn as its tag with its class, never indented. A line may be empty; a holder overrides
// canBeEmpty and goes with its last part. Each kind says its type, its element, and where Enter
// goes. (Methods, not fields: the live document syncs a node's own fields.)
import { ElementNode, type EditorConfig } from 'lexical';

export abstract class CardLineNode extends ElementNode {
  /** The editing element: its tag and class. */
  protected abstract element(): { tag: string; className: string };

  override createDOM(_config: EditorConfig): HTMLElement {
    const { tag, className } = this.element();
    const dom = document.createElement(tag);
    dom.className = className;
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override canIndent(): boolean {
    return false;
  }
}
