// Indonesian clitics: a pronoun (-nya, -ku, -mu) or a particle (-lah, -kah, -tah) joins almost any
// word ("di baliknya", "nuklirnya"), while LibreOffice's dictionary allows them only on some stems.
// A word is known when its stem without them is. Not -pun: "apa pun" is written apart, and the
// joined forms that are words ("walaupun") are in the dictionary.
const PARTICLE = /(?:lah|kah|tah)$/iu;
const PRONOUN = /(?:nya|ku|mu)$/iu;
/** Shorter stems are mostly function words ("di", "ke"), where the joined form is the misspelling. */
const MIN_STEM = 3;

/** The stems a word may be with its clitics taken off, longest first; none when it has none. */
export function cliticStems(word: string): string[] {
  const stems: string[] = [];
  let rest = word;
  for (const clitic of [PARTICLE, PRONOUN]) {
    const next = rest.replace(clitic, '');
    if (next !== rest && next.length >= MIN_STEM) {
      rest = next;
      stems.push(rest);
    }
  }
  return stems;
}
