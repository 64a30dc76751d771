// Word count and reading time, shown under the editor.

// A word is a run of letters or digits, joined by inner hyphens or apostrophes
// ("pasca-konflik", "don't", "6.000" counts once).
const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

/** Words per minute of an adult reading news prose on screen. */
export const READING_WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Whole minutes, at least 1 for any text at all. */
export function readingMinutes(words: number): number {
  if (words === 0) return 0;
  return Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
}
