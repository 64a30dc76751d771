// What a card (every block kind of the body: paragraphs, headings, quotes, lists and pictures as much
// as tables and galleries) brings with it, Koenig-style: its nodes and, for the saved JSON, its
// publication HTML, its Markdown and its plain text. The walkers in shared/publish and shared/text
// hand each block to its card and go on; only sections (the body's structure) are theirs. Its
// Lexical nodes are listed apart (cardNodes.ts): they build DOM, and this side runs everywhere.

import type { ChildNode } from 'domhandler';

export type CardJson = { type?: unknown; children?: unknown; [key: string]: unknown };

export function childrenOf(node: CardJson): CardJson[] {
  return Array.isArray(node.children) ? (node.children as CardJson[]) : [];
}

/** The neighbours of a block among its siblings: a caption pairs with the table after it. */
export interface Siblings {
  before: CardJson | undefined;
  after: CardJson | undefined;
}

/** The page's footnote numbers, and which notes the text has referred to so far. */
export interface FootnoteNumbering {
  readonly numbers: ReadonlyMap<string, number>;
  referred(n: number): boolean;
}

/** What the body's HTML renderer lends a card: its inline rendering (escaped, links checked, marks unwrapped) and the page's outline. */
export interface HtmlRendering {
  inline(nodes: CardJson[]): string;
  /** The words as published (a pending suggestion's are not), unescaped. */
  text(nodes: CardJson[]): string;
  /** The level a heading asking for `requested` is published at (the outline never skips one). */
  headingLevel(requested: number): number;
  /** A heading's id on the page, from its words, unique on the page. */
  headingId(text: string): string;
  readonly footnotes: FootnoteNumbering;
  /** A picture's <figure> from its image slot ('' while empty), its renditions chosen for `sizes`. */
  figure(slot: CardJson, sizes?: string): string;
}

/** What the Markdown renderer lends a card: its inline rendering, its escaping of plain text, and its pictures. */
export interface MarkdownRendering {
  inline(nodes: CardJson[]): string;
  /** A line's start escaped where it would make a list or a heading ("- ", "1."). */
  lineStart(markdown: string): string;
  headingLevel(requested: number): number;
  /** Each footnote's number (footnotes/footnotesJson.ts). */
  readonly footnotes: ReadonlyMap<string, number>;
  text(raw: string): string;
  /** A picture from its image slot ('' while empty). */
  image(slot: CardJson): string;
}

export interface CardKind {
  /** The saved JSON types this card's blocks have (never change them: saved JSON is a public format). */
  readonly blockTypes: readonly string[];
  /** Publication HTML for one block ('' leaves it out). */
  renderHtml(node: CardJson, siblings: Siblings, html: HtmlRendering): string;
  /** Markdown for one block ('' leaves it out). */
  renderMarkdown(node: CardJson, siblings: Siblings, md: MarkdownRendering): string;
  /** The block's lines of plain text (search, word counts, snippets). */
  plainText(node: CardJson, inlineText: (nodes: CardJson[]) => string): string[];
}

/** Saved JSON as the HTML importer builds it. */
export type ImportedJson = Record<string, unknown> & { children?: ImportedJson[] };

/** What the HTML importer lends a card's parser: its inline reading (formats, links, languages) and its test for words. */
export interface InlineReader {
  inline(nodes: ChildNode[]): ImportedJson[];
  hasText(nodes: ImportedJson[]): boolean;
}
