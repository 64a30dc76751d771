// Who is working at this desk: the name, initials and colour that sign their work (sign-offs,
// comments) and label their cursor in other windows and on other desks.
import { z } from 'zod';

/** Cursor and avatar colours: each carries white text at 4.5:1 or better. */
export const PROFILE_COLOURS = ['#1f5f99', '#8a1c4a', '#2e6b30', '#7a4a00', '#5b3b8c', '#005f66', '#9c2a1a', '#4a4a44'] as const;
/** What each colour is called (its radio button's name). */
export const PROFILE_COLOUR_NAMES = {
  '#1f5f99': 'Blue',
  '#8a1c4a': 'Plum',
  '#2e6b30': 'Green',
  '#7a4a00': 'Brown',
  '#5b3b8c': 'Purple',
  '#005f66': 'Teal',
  '#9c2a1a': 'Red',
  '#4a4a44': 'Grey',
} as const satisfies Record<(typeof PROFILE_COLOURS)[number], string>;

export const profileSchema = z.strictObject({
  name: z.string().trim().min(1, 'A name, please.').max(80, 'A name is at most 80 characters.'),
  initials: z
    .string()
    .trim()
    .min(1, 'One to three letters.')
    .max(3, 'One to three letters.')
    // Tested only when short: a huge hostile string would take the regex engine's stack.
    .refine((value) => value.length > 3 || /^[\p{L}\p{N}]*$/u.test(value), 'Letters or digits only.'),
  colour: z.enum(PROFILE_COLOURS),
});
export type Profile = z.infer<typeof profileSchema>;

/** "Dewi Lestari" → "DL"; "Budi" → "B". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters
    .map((word) => [...word.replace(/[^\p{L}\p{N}]/gu, '')][0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

/** A colour picked from the name, so two people rarely start with the same one. */
export function colourFor(name: string): Profile['colour'] {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PROFILE_COLOURS[hash % PROFILE_COLOURS.length]!;
}
