// Making embeds in the editor: from Insert (an empty card, its link field focused) or from a post's
// or video's link pasted on an empty line (a card holding it).
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { canonicalEmbedUrl } from '../../../shared/editor/cards/embed/embedJson';
import { $createEmbedNode, type EmbedNode } from '../../../shared/editor/cards/embed/EmbedNode';

/** Cards made just now by Insert, whose link field takes the focus once, when it first renders. */
const justInserted = new Set<NodeKey>();

export function takeJustInserted(key: NodeKey): boolean {
  return justInserted.delete(key);
}

/** An empty embed card after `block` (or at the end), with a paragraph after it to go on writing. */
export function $insertEmbedAfter(block: LexicalNode | null): EmbedNode {
  const embed = $createEmbedNode();
  if (block) block.insertAfter(embed);
  else $getRoot().append(embed);
  if (!embed.getNextSibling()) embed.insertAfter($createParagraphNode());
  justInserted.add(embed.getKey());
  return embed;
}

/**
 * A pasted link to a post or video on an empty line becomes its card (true); anywhere else it is
 * pasted as it is (false), as a link in a sentence should be.
 */
export function $pasteEmbedLink(text: string): boolean {
  const embed = canonicalEmbedUrl(text.trim());
  if (!embed || /\s/.test(text.trim())) return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const anchor = selection.anchor.getNode();
  const block = $isParagraphNode(anchor) ? anchor : anchor.getParent();
  if (!$isParagraphNode(block) || block.getTextContent().trim() !== '') return false;
  const card = $createEmbedNode({ url: embed.url });
  block.insertBefore(card);
  block.selectStart();
  return true;
}
