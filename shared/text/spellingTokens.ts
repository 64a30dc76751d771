// The words of a text that a spelling dictionary should be asked about: letters of any script,
// joined by inner hyphens (reduplication: "sekolah-sekolah") and apostrophes ("don't"). Left out:
// single letters, acronyms in capitals (PBB, NIS, WIB), words stuck to digits or underscores
// (COVID-19, 2025an), and anything inside a web or e-mail address.

export interface SpellingToken {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
/** Addresses, handles and file names: not prose. */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\S+\.(?:com|id|org|net|go\.id|co\.id|html?|jpe?g|png|webp)\b\S*/giu;
const STUCK = /[\p{N}_]/u;

export function spellingTokens(text: string): SpellingToken[] {
  const skipped: Array<[number, number]> = [];
  for (const m of text.matchAll(NOT_PROSE)) skipped.push([m.index, m.index + m[0].length]);
  const tokens: SpellingToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if ([...word].length < 2) continue;
    if (word === word.toUpperCase() && word !== word.toLowerCase()) continue;
    if (STUCK.test(text[start - 1] ?? '') || STUCK.test(text[end] ?? '')) continue;
    if (skipped.some(([a, b]) => start < b && end > a)) continue;
    tokens.push({ word, start, end });
  }
  return tokens;
}
