// Lexical's text format bits by the names people use for them, and what changed between two
// formats ("bold added", "italic removed"): for version comparisons and formatting suggestions.
const FORMAT_NAMES: ReadonlyArray<[number, string]> = [
  [1, 'bold'],
  [2, 'italic'],
  [4, 'strikethrough'],
  [8, 'underline'],
  [16, 'code'],
  [32, 'subscript'],
  [64, 'superscript'],
  [128, 'highlight'],
];

export function formatChanges(was: number, now: number): string[] {
  const said: string[] = [];
  for (const [bit, name] of FORMAT_NAMES) {
    if (!(was & bit) && now & bit) said.push(`${name} added`);
    if (was & bit && !(now & bit)) said.push(`${name} removed`);
  }
  return said;
}
