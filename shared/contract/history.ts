// The comparison of two versions of an article, as the contract carries it: structure first
// (sections and blocks added, removed, moved, split, merged), then word-level changes inside text,
// formatting changes, and changes to claims and image slots.
import { z } from 'zod';

export const wordPartSchema = z.strictObject({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export type WordPart = z.infer<typeof wordPartSchema>;

export const blockViewSchema = z.strictObject({ kind: z.string(), text: z.string() });
export type BlockView = z.infer<typeof blockViewSchema>;

const FORMAT_NAMES = ['bold', 'italic', 'strikethrough', 'underline', 'code', 'subscript', 'superscript', 'highlight'] as const;

/** What happened to some words' look: a format, their link, their passage's language (null: none). */
export const styleChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('format'), name: z.enum(FORMAT_NAMES), added: z.boolean() }),
  z.strictObject({ kind: z.literal('link'), was: z.string().nullable(), now: z.string().nullable() }),
  z.strictObject({ kind: z.literal('language'), was: z.string().nullable(), now: z.string().nullable() }),
]);
export type StyleChange = z.infer<typeof styleChangeSchema>;

/** Words whose look changed, and how: said in English by the CLI, in its language by the interface. */
export const formatChangeSchema = z.strictObject({ words: z.string(), changes: z.array(styleChangeSchema).min(1) });
export type FormatChange = z.infer<typeof formatChangeSchema>;

export const blockChangeSchema = z.discriminatedUnion('change', [
  z.strictObject({ change: z.literal('added'), block: blockViewSchema }),
  z.strictObject({ change: z.literal('removed'), block: blockViewSchema }),
  z.strictObject({ change: z.literal('changed'), kind: z.string(), words: z.array(wordPartSchema) }),
  /** Same text, other formatting: each entry says what happened to which words ("bold added: “kata”"). */
  z.strictObject({ change: z.literal('formatting'), block: blockViewSchema, formats: z.array(formatChangeSchema) }),
  z.strictObject({ change: z.literal('split'), before: blockViewSchema, after: z.array(blockViewSchema) }),
  z.strictObject({ change: z.literal('merged'), before: z.array(blockViewSchema), after: blockViewSchema }),
  /** The same block, now in another place (`from`: the title of the section it was in). */
  z.strictObject({ change: z.literal('moved in'), block: blockViewSchema, from: z.string() }),
  z.strictObject({ change: z.literal('moved out'), block: blockViewSchema, to: z.string() }),
]);
export type BlockChange = z.infer<typeof blockChangeSchema>;

export const sectionChangeSchema = z.strictObject({
  change: z.enum(['changed', 'added', 'removed', 'moved']),
  /** The section's title as it reads now (or as it was, when removed); null: text outside any section. */
  title: z.string().nullable(),
  /** The title it had before, when it was renamed. */
  renamedFrom: z.string().nullable(),
  /** Its place among the parts of the older and newer version (null where it does not exist). */
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  blocks: z.array(blockChangeSchema),
});
export type SectionChange = z.infer<typeof sectionChangeSchema>;

export const fieldChangeSchema = z.strictObject({ field: z.string(), words: z.array(wordPartSchema) });

export const valueChangeSchema = z.strictObject({ what: z.string(), before: z.string(), after: z.string() });
export type ValueChange = z.infer<typeof valueChangeSchema>;

export const claimChangeSchema = z.strictObject({
  change: z.enum(['added', 'removed', 'changed']),
  claimId: z.string(),
  quote: z.string(),
  details: z.array(valueChangeSchema),
});
export type ClaimChange = z.infer<typeof claimChangeSchema>;

/** Which image changed: the hero, the nth image slot now (and its section), or one removed (from its section). */
export const imagePlaceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hero') }),
  z.strictObject({ kind: z.literal('image'), number: z.number().int().positive(), section: z.string().nullable() }),
  z.strictObject({ kind: z.literal('removed'), section: z.string().nullable() }),
]);
export type ImagePlace = z.infer<typeof imagePlaceSchema>;

/** `image`: the place in English words (the CLI's `diff`); `place`: the same, for the interface to say. */
export const imageChangeSchema = z.strictObject({ image: z.string(), place: imagePlaceSchema, details: z.array(valueChangeSchema) });
export type ImageChange = z.infer<typeof imageChangeSchema>;

export const comparisonSchema = z.strictObject({
  fields: z.array(fieldChangeSchema),
  sections: z.array(sectionChangeSchema),
  /** null: one of the versions predates claim snapshots, so their changes are unknown. */
  claims: z.array(claimChangeSchema).nullable(),
  images: z.array(imageChangeSchema),
  /** How many blocks were added, removed, changed (text or formatting) and moved. */
  counts: z.strictObject({ added: z.number(), removed: z.number(), changed: z.number(), moved: z.number() }),
});
export type Comparison = z.infer<typeof comparisonSchema>;
