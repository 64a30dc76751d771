// The messages between the page and its analysis worker, declared once and checked on both sides
// (the worker checks what it is asked, the page what it is told), like any other channel.
import { phraseSchema } from '../../shared/checklist/checkMessages';
import { z } from 'zod';
import { claimSchema } from '../../shared/claims/claimSchema';
import { SUGGESTION_REASONS } from '../../shared/claims/detectClaims';
import { lexicalStateSchema } from '../../shared/contract/lexicalState';
import { imageSlotSchema } from '../../shared/editor/imageSlot';
import { SUGGESTIBLE_FIELDS } from '../../shared/suggestions/suggestionSchema';

const seq = z.number().int().nonnegative();
const language = z.string().max(35);

export const analysisRequestSchema = z.discriminatedUnion('kind', [
  /** Sentences worth checking, for the claims panel's suggestions. */
  z.strictObject({ kind: z.literal('detect'), seq, body: lexicalStateSchema, language }),
  /** The ready-to-publish checklist with the word and TK counts. */
  z.strictObject({
    kind: z.literal('checklist'),
    seq,
    body: lexicalStateSchema,
    headline: z.string(),
    hero: imageSlotSchema.nullable(),
    assetSizes: z.array(z.tuple([z.string(), z.strictObject({ width: z.number(), height: z.number() })])),
    claims: z.array(claimSchema),
    scaleId: z.string(),
    language,
  }),
]);
export type AnalysisRequest = z.infer<typeof analysisRequestSchema>;

const bodySuggestionSchema = z.strictObject({
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  reasons: z.array(z.enum(SUGGESTION_REASONS)),
  vague: z.boolean(),
  path: z.array(z.number().int()),
});

const checklistTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('headline') }),
  z.strictObject({ kind: z.literal('hero'), field: z.enum(['image', 'alt', 'credit']) }),
  z.strictObject({ kind: z.literal('body'), path: z.array(z.number().int()), field: z.enum(['alt', 'credit', 'image']).optional() }),
  z.strictObject({ kind: z.literal('claim'), id: z.string() }),
  z.strictObject({ kind: z.literal('field'), field: z.enum(SUGGESTIBLE_FIELDS) }),
]);

const checklistItemSchema = z.strictObject({ id: z.string(), message: z.string(), text: phraseSchema, target: checklistTargetSchema });

export const analysisReplySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('detect'), seq, suggestions: z.array(bodySuggestionSchema) }),
  z.strictObject({
    kind: z.literal('checklist'),
    seq,
    analysis: z.strictObject({
      words: z.number().int().nonnegative(),
      tkCount: z.number().int().nonnegative(),
      items: z.array(checklistItemSchema),
    }),
    /** The claims' entries (unchecked, rated false, vague attribution), listed after the article's. */
    claimItems: z.array(checklistItemSchema),
  }),
  z.strictObject({ kind: z.literal('failed'), seq, message: z.string() }),
]);
export type AnalysisReply = z.infer<typeof analysisReplySchema>;
