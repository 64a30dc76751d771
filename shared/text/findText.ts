// Find and replace over plain strings: what a query matches (match case, whole word, regular
// expression) and what a match becomes when replaced. The editor maps the ranges onto its fields
// and onto the body's text nodes.

export interface FindOptions {
  query: string;
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

/** A refused pattern: the whole message, and the engine's own words about the problem (for a translated message). */
export type CompiledFind = { ok: true; pattern: RegExp; regex: boolean } | { ok: false; error: string; detail: string };

export interface TextMatch {
  start: number;
  end: number;
}

/** Letters, digits and the underscore of any script: "whole word" must not stop inside "dikatakannya" or "Café". */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/** The query as one global pattern, or why it is not one; null for an empty query (nothing to find). */
export function compileFind(options: FindOptions): CompiledFind | null {
  if (options.query === '') return null;
  const source = options.regex ? options.query : options.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bounded = options.wholeWord ? `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})` : source;
  try {
    return { ok: true, pattern: new RegExp(bounded, `gu${options.matchCase ? '' : 'i'}`), regex: options.regex };
  } catch (error) {
    // Only a typed regular expression can fail; the engine's message names the problem.
    const detail = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return { ok: false, error: `Not a valid regular expression: ${detail}`, detail };
  }
}

/** Every match in the text, left to right; empty matches (`a*`, `^`) are skipped: there is nothing to show or replace. */
export function findInText(text: string, find: CompiledFind & { ok: true }): TextMatch[] {
  const matches: TextMatch[] = [];
  const pattern = new RegExp(find.pattern.source, find.pattern.flags);
  for (const m of text.matchAll(pattern)) {
    if (m[0].length > 0) matches.push({ start: m.index, end: m.index + m[0].length });
  }
  return matches;
}

/**
 * What the match at `match` becomes. A literal query's replacement is taken as typed; a regular
 * expression's may name groups ($1, $<name>, $&), expanded by the engine itself on the match in
 * its full text, so look-behinds and anchors see what they saw when finding.
 */
export function replacementFor(text: string, match: TextMatch, replacement: string, find: CompiledFind & { ok: true }): string {
  if (!find.regex) return replacement;
  const sticky = new RegExp(find.pattern.source, find.pattern.flags.replace('g', '') + 'y');
  sticky.lastIndex = match.start;
  const replaced = text.replace(sticky, replacement);
  // Only the matched stretch changed: what is left between the untouched head and tail.
  return replaced.slice(match.start, replaced.length - (text.length - match.end));
}

/** The text with every match replaced (a field: headline, dek, caption). */
export function replaceAllInText(text: string, find: CompiledFind & { ok: true }, replacement: string): { text: string; count: number } {
  const matches = findInText(text, find);
  let result = text;
  for (const match of [...matches].reverse()) {
    result = result.slice(0, match.start) + replacementFor(text, match, replacement, find) + result.slice(match.end);
  }
  return { text: result, count: matches.length };
}
