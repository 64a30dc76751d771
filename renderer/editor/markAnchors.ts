// Finding anchors in the live editor: the marks (claim marks, comment marks) carrying an id.
import type { MarkNode } from '@lexical/mark';
import { $createRangeSelection, $getRoot, $isElementNode, $isTextNode, $setSelection, type LexicalEditor, type LexicalNode } from 'lexical';

type IsMark<T extends MarkNode> = (node: LexicalNode | null | undefined) => node is T;

/** All marks of one kind carrying `id`, in document order. */
export function $marksWith<T extends MarkNode>(isMark: IsMark<T>, id: string): T[] {
  const out: T[] = [];
  const visit = (node: LexicalNode) => {
    if (isMark(node) && node.hasID(id)) out.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return out;
}

/** Each id anchored by marks of one kind → the words those marks hold now. */
export function anchoredTexts<T extends MarkNode>(editor: LexicalEditor, isMark: IsMark<T>): Map<string, string> {
  return editor.getEditorState().read(() => {
    const texts = new Map<string, string>();
    const visit = (node: LexicalNode) => {
      if (isMark(node))
        for (const id of node.getIDs()) texts.set(id, `${texts.get(id) ?? ''}${texts.has(id) ? ' ' : ''}${node.getTextContent()}`);
      if ($isElementNode(node)) node.getChildren().forEach(visit);
    };
    visit($getRoot());
    return texts;
  });
}

/**
 * Whether two readings of the anchors say the same: then the panel listing them is not drawn again
 * (a suggestion typed inside a claim's paragraph rewrites its marks, not what they hold).
 */
export function sameAnchors(current: Map<string, string>, next: Map<string, string>): boolean {
  if (current.size !== next.size) return false;
  for (const [id, text] of next) if (current.get(id) !== text) return false;
  return true;
}

/**
 * Whether the same ids are anchored, whatever their words now say: on a keystroke only a mark made or
 * removed matters; the words are read again when typing pauses (`sameAnchors`).
 */
export function sameAnchorIds(current: Map<string, string>, next: Map<string, string>): boolean {
  if (current.size !== next.size) return false;
  for (const id of next.keys()) if (!current.has(id)) return false;
  return true;
}

/** Selects the words an id's marks hold and scrolls to them. */
export function selectMarked<T extends MarkNode>(editor: LexicalEditor, isMark: IsMark<T>, id: string): void {
  let key: string | null = null;
  editor.update(() => {
    const marks = $marksWith(isMark, id);
    const first = marks[0];
    const last = marks[marks.length - 1];
    if (!first || !last) return;
    key = first.getKey();
    const start = first.getFirstDescendant();
    const end = last.getLastDescendant();
    if ($isTextNode(start) && $isTextNode(end)) {
      const selection = $createRangeSelection();
      selection.anchor.set(start.getKey(), 0, 'text');
      selection.focus.set(end.getKey(), end.getTextContentSize(), 'text');
      $setSelection(selection);
    }
  });
  if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
}
