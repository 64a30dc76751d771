// The one contract between the renderer and the main side. Every call has a zod input and output;
// the Electron IPC bridge and the browser-mode HTTP transport both carry exactly these channels.
import { z } from 'zod';
import { LANGUAGE_TAG } from '../text/languageTag';
import {
  dictionaryAdditionSchema,
  dictionaryWordsSchema,
  newsroomAccountSchema,
  newsroomArticleSchema,
  newsroomDocumentName,
  ROLES,
} from './newsroom';
import { profileSchema } from '../people/profile';
import { ARTICLE_STATUSES } from '../articles/status';
import { tagsSchema } from '../articles/tags';
import { ASSET_ID_PATTERN, imageSlotSchema } from '../editor/imageSlot';
import { claimFieldsSchema, claimSchema } from '../claims/claimSchema';
import { templateDefinitionSchema, templateSchema } from '../templates/templateSchema';
import { lexicalStateSchema } from './lexicalState';
import { comparisonSchema } from './history';
import { importNoteSchema } from '../import/importMessages';
import { droppedPassageSchema, MAX_DROPPED_PASSAGES } from '../import/siteFurniture';
import { MAX_STEP_PICTURE_BYTES } from '../import/wxr/mediaPath';
import {
  destinationInputSchema,
  destinationName,
  destinationSchema,
  publicationSchema,
  publishProgressSchema,
  REMOTE_STATUSES,
} from './publishing';

const id = z.string().regex(/^[0-9a-f-]{36}$/, 'not an article id');

/** The window's own limit for a WordPress export (the command line takes any size). */
export const MAX_ARCHIVE_BYTES = 40 * 1024 * 1024;
const archiveJob = z.string().regex(/^[0-9a-f-]{36}$/, 'not an archive import');
const count = z.number().int().nonnegative();
export const archiveProgressSchema = z.strictObject({
  job: archiveJob,
  site: z.string().max(2000),
  done: count,
  total: count,
  created: count,
  skipped: count,
  failed: count,
  /** The posts that could not be imported so far (the first hundred), and why. */
  problems: z.array(z.strictObject({ title: z.string().max(500), message: z.string().max(2000) })).max(100),
  /** What else the archive holds, not imported (pages, attachments…), by WordPress's type. */
  others: z.record(z.string().max(100), count),
  truncated: z.boolean(),
  finished: z.boolean(),
  /** The last article made, to open when the import ends. */
  latestArticleId: id.nullable(),
  /** How many pictures the archive's posts name (featured images, galleries, pictures in the text). */
  picturesNamed: count,
  /** The addresses of the pictures the next step's posts name: the window sends those it finds in the site's media folder. */
  nextPictures: z.array(z.string().max(4000)).max(2000),
});

/** Pictures from the site's media folder the window chose, each with the address a post names it by. */
const archivePictures = z
  .array(z.tuple([z.string().max(4000), z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'picture bytes')]))
  .max(2000)
  .refine(
    (pictures) => pictures.reduce((total, [, data]) => total + data.byteLength, 0) <= MAX_STEP_PICTURE_BYTES,
    `at most ${MAX_STEP_PICTURE_BYTES / 1024 / 1024} MB of pictures at a time`,
  );
export type ArchiveProgressView = z.infer<typeof archiveProgressSchema>;
const shortText = (max: number) => z.string().max(max);
/** An id or a slug: what people type on the command line. */
const articleRef = z.string().min(1).max(200);

export const statusSchema = z.enum(ARTICLE_STATUSES);
export const languageSchema = z.string().regex(LANGUAGE_TAG, 'not a language tag like "id" or "en"');
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'not an IANA time zone such as "Asia/Jakarta"');
/** An instant with its UTC offset, as newsrooms publish it. */
export const isoWithOffsetSchema = z.iso.datetime({ offset: true, local: false });

export const articleFieldsSchema = z.strictObject({
  headline: shortText(500),
  dek: shortText(2000),
  byline: shortText(500),
  language: languageSchema,
  timeZone: timeZoneSchema,
  publishAt: isoWithOffsetSchema.nullable(),
  /** The hero image slot (an article field, not part of the body); null when the article has none. */
  hero: imageSlotSchema.nullable(),
  /** Topics, for readers' and search engines' indexes (shared/articles/tags.ts); none when left out. */
  tags: tagsSchema.optional(),
  body: lexicalStateSchema,
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

const profileStateSchema = z.strictObject({
  profile: profileSchema.nullable(),
  suggested: profileSchema.nullable(),
  role: z.enum(ROLES).nullable(),
});

export const articleSummarySchema = z.strictObject({
  id,
  slug: z.string(),
  headline: z.string(),
  status: statusSchema,
  language: languageSchema,
  revision: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = z.strictObject({
  ...articleSummarySchema.shape,
  ...articleFieldsSchema.shape,
  timeZone: z.string(),
  /** The template the article was started from, if any. */
  templateId: z.string().nullable(),
});
export type Article = z.infer<typeof articleSchema>;

/**
 * An article without its body: what an editor window needs beside the live document, which brings
 * the body itself (a long article's JSON is megabytes, read and checked for nothing).
 */
export const articleRecordSchema = articleSchema.omit({ body: true });
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export const snippetSchema = z.array(z.strictObject({ text: z.string(), match: z.boolean() }));
export type Snippet = z.infer<typeof snippetSchema>;

/**
 * What made a version: an automatic snapshot (thinned), a named one (kept), an import, a status
 * change, a publication, a restore. conflict_copy: kept by versions before live documents (which
 * have no conflicts); old stores still hold some.
 */
export const REVISION_KINDS = ['auto', 'manual', 'import', 'status', 'publish', 'restore', 'conflict_copy'] as const;
export const revisionKindSchema = z.enum(REVISION_KINDS);
export type RevisionKind = z.infer<typeof revisionKindSchema>;
export const revisionSummarySchema = z.strictObject({
  id: z.number().int(),
  revision: z.number().int(),
  kind: revisionKindSchema,
  label: z.string().nullable(),
  /** Who made it: the person's name (several, for an automatic snapshot of their edits); null when unknown. */
  author: z.string().nullable(),
  /** Their newsroom role when this desk knew it. */
  role: z.string().nullable(),
  headline: z.string(),
  createdAt: z.string(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const assetInfoSchema = z.strictObject({
  id: z.string().regex(ASSET_ID_PATTERN),
  mime: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
  originalName: z.string(),
  /** From the photo's IPTC/XMP/EXIF metadata, to prefill the slot. */
  caption: z.string(),
  credit: z.string(),
  createdAt: z.string(),
});
export type AssetInfo = z.infer<typeof assetInfoSchema>;

const listFilter = z.union([statusSchema, z.literal('trash')]).optional();

export const backupNameSchema = z.string().regex(/^redaksi-[0-9TZ-]+-[a-z]+\.db$/, 'not a backup name');
export const backupInfoSchema = z.strictObject({
  name: backupNameSchema,
  reason: z.enum(['quit', 'daily', 'migration']),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
export const storeStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('open'), path: z.string(), backups: z.array(backupInfoSchema) }),
  z.strictObject({
    state: z.literal('unavailable'),
    reason: z.enum(['newer_version', 'corrupt', 'unreadable', 'foreign', 'missing']),
    message: z.string(),
    path: z.string(),
    backups: z.array(backupInfoSchema),
    /** Electron can show an open dialog; browser mode asks for a path. */
    canChooseFile: z.boolean(),
  }),
]);
export type StoreStatus = z.output<typeof storeStatusSchema>;

const exportInput = z.strictObject({
  articleId: id,
  format: z.enum(['html', 'fragment', 'md']),
  images: z.enum(['files', 'inline']),
  /** The page's public address: canonical link, og:url, absolute image URLs in the metadata. */
  canonicalUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  /** Keep the credit (only) in the images' metadata; by default they carry none. */
  keepCredit: z.boolean().optional(),
});

export const channels = {
  'app:info': {
    input: z.strictObject({}),
    output: z.strictObject({ mode: z.enum(['electron', 'browser']), version: z.string(), dbPath: z.string() }),
  },
  /** Electron only: the renderer has flushed its edits, the window may close. */
  'app:closeReady': { input: z.strictObject({}), output: z.strictObject({}) },
  /** Electron quits; browser mode stops its server. Offered when the store cannot be opened. */
  'app:quit': { input: z.strictObject({}), output: z.strictObject({}) },
  /** The interface's language, for what the main side shows itself (Electron's menu); browser mode has nothing to show. */
  'app:interfaceLanguage': { input: z.strictObject({ language: z.enum(['id', 'en']) }), output: z.strictObject({}) },
  /** Whether the article store is open; if not, why, and which backups could replace it. */
  'store:status': { input: z.strictObject({}), output: storeStatusSchema },
  /** Replaces the store with one of its own rolling backups (by name; the current file is kept aside). */
  'store:restoreBackup': { input: z.strictObject({ name: backupNameSchema }), output: storeStatusSchema },
  /** Opens another existing store file; without a path Electron asks with its open dialog. */
  'store:openOther': { input: z.strictObject({ path: z.string().min(1).max(4096).optional() }), output: storeStatusSchema },
  'articles:list': {
    input: z.strictObject({ filter: listFilter, limit: z.number().int().min(1).max(1000).optional() }),
    output: z.strictObject({ items: z.array(articleSummarySchema) }),
  },
  'articles:search': {
    input: z.strictObject({ query: z.string().max(500), filter: listFilter, limit: z.number().int().min(1).max(200).optional() }),
    output: z.strictObject({ items: z.array(z.strictObject({ article: articleSummarySchema, snippet: snippetSchema })) }),
  },
  'articles:get': { input: z.strictObject({ ref: articleRef }), output: articleSchema },
  'articles:record': { input: z.strictObject({ ref: articleRef }), output: articleRecordSchema },
  'articles:create': {
    input: z.strictObject({
      headline: shortText(500).optional(),
      language: languageSchema.optional(),
      timeZone: timeZoneSchema.optional(),
      /** A built-in or custom template id; a blank article without one. */
      templateId: z.string().min(1).max(64).optional(),
      /** Copies of the template's repeatable section (the Explainer's numbered sections). */
      sectionCount: z.number().int().min(1).max(30).optional(),
    }),
    output: articleSchema,
  },
  'articles:save': {
    input: z.strictObject({
      id,
      baseRevision: z.number().int().nonnegative(),
      fields: articleFieldsSchema,
      /** "manual" keeps the snapshot forever (Save now); "auto" snapshots are pruned. */
      kind: z.enum(['auto', 'manual']).default('auto'),
      label: shortText(200).optional(),
    }),
    output: z.strictObject({ revision: z.number().int(), slug: z.string(), updatedAt: z.string() }),
  },
  /** A named version of the live document (Ctrl+S): kept forever, unlike the automatic ones. */
  'articles:saveVersion': {
    input: z.strictObject({ id, label: z.string().trim().min(1).max(200).optional() }),
    output: z.strictObject({ revision: z.number().int().positive() }),
  },
  'articles:setStatus': {
    input: z.strictObject({ id, from: statusSchema, to: statusSchema }),
    output: articleSummarySchema,
  },
  'articles:trash': { input: z.strictObject({ id }), output: articleSummarySchema },
  'articles:restore': { input: z.strictObject({ id }), output: articleSummarySchema },
  /** Deletes for good; only an article already in the trash. */
  'articles:purge': { input: z.strictObject({ id }), output: z.strictObject({}) },
  'revisions:list': {
    input: z.strictObject({ articleId: id }),
    output: z.strictObject({ items: z.array(revisionSummarySchema) }),
  },
  /** Compares two versions (`to: 'now'`: the article as it stands); `from` is the older one. */
  'revisions:compare': {
    input: z.strictObject({
      articleId: id,
      from: z.number().int().positive(),
      to: z.union([z.number().int().positive(), z.literal('now')]),
    }),
    output: z.strictObject({ from: revisionSummarySchema, to: revisionSummarySchema.nullable(), comparison: comparisonSchema }),
  },
  /**
   * Brings a version back, whole or one section (`part`: its index among the version's parts, as
   * the comparison numbers them). A restore is a new version; nothing is deleted.
   */
  'revisions:restore': {
    input: z.strictObject({ articleId: id, revision: z.number().int().positive(), part: z.number().int().nonnegative().optional() }),
    output: z.strictObject({ revision: z.number().int().positive() }),
  },
  'templates:list': { input: z.strictObject({}), output: z.strictObject({ items: z.array(templateSchema) }) },
  /** "Save as template": the article's structure (sections, slots, guidance), not its words. */
  'templates:saveFromArticle': {
    input: z.strictObject({ articleId: id, name: z.string().trim().min(1).max(120), description: shortText(500).optional() }),
    output: templateSchema,
  },
  'templates:update': {
    input: z.strictObject({
      id: z.string().min(1).max(64),
      name: z.string().trim().min(1).max(120),
      description: shortText(500),
      definition: templateDefinitionSchema,
    }),
    output: templateSchema,
  },
  'templates:delete': { input: z.strictObject({ id: z.string().min(1).max(64) }), output: z.strictObject({}) },
  /** Stores an image (validated, content-addressed); the document then refers to it by id. */
  'assets:import': {
    input: z.strictObject({ name: shortText(255), data: z.instanceof(Uint8Array) }),
    output: assetInfoSchema,
  },
  'assets:get': { input: z.strictObject({ id: z.string().regex(ASSET_ID_PATTERN) }), output: assetInfoSchema },
  'claims:list': {
    input: z.strictObject({ articleId: id }),
    output: z.strictObject({ items: z.array(claimSchema), scaleId: z.string() }),
  },
  /** "Mark claim": a record for the selected text; the editor then anchors it with a mark carrying this id. */
  'claims:create': {
    input: z.strictObject({ articleId: id, quote: z.string().trim().min(1).max(5000), fields: claimFieldsSchema.partial().optional() }),
    output: claimSchema,
  },
  'claims:update': { input: z.strictObject({ id, patch: claimFieldsSchema.partial() }), output: claimSchema },
  'claims:comment': {
    input: z.strictObject({ id, author: z.string().trim().min(1).max(120), text: z.string().trim().min(1).max(4000) }),
    output: claimSchema,
  },
  /** Sign-off on the saved article: records who, when, the revision and the claim's text at that revision. */
  'claims:signOff': { input: z.strictObject({ id, by: z.string().trim().min(1).max(120) }), output: claimSchema },
  /** Dismisses a claim (an orphan whose text was cut, say). */
  'claims:delete': { input: z.strictObject({ id }), output: z.strictObject({}) },
  'claims:setScale': { input: z.strictObject({ scaleId: z.string().min(1).max(40) }), output: z.strictObject({}) },
  /** The fact-check report as a standalone HTML document, made from the saved data. */
  'claims:report': { input: z.strictObject({ articleId: id }), output: z.strictObject({ html: z.string(), fileName: z.string() }) },
  /** A plain-text draft (the sample's shape) becomes a new article; the report says what was left out. */
  'articles:import': {
    input: z.strictObject({
      /** The file's bytes: plain text in the sample's shape, HTML, Markdown, a Word .docx, or a zip of one with its pictures. */
      data: z.custom<Uint8Array>(
        (v) => v instanceof Uint8Array && v.byteLength > 0 && v.byteLength <= 30 * 1024 * 1024,
        'a file of up to 30 MB',
      ),
      format: z.enum(['text', 'html', 'markdown', 'docx', 'zip']),
      templateId: z.string().min(1).max(64).optional(),
    }),
    output: z.strictObject({
      article: articleSchema,
      report: z.array(importNoteSchema).max(200),
      /** Another site's furniture left out, with its text and place: the page offers to bring it back. */
      dropped: z.array(droppedPassageSchema).max(MAX_DROPPED_PASSAGES),
    }),
  },
  /** The article for publication as a zip: the page plus images/ (or images inlined), metadata stripped. Browser mode downloads it. */
  'publish:export': {
    input: exportInput,
    output: z.strictObject({ fileName: z.string(), zip: z.custom<Uint8Array>((v) => v instanceof Uint8Array) }),
  },
  /**
   * The desktop app: the same zip, written on the main side to where the person chooses in the save
   * dialog, so it never travels through the window. `saved: false` when the dialog was cancelled.
   */
  'publish:exportToFile': {
    input: exportInput,
    output: z.strictObject({ saved: z.boolean(), fileName: z.string(), bytes: z.number().int().nonnegative() }),
  },
  /** "Copy HTML fragment": the body with its images inside the HTML (data: URIs), so they show wherever it is pasted. */
  'publish:fragment': {
    input: z.strictObject({ articleId: id, keepCredit: z.boolean().optional() }),
    output: z.strictObject({ html: z.string(), imageCount: z.number().int().nonnegative() }),
  },
  /** Settings → Publishing: the CMS destinations (never their passwords or keys). */
  'destinations:list': { input: z.strictObject({}), output: z.strictObject({ items: z.array(destinationSchema) }) },
  /** Adds a destination (or replaces the one of that name); its credential is sealed at once and never shown again. */
  'destinations:add': { input: destinationInputSchema, output: destinationSchema },
  'destinations:remove': { input: z.strictObject({ name: destinationName }), output: z.strictObject({}) },
  /**
   * "Publish to…": one step each call (a picture uploaded, then the post), so the window shows
   * progress; call again until `finished`. Open checklist items or a post edited on the site stop
   * it before anything is sent: `override` and `overwrite` go ahead.
   */
  'publish:toCms': {
    input: z.strictObject({
      articleId: id,
      destination: destinationName,
      status: z.enum(REMOTE_STATUSES),
      override: z.boolean().optional(),
      overwrite: z.boolean().optional(),
      canonicalUrl: z
        .url({ protocol: /^https?$/ })
        .max(2000)
        .optional(),
      /** A correction to the article as published there (only once it is published). */
      correction: z.string().trim().min(1).max(2000).optional(),
    }),
    output: publishProgressSchema,
  },
  /** Takes the article's post off a destination's public site (a draft there again). */
  'publish:unpublish': {
    input: z.strictObject({ articleId: id, destination: destinationName }),
    output: z.strictObject({ link: z.string().nullable() }),
  },
  /** Where the article stands on each destination it was sent to. */
  'publish:publications': { input: z.strictObject({ articleId: id }), output: z.strictObject({ items: z.array(publicationSchema) }) },
  /** Pasted HTML through the import normalizer: Lexical JSON blocks to insert at the cursor. */
  'import:paste': { input: z.strictObject({ html: z.string().max(5_000_000) }), output: z.strictObject({ blocks: z.array(z.unknown()) }) },
  /** A WordPress export (WXR) is read; its posts are then imported a few at a time (archive:next), so the window shows progress. */
  'archive:start': {
    input: z.strictObject({
      data: z.custom<Uint8Array>(
        (v) => v instanceof Uint8Array && v.byteLength > 0 && v.byteLength <= MAX_ARCHIVE_BYTES,
        `a WordPress export of up to ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB (a bigger one: redaksi import-wxr)`,
      ),
    }),
    output: archiveProgressSchema,
  },
  'archive:next': { input: z.strictObject({ job: archiveJob, pictures: archivePictures.optional() }), output: archiveProgressSchema },
  /** Stops an archive's import where it is (the posts imported so far stay; importing it again goes on from there). */
  'archive:cancel': { input: z.strictObject({ job: archiveJob }), output: z.strictObject({}) },
  /** The publication page as it will be exported, images inlined so the sandboxed preview shows them. */
  'publish:preview': {
    input: z.strictObject({ articleId: id, format: z.enum(['html', 'fragment']).optional() }),
    output: z.strictObject({ html: z.string() }),
  },
  /**
   * This desk's profile (null until the person sets it), and their role when connected to a
   * newsroom server. `suggested` fills the form the first time (from the account's name, if any).
   */
  'profile:get': { input: z.strictObject({}), output: profileStateSchema },
  'profile:set': { input: profileSchema, output: profileStateSchema },
  /** Whether a newsroom server is configured, and where. */
  'newsroom:status': {
    input: z.strictObject({}),
    output: z.strictObject({ configured: z.boolean(), url: z.string().nullable(), account: newsroomAccountSchema.nullable() }),
  },
  /**
   * Settings → Newsroom server: connects to `url` with `token` (kept encrypted by the desktop, in the
   * store's settings in browser mode; never shown again), or disconnects with `url: null`.
   */
  'newsroom:configure': {
    input: z.union([
      z.strictObject({ url: z.string().trim().min(1).max(2000), token: z.string().trim().min(1).max(500) }),
      z.strictObject({ url: z.null() }),
    ]),
    output: z.strictObject({ configured: z.boolean(), url: z.string().nullable(), account: newsroomAccountSchema.nullable() }),
  },
  /** The newsroom server's articles; `local` when this store has a copy. */
  'newsroom:list': {
    input: z.strictObject({}),
    output: z.strictObject({ items: z.array(newsroomArticleSchema.extend({ local: z.boolean() })) }),
  },
  /**
   * How this store's articles stand with the configured newsroom server: synced, or changes waiting
   * (made offline, not yet acknowledged). An article not listed has never been synced from here.
   */
  'newsroom:standing': {
    input: z.strictObject({}),
    output: z.strictObject({ configured: z.boolean(), articles: z.record(id, z.enum(['synced', 'waiting'])) }),
  },
  /** Brings a newsroom article into this store (kept for offline work); resolves once its content is here. */
  'newsroom:open': { input: z.strictObject({ id: newsroomDocumentName }), output: articleSummarySchema },
  /**
   * The newsroom's dictionary (words every desk's spelling knows): asked of the server, else the
   * words this desk kept from the last time (offline). `canAdd`: this account may add words.
   */
  'dictionary:newsroom': {
    input: z.strictObject({}),
    output: z.strictObject({ configured: z.boolean(), canAdd: z.boolean(), words: dictionaryWordsSchema }),
  },
  /** Adds one word to the newsroom's dictionary (on the server: every desk knows it from its next check). */
  'dictionary:addNewsroom': { input: dictionaryAdditionSchema, output: z.strictObject({}) },
} as const;

export type Channel = keyof typeof channels;
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof channels)[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/** Commands the Electron menu sends to the renderer; the browser build maps the same keys itself. */
export const APP_COMMANDS = [
  'new-article',
  'save-now',
  'find',
  'find-in-article',
  'replace-in-article',
  'close-article',
  'prepare-close',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
export const appCommandSchema = z.enum(APP_COMMANDS);

/** The IPC channel name for main → renderer commands. */
export const APP_COMMAND_EVENT = 'app:command';
