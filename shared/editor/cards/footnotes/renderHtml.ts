// Footnotes in publication HTML, as Pandoc and the DPUB-ARIA roles have them: a reference is
// <sup><a href="#fn-2" id="fnref-2" role="doc-noteref">2</a></sup>; the notes are
// <section class="footnotes" role="doc-endnotes"><ol><li id="fn-2">… <a href="#fnref-2"
// role="doc-backlink">↩</a></li></ol></section>, in their numbers' order. A second reference to one
// note gets its own id (fnref-2-2); the note links back to the first.
import { childrenOf as kids, type CardJson, type FootnoteNumbering, type HtmlRendering } from '../cardKind';
import { FOOTNOTE_TYPE, noteIdOf } from './footnotesJson';

/** Counts references as they are written, so each gets an id of its own. */
export class FootnoteRefs implements FootnoteNumbering {
  private readonly seen = new Map<number, number>();

  constructor(readonly numbers: ReadonlyMap<string, number>) {}

  /** A reference's HTML ('' for a note that does not exist). */
  html(node: CardJson): string {
    const id = noteIdOf(node);
    const n = id ? this.numbers.get(id) : undefined;
    if (n === undefined) return '';
    const count = (this.seen.get(n) ?? 0) + 1;
    this.seen.set(n, count);
    const refId = count === 1 ? `fnref-${n}` : `fnref-${n}-${count}`;
    return `<sup><a href="#fn-${n}" id="${refId}" role="doc-noteref">${n}</a></sup>`;
  }

  /** Whether the text refers to note `n` (so it gets a link back). */
  referred(n: number): boolean {
    return this.seen.has(n);
  }
}

export function renderFootnotesHtml(node: CardJson, _siblings: unknown, html: HtmlRendering): string {
  const notes = kids(node)
    .filter((note) => note.type === FOOTNOTE_TYPE)
    .map((note) => ({ n: html.footnotes.numbers.get(noteIdOf(note) ?? '') ?? Infinity, text: html.inline(kids(note)).trim() }))
    .filter((note) => note.text && note.n !== Infinity)
    .sort((a, b) => a.n - b.n);
  if (!notes.length) return '';
  const items = notes.map(({ n, text }, i) => {
    const back = html.footnotes.referred(n) ? ` <a href="#fnref-${n}" role="doc-backlink">↩</a>` : '';
    // A note left out (nothing in it) must not shift the numbers after it.
    return `<li id="fn-${n}"${n === i + 1 ? '' : ` value="${n}"`}>${text}${back}</li>`;
  });
  return `<section class="footnotes" role="doc-endnotes">\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}
