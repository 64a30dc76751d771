// Finding and making claim anchors in the live editor.
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { $createClaimMarkNode, $isClaimMarkNode, type ClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';

export function $wrapInClaim(selection: RangeSelection, id: string): void {
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id, (ids) => $createClaimMarkNode(ids));
}

/** All marks carrying a claim id, in document order. */
export function $marksFor(id: string): ClaimMarkNode[] {
  const out: ClaimMarkNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isClaimMarkNode(node) && node.hasID(id)) out.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return out;
}

/** Ids of claims anchored in the editor now (a claim with none is an orphan). */
export function anchoredIds(editor: LexicalEditor): Map<string, string> {
  return editor.getEditorState().read(() => {
    const texts = new Map<string, string>();
    const visit = (node: LexicalNode) => {
      if ($isClaimMarkNode(node))
        for (const id of node.getIDs()) texts.set(id, `${texts.get(id) ?? ''}${texts.has(id) ? ' ' : ''}${node.getTextContent()}`);
      if ($isElementNode(node)) node.getChildren().forEach(visit);
    };
    visit($getRoot());
    return texts;
  });
}

/** Selects a claim's text in the editor and scrolls to it. */
export function selectClaim(editor: LexicalEditor, id: string): void {
  let key: string | null = null;
  editor.update(() => {
    const marks = $marksFor(id);
    const first = marks[0];
    const last = marks[marks.length - 1];
    if (!first || !last) return;
    key = first.getKey();
    const selection = $createRangeSelection();
    const start = first.getFirstDescendant();
    const end = last.getLastDescendant();
    if ($isTextNode(start) && $isTextNode(end)) {
      selection.anchor.set(start.getKey(), 0, 'text');
      selection.focus.set(end.getKey(), end.getTextContentSize(), 'text');
      $setSelection(selection);
    }
  });
  if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
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
