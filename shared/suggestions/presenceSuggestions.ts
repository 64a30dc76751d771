// Inserting or deleting a whole block as a suggestion: a section or quote inserted while suggesting
// is there at once and says so on its node state; a section deleted while suggesting stays, marked
// for removal, until someone accepts. Accept keeps the new block (or removes the old one); reject
// removes the new block (or keeps the old one). Words typed into one's own new block are simply part
// of it. All `$` functions: run inside editor.update.
import { $findMatchingParent } from '@lexical/utils';
import { $getState, $isElementNode, $setState, createState, type ElementNode, type LexicalNode } from 'lexical';
import { parsePresenceSuggestion, PRESENCE_SUGGESTION_KEY, type PresenceSuggestion } from './presenceSuggestionJson';
import { $nodesWhere } from './nodesWhere';

export const presenceSuggestionState = createState(PRESENCE_SUGGESTION_KEY, {
  parse: parsePresenceSuggestion,
  isEqual: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.kind === b.kind),
});

export function $presenceSuggestion(node: LexicalNode): PresenceSuggestion | null {
  return $isElementNode(node) ? $getState(node, presenceSuggestionState) : null;
}

/** Marks `block` (just inserted) as suggested in by a new suggestion; returns its id. */
export function $markInserted(block: ElementNode, newId: () => string): string {
  const suggestion: PresenceSuggestion = { id: newId(), kind: 'inserted' };
  $setState(block, presenceSuggestionState, suggestion);
  return suggestion.id;
}

/**
 * Deleting `block` as a suggestion: one's own suggested block simply goes; any other stays, marked
 * for removal. Returns the new suggestion's id, or null.
 */
export function $suggestRemoval(block: ElementNode, newId: () => string, isMine: (id: string) => boolean): string | null {
  const existing = $getState(block, presenceSuggestionState);
  if (existing?.kind === 'inserted' && isMine(existing.id)) {
    block.remove();
    return null;
  }
  if (existing) return null;
  const suggestion: PresenceSuggestion = { id: newId(), kind: 'removed' };
  $setState(block, presenceSuggestionState, suggestion);
  return suggestion.id;
}

/** The block `node` is in that the person suggested in themselves, if any (their words there are plain). */
export function $ownInsertedBlock(node: LexicalNode, isMine: (id: string) => boolean): ElementNode | null {
  return $findMatchingParent(node, (n) => {
    const suggestion = $presenceSuggestion(n);
    return suggestion?.kind === 'inserted' && isMine(suggestion.id);
  }) as ElementNode | null;
}

/** The blocks suggested in or out (by suggestion `id`, when given), in document order. */
export function $presenceBlocks(id?: string): ElementNode[] {
  return $nodesWhere((node): node is ElementNode => {
    const suggestion = $presenceSuggestion(node);
    return suggestion !== null && (id === undefined || suggestion.id === id);
  });
}

export function $resolvePresenceSuggestion(id: string, accept: boolean): void {
  for (const block of $presenceBlocks(id)) {
    const { kind } = $getState(block, presenceSuggestionState)!;
    if ((kind === 'inserted') !== accept) block.remove();
    else $setState(block, presenceSuggestionState, null);
  }
}
