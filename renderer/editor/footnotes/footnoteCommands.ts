// Adding a footnote at the caret: a reference there, and its note in the notes at the end of the
// article, in the place the reference's order gives it; the caret goes into the note.
import { $dfs } from '@lexical/utils';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import { $createFootnoteNode, $isFootnoteNode, type FootnoteNode } from '../../../shared/editor/cards/footnotes/FootnoteNode';
import { $createFootnoteRefNode, $isFootnoteRefNode } from '../../../shared/editor/cards/footnotes/FootnoteRefNode';
import { $createFootnotesNode, $isFootnotesNode, type FootnotesNode } from '../../../shared/editor/cards/footnotes/FootnotesNode';

/** A fresh note id (random: two people adding notes at once never collide). */
export function newNoteId(): string {
  return `n${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

/** The article's notes block (the last one, if a paste brought more), made at the end when there is none. */
function $notesBlock(): FootnotesNode {
  const existing = $getRoot().getChildren().filter($isFootnotesNode).at(-1);
  if (existing) return existing;
  const notes = $createFootnotesNode();
  $getRoot().append(notes);
  return notes;
}

/** The reference in the text to note `noteId`, if any. */
export function $footnoteRef(noteId: string): LexicalNode | null {
  return (
    $dfs()
      .map(({ node }) => node)
      .find((node) => $isFootnoteRefNode(node) && node.getNoteId() === noteId) ?? null
  );
}

/** Adds a footnote at the caret (collapsed, in text); its note, or null when the caret is not in text. */
export function $insertFootnote(): FootnoteNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if ($isFootnoteNode(selection.anchor.getNode().getTopLevelElement()?.getParent() ?? null)) return null;
  const noteId = newNoteId();
  const ref = $createFootnoteRefNode(noteId);
  selection.insertNodes([ref]);
  const notes = $notesBlock();
  // The note goes before the note of the next reference in the text, so the notes keep the text's order.
  const order = $dfs()
    .map(({ node }) => node)
    .filter($isFootnoteRefNode)
    .map((r) => r.getNoteId());
  const later = new Set(order.slice(order.indexOf(noteId) + 1));
  const note = $createFootnoteNode(noteId);
  const before = notes.getChildren().find((n: LexicalNode) => $isFootnoteNode(n) && later.has(n.getNoteId()));
  if (before) before.insertBefore(note);
  else notes.append(note);
  note.select();
  return note;
}
