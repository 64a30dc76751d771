// Editing operations on sections: insert at the cursor, move up/down, collapse, delete.
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isRootNode,
  $parseSerializedNode,
  createCommand,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import { emptySlot, INLINE_SPEC } from '../../../shared/editor/imageSlot';
import { $createImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { $isSectionNode, type SectionNode } from '../../../shared/editor/nodes/SectionNode';
import { sectionNode } from '../../../shared/templates/instantiateTemplate';
import { section, type SectionBlock } from '../../../shared/templates/templateSchema';
import { $insertTableAfter } from '../table/tableCommands';
import { $insertEmbedAfter } from '../embed/embedCommands';
import { $insertGalleryAfter } from '../gallery/galleryCommands';
import { $insertFootnote } from '../footnotes/footnoteCommands';
import { $createPullQuoteNode, type PullQuoteNode } from '../../../shared/editor/cards/pullQuote/PullQuoteNode';
import { $createPullQuoteCiteNode } from '../../../shared/editor/cards/pullQuote/PullQuoteCiteNode';

export type InsertKind =
  'numbered' | 'plain' | 'image-section' | 'quote' | 'pull-quote' | 'related' | 'image' | 'table' | 'embed' | 'gallery' | 'footnote';

/** What Insert offers, in the menu's order. */
export const INSERT_KINDS: readonly InsertKind[] = [
  'numbered',
  'plain',
  'image-section',
  'quote',
  'pull-quote',
  'related',
  'image',
  'table',
  'embed',
  'gallery',
  'footnote',
];

const g = (en: string, id: string) => ({ en, id });
const HEADING = g('Section heading', 'Judul bagian');
const TEXT = g('Section text', 'Isi bagian');

const SECTION_BLOCKS: Record<'numbered' | 'plain' | 'image-section' | 'related', SectionBlock> = {
  numbered: section({ role: 'section', numbered: true, required: false, titleGuidance: HEADING, bodyGuidance: TEXT }),
  plain: section({ role: 'section', required: false, titleGuidance: HEADING, bodyGuidance: TEXT }),
  'image-section': section({ role: 'section', required: false, image: INLINE_SPEC, titleGuidance: HEADING, bodyGuidance: TEXT }),
  related: section({
    role: 'related',
    required: false,
    title: g('Related', 'Baca juga'),
    bodyGuidance: g('Links to related stories', 'Tautan ke berita terkait'),
  }),
};

/** The block holding the cursor, as a direct child of the root or of a section. */
function $blockAt(node: LexicalNode): LexicalNode | null {
  return $findMatchingParent(node, (n) => {
    const parent = n.getParent();
    return parent !== null && ($isRootNode(parent) || $isSectionNode(parent));
  });
}

/** Inserts a block of `kind` at the cursor (a footnote: its reference there, its note at the end); returns it, or null when it cannot go there. */
export function $insertAtCursor(kind: InsertKind, language: string): LexicalNode | null {
  if (kind === 'footnote') return $insertFootnote();
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  if (kind === 'table') return $insertTableAfter(anchor ? $blockAt(anchor) : null);
  if (kind === 'pull-quote') return $insertPullQuoteAfter(anchor ? $blockAt(anchor) : null);
  if (kind === 'embed') return $insertEmbedAfter(anchor ? $blockAt(anchor) : null);
  if (kind === 'gallery') return $insertGalleryAfter(anchor ? $blockAt(anchor) : null);
  if (kind === 'quote' || kind === 'image') {
    // Quotes and images go right after the current block, inside the current section if there is one.
    const block = anchor ? $blockAt(anchor) : null;
    const node = kind === 'quote' ? $createQuoteNode() : $createImageSlotNode(emptySlot(INLINE_SPEC));
    if (block) block.insertAfter(node);
    else $getRoot().append(node);
    if (kind === 'quote') {
      node.selectStart();
    } else {
      const next = $createParagraphNode();
      node.insertAfter(next);
      next.select();
    }
    return node;
  }
  const created = $parseSerializedNode(sectionNode(SECTION_BLOCKS[kind], language) as unknown as SerializedLexicalNode) as SectionNode;
  if (kind === 'related') {
    const list = $createListNode('bullet');
    list.append($createListItemNode());
    created.getLastChild()?.replace(list);
  }
  // A new section never lands inside another: it follows the section (or top-level block) at the cursor.
  const after = anchor ? ($findMatchingParent(anchor, $isSectionNode) ?? anchor.getTopLevelElement()) : null;
  if (after) after.insertAfter(created);
  else $getRoot().append(created);
  created.selectStart();
  return created;
}

/** Moves a section past its neighbour; the numbers follow by themselves. */
/**
 * Move a section one place up or down: from the keyboard and the outline alike, so that suggestion
 * mode can make the move a suggestion (its handler runs first) instead of moving it outright.
 */
export const MOVE_SECTION_COMMAND = createCommand<{ key: NodeKey; direction: -1 | 1 }>('MOVE_SECTION');

export function $moveSection(key: NodeKey, direction: -1 | 1): boolean {
  const node = $getNodeByKey(key);
  if (!$isSectionNode(node)) return false;
  const neighbour = direction < 0 ? node.getPreviousSibling() : node.getNextSibling();
  if (!neighbour) return false;
  if (direction < 0) neighbour.insertBefore(node);
  else neighbour.insertAfter(node);
  return true;
}

export function $toggleCollapsed(key: NodeKey): void {
  const node = $getNodeByKey(key);
  if ($isSectionNode(node)) node.setCollapsed(!node.isCollapsed());
}

export function $deleteSection(key: NodeKey): void {
  const node = $getNodeByKey(key);
  if ($isSectionNode(node)) node.remove();
}

export function $sectionAtSelection(): SectionNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const found = $findMatchingParent(selection.anchor.getNode(), $isSectionNode);
  return $isSectionNode(found) ? found : null;
}

/** A pull quote and its attribution after `block` (or at the end), the cursor in the quote (Enter after the attribution goes on with the story). */
function $insertPullQuoteAfter(block: LexicalNode | null): PullQuoteNode {
  const quote = $createPullQuoteNode();
  const cite = $createPullQuoteCiteNode();
  if (block) block.insertAfter(quote);
  else $getRoot().append(quote);
  quote.insertAfter(cite);
  quote.selectStart();
  return quote;
}
