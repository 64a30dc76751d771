// What the newsroom server and the desktop say to each other besides Hocuspocus' own protocol: the
// shared library's listing (HTTP, with the account's token) and the names of documents.
import { z } from 'zod';

export const ROLES = ['editor', 'fact-checker', 'desk', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do; the server enforces it, the desktop says so before trying. */
export const ROLE_RIGHTS: Record<Role, { edit: boolean; publish: boolean }> = {
  editor: { edit: true, publish: false },
  'fact-checker': { edit: true, publish: false },
  desk: { edit: true, publish: true },
  viewer: { edit: false, publish: false },
};

/** The statuses only the desk may set. */
export const DESK_ONLY_STATUSES: readonly string[] = ['ready', 'published'];

export const newsroomAccountSchema = z.object({ name: z.string().min(1).max(80), role: z.enum(ROLES) });
export type NewsroomAccount = z.infer<typeof newsroomAccountSchema>;

/** A document on the server is named by its article's id (a UUID), nothing else. */
export const newsroomDocumentName = z.uuid();

export const newsroomArticleSchema = z.object({
  id: newsroomDocumentName,
  headline: z.string().max(10_000),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.string().max(200).nullable(),
});
export type NewsroomArticle = z.infer<typeof newsroomArticleSchema>;

export const newsroomListingSchema = z.object({ articles: z.array(newsroomArticleSchema).max(100_000) });
export type NewsroomListing = z.infer<typeof newsroomListingSchema>;

export const newsroomImagesSchema = z.object({ hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1_000_000) });

/** Why the server closes a document's connection (private-range close codes), as the desk shows it. */
export const NEWSROOM_REFUSALS = {
  removed: { code: 4401, reason: 'This account was removed or its token replaced.' },
  flooding: { code: 4429, reason: 'Too many messages; reconnect in a moment.' },
  malformed: { code: 4400, reason: 'A malformed document update was refused.' },
  tooLarge: { code: 4413, reason: "This article has reached the newsroom server's size limit; the change was not taken." },
} as const;

export const NEWSROOM_PATHS = { articles: '/api/articles', me: '/api/me', images: '/api/images', dictionary: '/api/dictionary' } as const;

/** The languages the spellchecker knows, and so the newsroom's dictionary. */
export const DICTIONARY_LANGUAGES = ['id', 'en'] as const;
export type DictionaryLanguage = (typeof DICTIONARY_LANGUAGES)[number];

/**
 * A word as the spellchecker cuts one out: letters (and marks), joined by ' ’ or - (sekolah-sekolah).
 * The length is checked first and alone (abort): a megabyte of letters never reaches a pattern.
 */
export const dictionaryWordSchema = z
  .string()
  .min(1)
  .max(100, { abort: true })
  .refine(
    (word) => /^[\p{L}\p{M}]([\p{L}\p{M}'’-]*[\p{L}\p{M}])?$/u.test(word) && !/['’-]{2}/u.test(word),
    'One word: letters, joined by an apostrophe or a hyphen.',
  );

/** The newsroom's words, per language (the server's answer, and what a desk keeps for offline work). */
export const dictionaryWordsSchema = z.strictObject({
  id: z.array(dictionaryWordSchema).max(100_000),
  en: z.array(dictionaryWordSchema).max(100_000),
});
export type DictionaryWords = z.infer<typeof dictionaryWordsSchema>;

/** One word added to the newsroom's dictionary. */
export const dictionaryAdditionSchema = z.strictObject({ language: z.enum(DICTIONARY_LANGUAGES), word: dictionaryWordSchema });
export type DictionaryAddition = z.infer<typeof dictionaryAdditionSchema>;
