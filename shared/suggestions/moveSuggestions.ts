// Moving a section as a suggestion: the section moves at once (so the draft reads as it would), and
// the block it stood next to remembers where it was, both on their node state, so the suggestion
// travels through the live document. Accept leaves it where it is; reject puts it back. All `$`
// functions: run inside editor.update.
import { $getRoot, $getState, $setState, createState, type LexicalNode } from 'lexical';
import { $isSectionNode, type SectionNode } from '../editor/nodes/SectionNode';
import { MOVE_SUGGESTION_KEY, parseMoveSuggestion, type MoveSuggestion } from './moveSuggestionJson';

export const moveSuggestionState = createState(MOVE_SUGGESTION_KEY, {
  parse: parseMoveSuggestion,
  isEqual: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.role === b.role),
});

export function $moveSuggestion(node: LexicalNode): MoveSuggestion | null {
  return $getState(node, moveSuggestionState);
}

function $set(node: LexicalNode, value: MoveSuggestion | null): void {
  $setState(node, moveSuggestionState, value);
}

/** The moved section and the block it stood next to, for the move suggestion `id`. */
function $partsOf(id: string): { moved: LexicalNode | null; anchor: LexicalNode | null } {
  let moved: LexicalNode | null = null;
  let anchor: LexicalNode | null = null;
  for (const node of $getRoot().getChildren()) {
    const suggestion = $moveSuggestion(node);
    if (suggestion?.id !== id) continue;
    if (suggestion.role === 'moved') moved = node;
    else anchor = node;
  }
  return { moved, anchor };
}

/** Whether `moved` stands where it stood before, beside `anchor`. */
function $isHome(moved: LexicalNode, anchor: LexicalNode): boolean {
  const role = $moveSuggestion(anchor)?.role;
  return role === 'before' ? (moved.getNextSibling()?.is(anchor) ?? false) : (moved.getPreviousSibling()?.is(anchor) ?? false);
}

export type MoveOutcome = 'suggested' | 'moved' | 'taken back' | 'cannot';

/**
 * Alt+Shift+↑/↓ or the outline's arrows in suggestion mode. A first move makes the suggestion; the
 * author's further moves carry it along, and back where it stood it is taken back. A section that
 * someone else's move suggestion is about, or marks the place of, is not moved ("cannot").
 */
export function $suggestMoveSection(
  section: SectionNode,
  direction: -1 | 1,
  who: { newId(): string; isMine(id: string): boolean },
): MoveOutcome {
  const neighbour = direction < 0 ? section.getPreviousSibling() : section.getNextSibling();
  if (!neighbour) return 'cannot';
  const swap = () => (direction < 0 ? neighbour.insertBefore(section) : neighbour.insertAfter(section));
  const current = $moveSuggestion(section);
  if (current) {
    if (current.role !== 'moved' || !who.isMine(current.id)) return 'cannot';
    swap();
    const { anchor } = $partsOf(current.id);
    if (anchor && $isHome(section, anchor)) {
      $set(section, null);
      $set(anchor, null);
      return 'taken back';
    }
    return 'moved';
  }
  const next = section.getNextSibling();
  const anchor = next ?? section.getPreviousSibling();
  if (!anchor || $moveSuggestion(anchor)) return 'cannot';
  const id = who.newId();
  $set(section, { id, role: 'moved' });
  $set(anchor, { id, role: next ? 'before' : 'after' });
  swap();
  return 'suggested';
}

/** Every section moved by a pending suggestion, with its id, in document order. */
export function $movedSections(): Array<{ section: SectionNode; id: string }> {
  return $getRoot()
    .getChildren()
    .flatMap((node) => {
      const suggestion = $moveSuggestion(node);
      return $isSectionNode(node) && suggestion?.role === 'moved' ? [{ section: node, id: suggestion.id }] : [];
    });
}

/** Accepts (it stays where it is now) or rejects (it goes back) the move suggestion `id`. */
export function $resolveMoveSuggestion(id: string, accept: boolean): void {
  const { moved, anchor } = $partsOf(id);
  if (!accept && moved && anchor) {
    if ($moveSuggestion(anchor)?.role === 'before') anchor.insertBefore(moved);
    else anchor.insertAfter(moved);
  }
  if (moved) $set(moved, null);
  if (anchor) $set(anchor, null);
}
