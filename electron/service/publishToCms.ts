// Publishing an article to a CMS, one step per call so the window (and the command line) can show
// progress: each picture is uploaded and remembered, then the post is created or updated. A call
// after a failure goes on from where it stopped, reusing the pictures already up: nothing is sent
// twice, nothing half-published is left behind as a second post.
//
// Before any request: the ready-to-publish checklist (open items are shown; going ahead anyway is
// recorded with who did it). Before an update: the post as the site has it now; edited there since
// the last push (WordPress modified_gmt, Ghost updated_at), nothing is sent until the person
// chooses to overwrite. The claims, notes and reviewers' names never leave: the body comes from the
// publication renderer, as in an export.
import { readFileSync } from 'node:fs';
import type { DestinationStore, OpenDestination, PublicationRecord, SentPost } from '../../db/destinationStore';
import { claimChecklistItems } from '../../shared/checklist/claimChecks';
import { analyzeArticle, type AssetSize, type ChecklistItem } from '../../shared/checklist/readyToPublish';
import { fieldSuggestionChecklistItems } from '../../shared/checklist/fieldSuggestionChecks';
import { findScale } from '../../shared/claims/verdictScales';
import type { Article } from '../../shared/contract/channels';
import { ERROR_MESSAGES, serviceError, type ErrorPhrase } from '../../shared/contract/errorMessages';
import { sayPhrase } from '../../shared/text/phrases';
import type { PublishProgress, RemoteStatus } from '../../shared/contract/publishing';
import type { ImageSlot } from '../../shared/editor/imageSlot';
import { renderBody, type ResolvedImage } from '../../shared/publish/renderBody';
import { renderCorrections } from '../../shared/publish/correctionNotes';
import { formatWallTime } from '../../shared/time/wallTimeText';
import type { CmsClient, OutgoingPost, RemotePost, UploadedMedia } from '../cms/cmsClient';
import { GhostClient } from '../cms/ghostClient';
import { WordPressClient } from '../cms/wordpressClient';
import type { Stores } from './serviceTypes';

export interface PublishRequest {
  articleId: string;
  destination: string;
  status: RemoteStatus;
  /** Go ahead although the checklist has open items. */
  override?: boolean;
  /** Replace the post although it was edited on the site since the last push. */
  overwrite?: boolean;
  canonicalUrl?: string;
  /** A correction to an article already published there: published below the text, kept for every later publication. */
  correction?: string;
}

export type ClientFor = (destination: OpenDestination) => CmsClient;

export const cmsClientFor: ClientFor = (destination) =>
  destination.kind === 'wordpress'
    ? new WordPressClient(destination.url, destination.user, destination.password)
    : new GhostClient(destination.url, destination.key);

type Slot = Pick<ImageSlot, 'alt' | 'caption' | 'credit'>;

/** Each picture's first slot in the body (its alt text, caption and credit go with the upload). */
function slotsOf(article: Article): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  if (article.hero?.assetId) slots.set(article.hero.assetId, article.hero);
  const stack: unknown[] = [article.body.root];
  while (stack.length) {
    const node = stack.pop() as { type?: unknown; children?: unknown; assetId?: unknown } & Partial<Slot>;
    if (node.type === 'image-slot' && typeof node.assetId === 'string' && !slots.has(node.assetId))
      slots.set(node.assetId, { alt: String(node.alt ?? ''), caption: String(node.caption ?? ''), credit: String(node.credit ?? '') });
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return slots;
}

/** The pictures that will be published, in reading order: the hero, then those the rendered body shows (never a pending suggestion's). */
function picturesOf(article: Article): string[] {
  const ids: string[] = [];
  if (article.hero?.assetId) ids.push(article.hero.assetId);
  renderBody(article.body, {
    resolveImage(id) {
      if (!ids.includes(id)) ids.push(id);
      return { src: '', width: 1, height: 1, webp: [] };
    },
  });
  return ids;
}

/** The checklist's open items (as the window's checklist shows them). */
function openItems(stores: Stores, article: Article): ChecklistItem[] {
  const sizes = new Map<string, AssetSize>();
  for (const id of slotsOf(article).keys()) {
    if (!stores.assets.file(id)) continue;
    const { width, height } = stores.assets.get(id);
    sizes.set(id, { width, height });
  }
  return [
    ...analyzeArticle(article, sizes).items,
    ...claimChecklistItems(article.body, stores.claims.list(article.id), findScale(stores.claims.verdictScaleId()), article.language),
    ...fieldSuggestionChecklistItems(stores.live.fieldSuggestions(article.id)),
  ];
}

function extensionOf(mime: string): string {
  return mime === 'image/jpeg' ? 'jpg' : mime.replace('image/', '');
}

/** Markup as plain words, to say what changed on the site without the markup's noise. */
function plain(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&#8217;/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function changesSince(sent: SentPost, remote: RemotePost): PublishProgress['remoteChanges'] {
  const changes: PublishProgress['remoteChanges'] = [];
  const compare = (field: 'title' | 'excerpt' | 'content' | 'slug' | 'status', was: string, now: string) => {
    if (was !== now) changes.push({ field, remote: clip(now), sent: clip(was) });
  };
  compare('title', plain(sent.title), plain(remote.title));
  compare('excerpt', plain(sent.excerpt), plain(remote.excerpt));
  compare('content', plain(sent.content), plain(remote.content));
  compare('slug', sent.slug, remote.slug);
  compare('status', sent.status, remote.status);
  return changes;
}

export class Publisher {
  constructor(
    private readonly stores: Stores,
    private readonly destinations: DestinationStore,
    private readonly clientFor: ClientFor = cmsClientFor,
    /** Who is publishing (the profile's name), for the record of a checklist overridden. */
    private readonly person: () => string | null = () => null,
  ) {}

  /** What is being sent, per article and site: two windows publishing the same article at once take turns (never two posts). */
  private readonly sending = new Map<string, Promise<unknown>>();

  private inTurn<T>(articleId: string, destination: string, work: () => Promise<T>): Promise<T> {
    const key = `${articleId}\n${destination.toLowerCase()}`;
    const before = this.sending.get(key) ?? Promise.resolve();
    const mine = before.then(work, work);
    const settled = mine.catch(() => undefined);
    this.sending.set(key, settled);
    void settled.then(() => {
      if (this.sending.get(key) === settled) this.sending.delete(key);
    });
    return mine;
  }

  /** One step: a picture up, or the post. */
  step(request: PublishRequest): Promise<PublishProgress> {
    return this.inTurn(request.articleId, request.destination, () => this.stepNow(request));
  }

  private async stepNow(request: PublishRequest): Promise<PublishProgress> {
    const article = this.stores.articles.get(request.articleId);
    const destination = this.destinations.open(request.destination);
    const client = this.clientFor(destination);
    const pictures = picturesOf(article);
    const uploaded = this.destinations.uploadedMedia(article.id, destination);
    const standing = this.destinations.publication(article.id, destination);
    const names = new Map(pictures.map((id, i) => [id, `${article.slug}-${i + 1}.${extensionOf(this.stores.assets.get(id).mime)}`]));
    const progress: PublishProgress = {
      destination: destination.name,
      steps: [
        ...pictures.map((id) => ({ kind: 'picture' as const, label: names.get(id)!, done: uploaded.has(id) })),
        { kind: 'post' as const, label: article.headline || article.slug, done: false },
      ],
      finished: false,
      link: standing?.link ?? null,
      blockers: [],
      remoteChanges: [],
      remoteChanged: false,
      notes: [],
    };

    const blockers = openItems(this.stores, article);
    if (blockers.length > 0 && !request.override)
      return { ...progress, blockers: blockers.map((item) => ({ message: item.message, text: item.text })) };
    if (request.status === 'scheduled' && (!article.publishAt || new Date(article.publishAt).getTime() <= Date.now())) {
      throw serviceError('invalid_input', 'cmsNeedsFutureTime', {
        when: article.publishAt ? formatWallTime(article.publishAt, article.timeZone, 'en') : '—',
      });
    }

    if (request.correction && standing?.status !== 'published')
      throw serviceError('invalid_input', 'cmsCorrectionUnpublished', { name: destination.name });

    const waiting = pictures.find((id) => !uploaded.has(id));
    if (waiting) {
      const slot = slotsOf(article).get(waiting) ?? { alt: '', caption: '', credit: '' };
      const asset = this.stores.assets.get(waiting);
      const media = await client.upload({
        fileName: names.get(waiting)!,
        mime: asset.mime,
        // Metadata stripped (no GPS, no camera serials), named after the article: as in an export.
        data: readFileSync(await this.stores.assets.strippedOriginal(waiting)),
        alt: slot.alt,
        caption: slot.caption,
        credit: slot.credit,
      });
      this.destinations.recordMedia(article.id, destination, waiting, media);
      progress.steps[pictures.indexOf(waiting)]!.done = true;
      return progress;
    }

    const madeAt = new Date().toISOString();
    const post = this.outgoing(article, request, uploaded, madeAt);
    const previous = standing;
    const remote = previous ? await client.get(previous.remoteId) : null;
    if (previous && remote && remote.modified !== previous.remoteModified && !request.overwrite) {
      return { ...progress, remoteChanged: true, remoteChanges: changesSince(previous.sent, remote) };
    }
    const sent = remote ? await client.update(remote, post) : await client.create(post);
    const current = sent.post;
    const record: PublicationRecord = {
      remoteId: current.id,
      link: current.link,
      status: client.statusOf(current),
      remoteModified: current.modified,
      sent: { title: current.title, excerpt: current.excerpt, content: current.content, slug: current.slug, status: current.status },
      overriddenBy: blockers.length > 0 ? (this.person() ?? 'someone at this desk') : null,
      publishedAt: new Date().toISOString(),
    };
    // Kept only once it is on the site: a retry after a failure sends it again, never twice.
    if (request.correction) this.stores.corrections.add(article.id, request.correction, this.person(), madeAt);
    this.destinations.recordPublication(article.id, destination, record);
    this.stores.live.snapshot(article.id, {
      kind: 'publish',
      label:
        `Sent to ${destination.name} (${request.status})` +
        (record.overriddenBy ? `, with ${blockers.length} checklist item(s) open, by ${record.overriddenBy}` : ''),
      author: this.person(),
      role: null,
    });
    const notes: ErrorPhrase[] = [...sent.notes];
    if (previous && !remote) notes.push({ key: 'cmsNotePostGone', values: { name: destination.name } });
    progress.steps.at(-1)!.done = true;
    return {
      ...progress,
      finished: true,
      link: current.link,
      notes: notes.map((text) => ({ message: sayPhrase(text, ERROR_MESSAGES), text })),
    };
  }

  private outgoing(article: Article, request: PublishRequest, uploaded: Map<string, UploadedMedia>, madeAt: string): OutgoingPost {
    const resolved = new Map<string, ResolvedImage>();
    for (const [id, media] of uploaded) {
      const asset = this.stores.assets.get(id);
      resolved.set(id, { src: media.url, width: asset.width, height: asset.height, webp: [] });
    }
    const corrections = [
      ...this.stores.corrections.list(article.id),
      ...(request.correction ? [{ note: request.correction, madeAt }] : []),
    ];
    const html = [
      renderBody(article.body, { resolveImage: (id) => resolved.get(id) ?? null }),
      renderCorrections(corrections, article.language, article.timeZone),
    ]
      .filter(Boolean)
      .join('\n');
    const hero = article.hero?.assetId ? uploaded.get(article.hero.assetId) : undefined;
    const heroCaption = [article.hero?.caption.trim(), article.hero?.credit.trim()].filter(Boolean).join(' ');
    return {
      title: article.headline,
      excerpt: article.dek,
      html,
      slug: article.slug,
      tags: article.tags ?? [],
      byline: article.byline,
      canonicalUrl: request.canonicalUrl ?? null,
      status: request.status,
      publishAt: article.publishAt,
      featured: hero && article.hero ? { media: hero, alt: article.hero.alt.trim(), caption: heroCaption } : null,
      media: new Map([...uploaded.values()].map((media) => [media.url, media])),
    };
  }

  /** Takes the post off the site (a draft there again); the record says so. */
  unpublish(articleId: string, destinationName: string): Promise<{ link: string | null }> {
    return this.inTurn(articleId, destinationName, () => this.unpublishNow(articleId, destinationName));
  }

  private async unpublishNow(articleId: string, destinationName: string): Promise<{ link: string | null }> {
    const destination = this.destinations.open(destinationName);
    const previous = this.destinations.publication(articleId, destination);
    if (!previous) throw serviceError('not_found', 'cmsNotPublished', { name: destination.name });
    const client = this.clientFor(destination);
    const current = await client.get(previous.remoteId);
    if (!current) throw serviceError('not_found', 'cmsRemoteGone', { name: destination.name });
    const after = await client.unpublish(current);
    this.destinations.recordPublication(articleId, destination, {
      ...previous,
      status: 'unpublished',
      remoteModified: after.modified,
      sent: { ...previous.sent, status: after.status },
    });
    this.stores.live.snapshot(articleId, {
      kind: 'status',
      label: `Taken down from ${destination.name}`,
      author: this.person(),
      role: null,
    });
    return { link: after.link };
  }
}
