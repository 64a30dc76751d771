// Finding and making claim anchors in the live editor.
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { $createRangeSelection, $isElementNode, $setSelection, type LexicalEditor, type LexicalNode, type RangeSelection } from 'lexical';
import { $createClaimMarkNode, $isClaimMarkNode, type ClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';
import { $marksWith, anchoredTexts, selectMarked } from '../markAnchors';

export function $wrapInClaim(selection: RangeSelection, id: string): void {
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id, (ids) => $createClaimMarkNode(ids));
}

/** All marks carrying a claim id, in document order. */
export function $marksFor(id: string): ClaimMarkNode[] {
  return $marksWith($isClaimMarkNode, id);
}

/** Ids of claims anchored in the editor now (a claim with none is an orphan). */
export function anchoredIds(editor: LexicalEditor): Map<string, string> {
  return anchoredTexts(editor, $isClaimMarkNode);
}

/** Selects a claim's text in the editor and scrolls to it. */
export function selectClaim(editor: LexicalEditor, id: string): void {
  selectMarked(editor, $isClaimMarkNode, id);
}

/** Selects `start..end` of a block's text (offsets over its text nodes), for accepting a suggestion. */
export function $selectInBlock(block: LexicalNode, start: number, end: number): RangeSelection | null {
  if (!$isElementNode(block)) return null;
  const selection = $createRangeSelection();
  let offset = 0;
  let anchorSet = false;
  let focusSet = false;
  for (const node of block.getAllTextNodes()) {
    const length = node.getTextContentSize();
    if (!anchorSet && start <= offset + length) {
      selection.anchor.set(node.getKey(), Math.max(0, start - offset), 'text');
      anchorSet = true;
    }
    if (!focusSet && end <= offset + length) {
      selection.focus.set(node.getKey(), Math.max(0, end - offset), 'text');
      focusSet = true;
    }
    offset += length;
  }
  if (!anchorSet || !focusSet) return null;
  $setSelection(selection);
  return selection;
}
