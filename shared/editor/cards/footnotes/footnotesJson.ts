// Footnotes in saved JSON: a reference in the text is an inline leaf { type: 'footnote-ref', noteId },
// and the notes are one block at the end, { type: 'footnotes', children: [{ type: 'footnote', noteId,
// children: inline… }] }. Numbers are never stored: a page numbers the notes in the order the text
// first refers to them (a note nothing refers to comes after those), so moving text renumbers them.
import { childrenOf, type CardJson } from '../cardKind';

export const FOOTNOTES_TYPE = 'footnotes';
export const FOOTNOTE_TYPE = 'footnote';
export const FOOTNOTE_REF_TYPE = 'footnote-ref';

/** A note's id: letters, digits, - and _ (it goes into the page's element ids). */
export const NOTE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function noteIdOf(node: CardJson): string | null {
  return typeof node.noteId === 'string' && NOTE_ID.test(node.noteId) ? node.noteId : null;
}

/**
 * Each note's number on the page: by the order the text first refers to it, then the notes nothing
 * refers to, in their block order. References to a note that does not exist get no number.
 */
export function footnoteNumbers(blocks: readonly CardJson[]): Map<string, number> {
  const notes: string[] = [];
  const refs: string[] = [];
  const stack = [...blocks].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    const id = noteIdOf(node);
    if (node.type === FOOTNOTE_TYPE && id) notes.push(id);
    else if (node.type === FOOTNOTE_REF_TYPE && id) refs.push(id);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  const known = new Set(notes);
  const numbers = new Map<string, number>();
  for (const id of [...refs.filter((r) => known.has(r)), ...notes]) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
