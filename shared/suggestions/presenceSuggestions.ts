// Inserting or deleting a whole block as a suggestion: a section, quote or card (a table, a picture,
// an embed, a gallery, a pull quote and its attribution, a footnote's reference and note) inserted
// while suggesting is there at once and says so on its node state; a section deleted while
// suggesting stays, marked for removal, until someone accepts. Accept keeps the new block (or removes the old one); reject
// removes the new block (or keeps the old one). Words typed into one's own new block are simply part
// of it. All `$` functions: run inside editor.update.
import { $findMatchingParent } from '@lexical/utils';
import { $getState, $isDecoratorNode, $isElementNode, $setState, createState, type LexicalNode } from 'lexical';
import { parsePresenceSuggestion, PRESENCE_SUGGESTION_KEY, type PresenceSuggestion } from './presenceSuggestionJson';
import { $nodesWhere } from './nodesWhere';

export const presenceSuggestionState = createState(PRESENCE_SUGGESTION_KEY, {
  parse: parsePresenceSuggestion,
  isEqual: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.kind === b.kind),
});

export function $presenceSuggestion(node: LexicalNode): PresenceSuggestion | null {
  return $getState(node, presenceSuggestionState);
}

/** Marks `nodes` (just inserted: a block, or a card and what comes with it) as suggested in by one new suggestion; returns its id. */
export function $markInserted(nodes: LexicalNode | readonly LexicalNode[], newId: () => string): string {
  const suggestion: PresenceSuggestion = { id: newId(), kind: 'inserted' };
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) $setState(node as LexicalNode, presenceSuggestionState, suggestion);
  return suggestion.id;
}

/** The suggestion that put `node` (or the block or card holding it) in, if any: a picture in a suggested gallery is part of it. */
export function $insertionOf(node: LexicalNode): string | null {
  for (let at: LexicalNode | null = node; at; at = at.getParent()) {
    const suggestion = $presenceSuggestion(at);
    if (suggestion?.kind === 'inserted') return suggestion.id;
  }
  return null;
}

/**
 * Deleting a block or card (with what came with it: a pull quote's attribution) as a suggestion:
 * one's own suggested block (or one inside it) simply goes; any other stays, marked for removal; one already suggested
 * in or out by someone else is left as it is. Returns the new suggestion's id, or null.
 */
export function $suggestRemoval(
  nodes: LexicalNode | readonly LexicalNode[],
  newId: () => string,
  isMine: (id: string) => boolean,
): string | null {
  const all: readonly LexicalNode[] = Array.isArray(nodes) ? nodes : [nodes];
  // One's own: suggested in by this person, or inside a section they suggested in.
  const insertion = $insertionOf(all[0]!);
  if (insertion !== null && isMine(insertion)) {
    for (const node of all) node.remove();
    return null;
  }
  if ($presenceSuggestion(all[0]!)) return null;
  const suggestion: PresenceSuggestion = { id: newId(), kind: 'removed' };
  for (const node of all) $setState(node, presenceSuggestionState, suggestion);
  return suggestion.id;
}

/** The block `node` is in that the person suggested in themselves, if any (their words there are plain). */
export function $ownInsertedBlock(node: LexicalNode, isMine: (id: string) => boolean): LexicalNode | null {
  return $findMatchingParent(node, (n) => {
    const suggestion = $presenceSuggestion(n);
    return suggestion?.kind === 'inserted' && isMine(suggestion.id);
  });
}

/** The blocks and cards suggested in or out (by suggestion `id`, when given), in document order. */
export function $presenceBlocks(id?: string): LexicalNode[] {
  return $nodesWhere((node): node is LexicalNode => {
    const suggestion = $presenceSuggestion(node);
    return suggestion !== null && (id === undefined || suggestion.id === id);
  });
}

export function $resolvePresenceSuggestion(id: string, accept: boolean): void {
  for (const block of $presenceBlocks(id)) {
    const { kind } = $getState(block, presenceSuggestionState)!;
    if ((kind === 'inserted') !== accept) block.remove();
    else {
      $setState(block, presenceSuggestionState, null);
      // A gallery's pictures take their author's edits from the gallery's suggestion: drawn again,
      // accepted, they are read-only while suggesting like any other picture.
      if ($isElementNode(block)) for (const child of block.getChildren()) if ($isDecoratorNode(child)) child.markDirty();
    }
  }
}
