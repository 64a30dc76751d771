// The node types that flow inside a block in saved JSON: marks (claims, comments, suggestions),
// links and text. One list, so every walker of the JSON (plain text, claim contexts, comparisons,
// claim detection) sees through a new kind of mark at once.
export const MARK_TYPES: ReadonlySet<string> = new Set([
  'claim-mark',
  'comment-mark',
  'suggest-insert',
  'suggest-delete',
  'lang-mark',
  'mark',
]);

/** Inline elements: they have children but do not start a block. */
export const INLINE_ELEMENT_TYPES: ReadonlySet<string> = new Set(['link', 'autolink', ...MARK_TYPES]);

/** Every inline node type (elements and leaves). */
export const INLINE_TYPES: ReadonlySet<string> = new Set(['text', 'linebreak', 'tab', 'footnote-ref', ...INLINE_ELEMENT_TYPES]);
