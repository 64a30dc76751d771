// Turns what a person types into a safe FTS5 query: every word or "quoted phrase" must match,
// the last word also as a prefix (search as you type). FTS5 syntax characters never reach MATCH raw.

const TOKEN = /"([^"]*)"|(\S+)/g;
/** Characters FTS5's unicode61 tokenizer treats as separators anyway; dropping them keeps words intact. */
const WORD_CHARS = /[\p{L}\p{N}\p{M}_]+/gu;

function quote(words: string[]): string {
  return `"${words.join(' ')}"`;
}

export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  let lastWasBareWord = false;
  for (const match of input.matchAll(TOKEN)) {
    const [, phrase, bare] = match;
    const words = (phrase ?? bare ?? '').match(WORD_CHARS) ?? [];
    if (words.length === 0) continue;
    parts.push(quote(words));
    lastWasBareWord = phrase === undefined && words.length === 1;
  }
  if (parts.length === 0) return null;
  if (lastWasBareWord) parts[parts.length - 1] += '*';
  return parts.join(' ');
}
