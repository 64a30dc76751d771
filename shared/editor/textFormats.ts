// Lexical's text format bits by the names people use for them, and what changed between two
// formats ("bold added", "italic removed"): for version comparisons and formatting suggestions.
const FORMAT_NAMES: ReadonlyArray<[number, FormatName]> = [
  [1, 'bold'],
  [2, 'italic'],
  [4, 'strikethrough'],
  [8, 'underline'],
  [16, 'code'],
  [32, 'subscript'],
  [64, 'superscript'],
  [128, 'highlight'],
];

export type FormatName = 'bold' | 'italic' | 'strikethrough' | 'underline' | 'code' | 'subscript' | 'superscript' | 'highlight';

/** Each format added or removed, in a fixed order. */
export function formatChangeList(was: number, now: number): Array<{ name: FormatName; added: boolean }> {
  const changes: Array<{ name: FormatName; added: boolean }> = [];
  for (const [bit, name] of FORMAT_NAMES) {
    if (!(was & bit) && now & bit) changes.push({ name, added: true });
    if (was & bit && !(now & bit)) changes.push({ name, added: false });
  }
  return changes;
}

export function formatChanges(was: number, now: number): string[] {
  return formatChangeList(was, now).map(({ name, added }) => `${name} ${added ? 'added' : 'removed'}`);
}
