// The messages between the page and its spelling worker, checked on both sides like any channel.
import { z } from 'zod';

export const SPELL_LANGUAGES = ['id', 'en'] as const;
export type SpellLanguage = (typeof SPELL_LANGUAGES)[number];

const seq = z.number().int().nonnegative();
const language = z.enum(SPELL_LANGUAGES);
const word = z.string().min(1).max(100);

export const spellRequestSchema = z.discriminatedUnion('kind', [
  /** Which of these words the language's dictionary (and the person's own words) does not know. */
  z.strictObject({ kind: z.literal('check'), seq, language, words: z.array(word).max(50_000) }),
  z.strictObject({ kind: z.literal('suggest'), seq, language, word }),
  /** Words the person added: known from now on, in this language. */
  z.strictObject({ kind: z.literal('add'), seq, language, words: z.array(word).max(50_000) }),
]);
export type SpellRequest = z.infer<typeof spellRequestSchema>;

export const spellReplySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('checked'), seq, unknown: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('suggested'), seq, suggestions: z.array(z.string()).max(20) }),
  z.strictObject({ kind: z.literal('added'), seq }),
  z.strictObject({ kind: z.literal('failed'), seq, message: z.string() }),
]);
export type SpellReply = z.infer<typeof spellReplySchema>;
