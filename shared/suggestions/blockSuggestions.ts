// A suggested paragraph split or join, kept on the block itself (a node state, so it travels through
// the live document like any other property and merges offline): the second half of a suggested
// split says "split off by suggestion X"; a block suggested to join the one before it says "join,
// by X". Rejecting a split joins the halves again; accepting a join joins them. All `$` functions:
// run inside editor.update.
import { BLOCK_SUGGESTION_KEY, parseBlockSuggestion, type BlockSuggestion } from './blockSuggestionJson';
import { $getRoot, $getState, $isElementNode, $setState, createState, type ElementNode, type LexicalNode } from 'lexical';

export const blockSuggestionState = createState(BLOCK_SUGGESTION_KEY, {
  parse: parseBlockSuggestion,
  isEqual: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.kind === b.kind),
});

/** Blocks whose break can be suggested: text blocks, not sections, titles, images or lists themselves. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem']);

export function $isTextBlock(node: LexicalNode | null | undefined): node is ElementNode {
  return $isElementNode(node) && TEXT_BLOCKS.has(node.getType());
}

export function $blockSuggestion(node: LexicalNode): BlockSuggestion | null {
  return $isElementNode(node) ? $getState(node, blockSuggestionState) : null;
}

/** Joins `block` onto the block before it (its words appended there); an empty block before gives way instead. */
function $joinToPrevious(block: ElementNode): void {
  const before = block.getPreviousSibling();
  $setState(block, blockSuggestionState, null);
  if (!$isTextBlock(before)) return;
  if (before.getTextContentSize() === 0) {
    before.remove();
    return;
  }
  before.append(...block.getChildren());
  block.remove();
}

/**
 * Marks `block` as split off from the block before it by suggestion `id` (the split itself has
 * happened: Enter was pressed).
 */
export function $markSplit(block: ElementNode, id: string): void {
  const suggestion: BlockSuggestion = { id, kind: 'split' };
  $setState(block, blockSuggestionState, suggestion);
}

/**
 * Backspace at a block's start (or Delete at the end of the one before): suggests joining `block`
 * to the block before it. The author's own suggested split there is simply taken back. Returns null
 * when they cannot be joined (not two text blocks side by side, or another suggestion is there),
 * else the new suggestion's id (null when a split was taken back).
 */
export function $suggestJoin(
  block: LexicalNode | null,
  who: { newId(): string; isMine(id: string): boolean },
): { id: string | null } | null {
  if (!$isTextBlock(block) || !$isTextBlock(block.getPreviousSibling())) return null;
  const existing = $blockSuggestion(block);
  if (existing?.kind === 'split' && who.isMine(existing.id)) {
    $joinToPrevious(block);
    return { id: null };
  }
  if (existing) return null;
  const id = who.newId();
  const suggestion: BlockSuggestion = { id, kind: 'join' };
  $setState(block, blockSuggestionState, suggestion);
  return { id };
}

/** Every block carrying a suggestion, in document order. */
export function $suggestedBlocks(): Array<{ block: ElementNode; suggestion: BlockSuggestion }> {
  const out: Array<{ block: ElementNode; suggestion: BlockSuggestion }> = [];
  const visit = (node: LexicalNode) => {
    if (!$isElementNode(node)) return;
    const suggestion = $getState(node, blockSuggestionState);
    if (suggestion) out.push({ block: node, suggestion });
    node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return out;
}

/** Accepts or rejects the block suggestion `id`, if there is one. */
export function $resolveBlockSuggestion(id: string, accept: boolean): void {
  for (const { block, suggestion } of $suggestedBlocks()) {
    if (suggestion.id !== id) continue;
    const joins = suggestion.kind === 'join' ? accept : !accept;
    if (joins) $joinToPrevious(block);
    else $setState(block, blockSuggestionState, null);
  }
}
