// A claim record: what the text asserts, who said it, how it was checked, and the verdict.
// Records live in the store; the document only carries their ids on mark nodes.
import { z } from 'zod';

export const CLAIM_KINDS = ['statistic', 'quote', 'attribution', 'event', 'prediction', 'opinion'] as const;
export const CLAIM_STATUSES = ['open', 'in_progress', 'done'] as const;
export const ATTRIBUTION_QUALITIES = ['named', 'anonymous', 'vague'] as const;

const text = (max: number) => z.string().max(max);

export const claimSourceSchema = z.strictObject({
  url: text(2000),
  title: text(500),
  publisher: text(300),
  /** yyyy-mm-dd */
  accessed: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date like 2025-07-04'),
  archiveUrl: text(2000),
  excerpt: text(4000),
  primary: z.boolean(),
  independent: z.boolean(),
});
export type ClaimSource = z.infer<typeof claimSourceSchema>;

export const claimCommentSchema = z.strictObject({ author: text(120), at: z.string(), text: text(4000) });
export type ClaimComment = z.infer<typeof claimCommentSchema>;

/** The fields a fact-checker edits. */
export const claimFieldsSchema = z.strictObject({
  summary: text(500),
  kind: z.enum(CLAIM_KINDS),
  claimant: text(300),
  /** Original source → confirming source → outlet (e.g. an intelligence agency → a wire → the site). */
  attribution: z.strictObject({ original: text(300), confirming: text(300), outlet: text(300) }),
  attributionQuality: z.enum(ATTRIBUTION_QUALITIES),
  sources: z.array(claimSourceSchema).max(50),
  verdict: text(60),
  conclusion: text(500),
  status: z.enum(CLAIM_STATUSES),
  notes: text(10000),
  assignee: text(120),
});
export type ClaimFields = z.infer<typeof claimFieldsSchema>;

export const signOffSchema = z.strictObject({
  by: text(120),
  at: z.string(),
  /** The article revision the sign-off was given on. */
  revision: z.number().int().nonnegative(),
  /** The claim's text as signed off, to tell when it changes. */
  text: z.string(),
});
export type SignOff = z.infer<typeof signOffSchema>;

export const claimSchema = z.strictObject({
  id: z.string().uuid(),
  articleId: z.string(),
  /** The text as first marked; kept when the marked text is later cut (an orphan shows it). */
  quote: z.string(),
  ...claimFieldsSchema.shape,
  comments: z.array(claimCommentSchema),
  signOff: signOffSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Claim = z.infer<typeof claimSchema>;

export function defaultClaimFields(kind: ClaimFields['kind'] = 'statistic'): ClaimFields {
  return {
    summary: '',
    kind,
    claimant: '',
    attribution: { original: '', confirming: '', outlet: '' },
    attributionQuality: 'named',
    sources: [],
    verdict: 'unchecked',
    conclusion: '',
    status: 'open',
    notes: '',
    assignee: '',
  };
}
