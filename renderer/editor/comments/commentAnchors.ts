// Making comment anchors in the live editor, and finding them (see markAnchors).
import { $wrapSelectionInMarkNode } from '@lexical/mark';
import type { LexicalEditor, RangeSelection } from 'lexical';
import { $createCommentMarkNode, $isCommentMarkNode } from '../../../shared/editor/nodes/CommentMarkNode';
import { anchoredTexts, selectMarked } from '../markAnchors';

export function $wrapInComment(selection: RangeSelection, id: string): void {
  $wrapSelectionInMarkNode(selection, selection.isBackward(), id, (ids) => $createCommentMarkNode(ids));
}

/** Each anchored thread id → the words its marks hold now (a thread with none is an orphan). */
export function anchoredComments(editor: LexicalEditor): Map<string, string> {
  return anchoredTexts(editor, $isCommentMarkNode);
}

export function selectComment(editor: LexicalEditor, id: string): void {
  selectMarked(editor, $isCommentMarkNode, id);
}
