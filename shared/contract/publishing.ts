// Publishing to a newsroom's CMS (WordPress, Ghost): the destinations people configure and the
// progress of one article's publication, as they cross the contract. Credentials go in once, when a
// destination is added, and never come back out.
import { z } from 'zod';
import { phraseSchema as checkPhraseSchema } from '../checklist/checkMessages';
import { errorPhraseSchema } from './errorMessages';

export const CMS_KINDS = ['wordpress', 'ghost'] as const;
export type CmsKind = (typeof CMS_KINDS)[number];

/** What a person calls a destination ("Situs utama"): also what the command line names it by. */
export const destinationName = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}]+$/u, 'no control characters');

export const cmsUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'an http or https address of the site, without a user name or password in it');

/** A Ghost Admin API key: `id:secret`, the secret in hex (Ghost → Settings → Integrations). */
export const GHOST_KEY = /^[0-9a-f]{24}:[0-9a-f]{64}$/;

export const destinationInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('wordpress'),
    name: destinationName,
    url: cmsUrl,
    user: z.string().trim().min(1).max(200),
    /** An Application Password (WordPress → Users → Profile); its spaces are kept or not, as WordPress takes either. */
    password: z.string().trim().min(1).max(200),
  }),
  z.strictObject({
    kind: z.literal('ghost'),
    name: destinationName,
    url: cmsUrl,
    key: z.string().trim().regex(GHOST_KEY, 'a Ghost Admin API key (24 hex digits, a colon, 64 hex digits)'),
  }),
]);
export type DestinationInput = z.infer<typeof destinationInputSchema>;

/** A destination as listed: never its password or key. */
export const destinationSchema = z.strictObject({
  name: z.string(),
  kind: z.enum(CMS_KINDS),
  url: z.string(),
  /** The WordPress user the password belongs to; null for Ghost. */
  user: z.string().nullable(),
  /** False when this desk cannot read the credentials (kept by the system keychain of another run, say): add it again. */
  usable: z.boolean(),
});
export type Destination = z.infer<typeof destinationSchema>;

export const REMOTE_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type RemoteStatus = (typeof REMOTE_STATUSES)[number];

const text = (max: number) => z.string().max(max);

/** One step of a publication: a picture uploaded, then the post itself. */
export const publishStepSchema = z.strictObject({
  kind: z.enum(['picture', 'post']),
  /** The picture's file name or the post's title. */
  label: text(500),
  done: z.boolean(),
});

/** A field of the post that was changed on the site since Redaksi last sent it. */
export const remoteChangeSchema = z.strictObject({
  field: z.enum(['title', 'excerpt', 'content', 'slug', 'status']),
  /** What the site has now (the content as plain text, shortened). */
  remote: text(4000),
  /** What Redaksi last sent. */
  sent: text(4000),
});

export const publishProgressSchema = z.strictObject({
  destination: z.string(),
  steps: z.array(publishStepSchema).max(1000),
  finished: z.boolean(),
  /** The post on the site once it is there (its public or preview address). */
  link: z.string().nullable(),
  /** The checklist's open items (in English, and as a phrase for the window's language): nothing was sent; publish again with `override` to go ahead anyway. */
  blockers: z.array(z.strictObject({ message: text(4000), text: checkPhraseSchema })).max(500),
  /** The post was edited on the site since the last push: nothing was sent; publish again with `overwrite` to replace it. */
  remoteChanged: z.boolean(),
  /** What differs, field by field (empty when only what Redaksi does not send changed: categories, say). */
  remoteChanges: z.array(remoteChangeSchema).max(10),
  /** What could not be carried over to this kind of site (the byline when no author has that name, say). */
  notes: z.array(z.strictObject({ message: text(4000), text: errorPhraseSchema })).max(50),
});
export type PublishProgress = z.infer<typeof publishProgressSchema>;

/** Where an article stands on each destination it was sent to. */
export const publicationSchema = z.strictObject({
  destination: z.string(),
  remoteId: z.string(),
  link: z.string().nullable(),
  status: z.enum([...REMOTE_STATUSES, 'unpublished']),
  publishedAt: z.string(),
  /** Who sent it although the checklist had open items (null when it had none). */
  overriddenBy: z.string().nullable(),
});
export type Publication = z.infer<typeof publicationSchema>;
