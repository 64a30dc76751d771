// The card that Backspace (before the caret) or Delete (after it) reaches from the edge of a block
// or from between blocks: a picture, a gallery, a table, an embed or a pull quote (with its
// attribution). While suggesting, that key suggests the card's removal. Run inside editor.update.
import { $isTableNode } from '@lexical/table';
import { $isRootNode, type LexicalNode, type RangeSelection } from 'lexical';
import { $isEmbedNode } from '../../../shared/editor/cards/embed/EmbedNode';
import { $isGalleryNode } from '../../../shared/editor/cards/gallery/GalleryNode';
import { $isImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { $isPullQuoteCiteNode } from '../../../shared/editor/cards/pullQuote/PullQuoteCiteNode';
import { $isPullQuoteNode } from '../../../shared/editor/cards/pullQuote/PullQuoteNode';
import { $isSectionNode } from '../../../shared/editor/nodes/SectionNode';
import { $isTextBlock } from '../../../shared/suggestions/blockSuggestions';
import { $blockOf, $extendByCharacter } from '../../../shared/suggestions/suggestionEdits';

function $isCard(node: LexicalNode | null): node is LexicalNode {
  return $isImageSlotNode(node) || $isGalleryNode(node) || $isTableNode(node) || $isEmbedNode(node) || $isPullQuoteNode(node);
}

/** The card next to a collapsed caret in the key's direction, if the caret is at a block's edge (or between blocks). */
export function $cardBeside(selection: RangeSelection, isBackward: boolean): LexicalNode | null {
  // Not while there is a character to delete in the block first.
  if (!selection.isCollapsed() || $extendByCharacter(selection.clone(), isBackward)) return null;
  const { focus } = selection;
  const at = focus.getNode();
  let neighbour: LexicalNode | null;
  if (focus.type === 'element' && ($isRootNode(at) || $isSectionNode(at))) {
    // Between two blocks (the caret beside a card).
    neighbour = at.getChildAtIndex(isBackward ? focus.offset - 1 : focus.offset);
  } else {
    // From a paragraph's (heading's, quote's) edge; not from inside a card (between a gallery's pictures).
    const block = $blockOf(at);
    if (!$isTextBlock(block)) return null;
    neighbour = isBackward ? block.getPreviousSibling() : block.getNextSibling();
  }
  // A pull quote's attribution is reached first going back; the card is the quote before it.
  if ($isPullQuoteCiteNode(neighbour)) neighbour = neighbour.getPreviousSibling();
  return $isCard(neighbour) ? neighbour : null;
}
