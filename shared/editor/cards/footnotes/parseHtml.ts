// Footnotes from HTML: a numbered list whose items are the targets of links in the text is the
// notes, and those links are their references — Word's (mammoth writes <sup><a href="#footnote-1">
// [1]</a></sup> and <li id="footnote-1">… <a href="#footnote-ref-1">↑</a></li>; endnotes alike),
// Pandoc's and Markdown-it's (fn1/fnref1), WordPress's footnotes block and our own export. Before
// the walk, the references become <redaksi-noteref> and the list <redaksi-notes> of <redaksi-note>,
// each named by a note id of ours, with the notes' links back to the text left out.
import { Element, isTag, type ChildNode, type Document } from 'domhandler';
import type { ImportedJson, InlineReader } from '../cardKind';
import { FOOTNOTE_REF_TYPE, FOOTNOTE_TYPE, FOOTNOTES_TYPE } from './footnotesJson';

export const NOTE_REF_TAG = 'redaksi-noteref';
export const NOTES_TAG = 'redaksi-notes';
const NOTE_TAG = 'redaksi-note';

/** More notes than this is no article's: the rest stay a list and links, as they came. */
export const MAX_FOOTNOTES = 1000;

const ELEMENT = { version: 1, direction: null, format: '', indent: 0 };
const BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table']);

function elements(root: ChildNode[], test: (e: Element) => boolean, found: Element[] = []): Element[] {
  const stack = [...root].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (test(node)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/** The id a link points to in the same page ("#fn1"), or null; a malformed escape ("#%E0") is taken as written. */
const fragment = (a: Element) => {
  const href = a.attribs.href ?? '';
  if (!href.startsWith('#')) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
};

function replaceWith(old: Element, next: Element): void {
  const parent = old.parent;
  if (!parent) return;
  const at = parent.children.indexOf(old);
  parent.children[at] = next;
  next.parent = parent;
  next.prev = old.prev;
  next.next = old.next;
  if (old.prev) old.prev.next = next;
  if (old.next) old.next.prev = next;
}

/** Rewrites the document's footnotes (see the top of this file); the number of notes found. */
export function markFootnotes(document: Document): number {
  const links = elements(document.children, (e) => e.name === 'a' && fragment(e) !== null);
  const targets = new Set(links.map(fragment));
  // A numbered list is the notes when each of its items is named and some are linked to.
  const lists = elements(document.children, (e) => e.name === 'ol').filter((ol) => {
    const items = ol.children.filter(isTag).filter((c) => c.name === 'li');
    return items.length > 0 && items.every((li) => li.attribs.id) && items.some((li) => targets.has(li.attribs.id!));
  });
  const ids = new Map<string, string>();
  for (const ol of lists) {
    const notes: Element[] = [];
    for (const li of ol.children.filter(isTag)) {
      if (li.name !== 'li' || ids.size >= MAX_FOOTNOTES) continue;
      const noteId = `note-${ids.size + 1}`;
      ids.set(li.attribs.id!, noteId);
      // The note's links back to the text are the page's to make.
      const content = li.children.filter((c) => !(isTag(c) && c.name === 'a' && fragment(c) !== null));
      for (const inner of elements(content, (e) => e.name === 'a' && fragment(e) !== null))
        inner.parent!.children.splice(inner.parent!.children.indexOf(inner), 1);
      notes.push(new Element(NOTE_TAG, { note: noteId }, content));
    }
    if (notes.length) replaceWith(ol, new Element(NOTES_TAG, {}, notes));
  }
  for (const a of links) {
    const noteId = ids.get(fragment(a)!);
    if (noteId && a.parent) replaceWith(a, new Element(NOTE_REF_TAG, { note: noteId }));
  }
  return ids.size;
}

/** A reference's saved JSON. */
export function footnoteRef(element: Element): ImportedJson {
  return { type: FOOTNOTE_REF_TYPE, version: 1, noteId: element.attribs.note ?? '' };
}

/** A line without the spaces its removed back links leave at its end ("Data BPBD, 2025. ↩︎"). */
function trimmedLine(line: ImportedJson[]): ImportedJson[] {
  const last = line.at(-1);
  if (last?.type !== 'text' || typeof last.text !== 'string') return line;
  const text = last.text.trimEnd();
  return text ? [...line.slice(0, -1), { ...last, text }] : trimmedLine(line.slice(0, -1));
}

/** The notes block's saved JSON (each note's paragraphs on lines of their own). */
export function footnotesBlock(element: Element, reader: InlineReader): ImportedJson {
  const children = element.children.filter(isTag).map((note) => {
    // Words and inline elements run on in one line; each paragraph (or other block) is a line of its own.
    const groups: ChildNode[][] = [[]];
    for (const child of note.children) {
      if (isTag(child) && BLOCKS.has(child.name)) groups.push([child], []);
      else groups[groups.length - 1]!.push(child);
    }
    const lines = groups.map((group) => trimmedLine(reader.inline(group))).filter((line) => reader.hasText(line));
    const text = lines.flatMap((line, i) => (i ? [{ type: 'linebreak', version: 1 }, ...line] : line));
    return { ...ELEMENT, type: FOOTNOTE_TYPE, noteId: note.attribs.note ?? '', children: text };
  });
  return { ...ELEMENT, type: FOOTNOTES_TYPE, children };
}
