// Making paragraphs (headings, quotes) a bulleted or numbered list as a suggestion: the blocks become
// items of a new list at once, each remembering the type it had on its node state (the same
// `suggestRetype` state a change of type uses), so the suggestion travels through the live document.
// Accept keeps the list; reject brings each block back where its item stands (splitting the list
// around it when needed); a public page shows the blocks. Items already in a list are not changed.
// All `$` functions: run inside editor.update.
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListNode, type ListType } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import { $getState, $setState, type ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { blockSuggestionState } from './blockSuggestions';
import { moveSuggestionState } from './moveSuggestions';
import type { BlockKind, ListKind } from './retypeSuggestionJson';
import { $blockKind, $createBlock, $retypedBlocks, retypeSuggestionState } from './retypeSuggestions';

const LIST_TYPES: Record<ListKind, ListType> = { bullet: 'bullet', number: 'number' };

/**
 * A block that can become a suggested list item: not in a list already, and not carrying a change of
 * type or a moved section's place, which its item could not keep (those wait for their decision first).
 */
function $listable(block: ElementNode): boolean {
  return (
    !$isListItemNode(block.getParent()) &&
    $getState(block, retypeSuggestionState) === null &&
    $getState(block, moveSuggestionState) === null
  );
}

/**
 * The toolbar's Bulleted or Numbered list in suggestion mode, over the paragraphs, headings and
 * quotes the selection touches (each run of neighbouring blocks becomes one list). Returns the new
 * suggestion's id, or null when nothing could be made a list.
 */
export function $suggestList(selection: RangeSelection, kind: ListKind, newId: () => string): string | null {
  const blocks: ElementNode[] = [];
  for (const node of selection.getNodes()) {
    const block = $findMatchingParent(node, (n) => $blockKind(n) !== null) as ElementNode | null;
    if (block && $listable(block) && !blocks.some((b) => b.is(block))) blocks.push(block);
  }
  if (blocks.length === 0) return null;
  const id = newId();
  let list: ListNode | null = null;
  let previous: ElementNode | null = null;
  for (const block of blocks) {
    // A new list for each run of blocks side by side.
    if (!list || !previous || !previous.getNextSibling()?.is(block)) {
      list = $createListNode(LIST_TYPES[kind]);
      block.insertBefore(list);
    }
    const item = $createListItemNode();
    $setState(item, retypeSuggestionState, { id, was: $blockKind(block)! });
    $setState(item, blockSuggestionState, $getState(block, blockSuggestionState));
    item.append(...block.getChildren());
    list.append(item);
    previous = list;
    block.remove();
  }
  return id;
}

/**
 * Rejecting a suggested list item: the block it was comes back where the item stands, outside the
 * list (which splits around it, and goes when it has no items left).
 */
function $listItemBack(item: ElementNode, was: BlockKind): void {
  const list = item.getParent();
  const block = $createBlock(was);
  $setState(block, blockSuggestionState, $getState(item, blockSuggestionState));
  block.append(...item.getChildren());
  if (!$isListNode(list)) {
    item.replace(block);
    return;
  }
  const after = item.getNextSiblings();
  if (after.length > 0) {
    const rest = $createListNode(list.getListType(), list.getStart());
    rest.append(...after);
    list.insertAfter(rest);
  }
  list.insertAfter(block);
  item.remove();
  if (list.getChildrenSize() === 0) list.remove();
}

/** The list kind of a suggested list item (its list's), or null for any other node. */
export function $listKindOf(node: LexicalNode): ListKind | null {
  const list = $isListItemNode(node) ? node.getParent() : null;
  if (!$isListNode(list)) return null;
  return list.getListType() === 'number' ? 'number' : 'bullet';
}

/** Accepts (the items stay) or rejects (the blocks come back) the list items of suggestion `id`. */
export function $resolveListSuggestion(id: string, accept: boolean): void {
  for (const item of $retypedBlocks(id)) {
    if (!$isListItemNode(item)) continue;
    const suggestion = $getState(item, retypeSuggestionState)!;
    if (accept) $setState(item, retypeSuggestionState, null);
    else $listItemBack(item, suggestion.was);
  }
}
