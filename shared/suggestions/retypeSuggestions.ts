// Changing a block's type as a suggestion (Paragraph, Heading 2, Heading 3, Quote): the block takes
// the new type at once, and remembers the type it had on its node state, so the suggestion travels
// through the live document. Accept keeps the new type; reject brings the old one back; toggling
// back takes it back. All `$` functions: run inside editor.update.
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getState,
  $isElementNode,
  $isParagraphNode,
  $setState,
  createState,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { blockSuggestionState } from './blockSuggestions';
import { moveSuggestionState } from './moveSuggestions';
import { parseRetypeSuggestion, RETYPE_SUGGESTION_KEY, type BlockKind, type RetypeSuggestion } from './retypeSuggestionJson';
import { $nodesWhere } from './nodesWhere';

export const retypeSuggestionState = createState(RETYPE_SUGGESTION_KEY, {
  parse: parseRetypeSuggestion,
  isEqual: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.was === b.was),
});

export function $retypeSuggestion(node: LexicalNode): RetypeSuggestion | null {
  return $isElementNode(node) ? $getState(node, retypeSuggestionState) : null;
}

/** The kind of a paragraph, heading or quote; null for any other node. */
export function $blockKind(node: LexicalNode | null): BlockKind | null {
  if ($isParagraphNode(node)) return 'paragraph';
  if ($isQuoteNode(node)) return 'quote';
  if ($isHeadingNode(node)) {
    const tag = node.getTag();
    return tag === 'h1' ? 'h2' : tag;
  }
  return null;
}

/** A new, empty block of `kind`. */
export function $createBlock(kind: BlockKind): ElementNode {
  if (kind === 'paragraph') return $createParagraphNode();
  if (kind === 'quote') return $createQuoteNode();
  return $createHeadingNode(kind);
}

/** Replaces `block` with a block of `kind`, keeping its words and the other suggestions on it. */
function $retype(block: ElementNode, kind: BlockKind, suggestion: RetypeSuggestion | null): ElementNode {
  const next = $createBlock(kind);
  $setState(next, blockSuggestionState, $getState(block, blockSuggestionState));
  $setState(next, moveSuggestionState, $getState(block, moveSuggestionState));
  $setState(next, retypeSuggestionState, suggestion);
  block.replace(next, true);
  return next;
}

/**
 * The toolbar's Paragraph, Heading 2, Heading 3 or Quote in suggestion mode, over the blocks the
 * selection touches: applying the type the first block has already makes them paragraphs, as when
 * editing. Returns the new suggestion's id, or null when nothing new was suggested.
 */
export function $suggestBlockKind(selection: RangeSelection, kind: BlockKind, newId: () => string): string | null {
  const blocks: ElementNode[] = [];
  for (const node of selection.getNodes()) {
    const block = $findMatchingParent(node, (n) => $blockKind(n) !== null) as ElementNode | null;
    if (block && !blocks.some((b) => b.is(block))) blocks.push(block);
  }
  const first = blocks[0];
  if (!first) return null;
  const target = $blockKind(first) === kind ? 'paragraph' : kind;
  let id: string | null = null;
  for (const block of blocks) {
    const now = $blockKind(block)!;
    if (now === target) continue;
    const existing = $getState(block, retypeSuggestionState);
    const was = existing?.was ?? now;
    if (was === target) $retype(block, target, null);
    else $retype(block, target, existing ?? { id: (id ??= newId()), was });
  }
  return id;
}

/** Every block whose type a pending suggestion changes (the suggestion `id`'s, when given), in document order. */
export function $retypedBlocks(id?: string): ElementNode[] {
  return $nodesWhere((node): node is ElementNode => {
    const suggestion = $retypeSuggestion(node);
    return suggestion !== null && (id === undefined || suggestion.id === id);
  });
}

/** Accepts (the new type stays) or rejects (the old one comes back) the suggestion `id`. */
export function $resolveRetypeSuggestion(id: string, accept: boolean): void {
  for (const block of $retypedBlocks(id)) {
    const suggestion = $getState(block, retypeSuggestionState);
    if (accept || !suggestion) $setState(block, retypeSuggestionState, null);
    else $retype(block, suggestion.was, null);
  }
}
