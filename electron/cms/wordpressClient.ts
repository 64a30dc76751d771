// WordPress's REST API with an Application Password (Basic auth). Routes go through
// `?rest_route=`, which every WordPress answers, with or without pretty permalinks. WordPress has
// no collision check of its own: the caller compares `modified_gmt` before updating.
import { serviceError, type ErrorPhrase } from '../../shared/contract/errorMessages';
import type { RemoteStatus } from '../../shared/contract/publishing';
import { wordpressBlocks } from '../../shared/publish/wordpressBlocks';
import { escapeHtml } from '../../shared/publish/escapeHtml';
import type { CmsClient, OutgoingPost, PictureUpload, RemotePost, SentResult, UploadedMedia } from './cmsClient';
import { cmsFetch } from './cmsHttp';

interface WpPost {
  id: number;
  link?: string;
  modified_gmt: string;
  status: string;
  slug: string;
  title: { raw?: string; rendered?: string };
  excerpt: { raw?: string; rendered?: string };
  content: { raw?: string; rendered?: string };
}

const STATUS_OUT: Record<RemoteStatus, string> = { draft: 'draft', scheduled: 'future', published: 'publish' };

function isWpPost(value: unknown): value is WpPost {
  const post = value as WpPost | null;
  return (
    !!post &&
    typeof post === 'object' &&
    typeof post.id === 'number' &&
    typeof post.modified_gmt === 'string' &&
    typeof post.status === 'string' &&
    typeof post.title === 'object' &&
    typeof post.content === 'object'
  );
}

/** An instant as WordPress's `date_gmt` (UTC, no offset). */
function gmt(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19);
}

export class WordPressClient implements CmsClient {
  readonly site: URL;
  private readonly auth: string;

  constructor(
    url: string,
    private readonly user: string,
    private readonly password: string,
  ) {
    this.site = new URL(url.endsWith('/') ? url : `${url}/`);
    this.auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }

  private route(path: string, query: Record<string, string> = {}): URL {
    const url = new URL(this.site);
    url.search = '';
    url.searchParams.set('rest_route', path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url;
  }

  private async call(url: URL, method: 'GET' | 'POST' | 'DELETE', body?: unknown, headers: Record<string, string> = {}) {
    const raw = body instanceof Uint8Array;
    return cmsFetch(this.site, url, {
      method,
      headers: { Authorization: this.auth, ...(body !== undefined && !raw ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
      secrets: [this.password, Buffer.from(`${this.user}:${this.password}`).toString('base64')],
    });
  }

  private odd(what: string): never {
    throw serviceError('remote_failed', 'cmsOddAnswer', { site: this.site.host, what });
  }

  private post(json: unknown): RemotePost {
    if (!isWpPost(json)) this.odd('a post without its id, status or modification time');
    return {
      id: String(json.id),
      link: typeof json.link === 'string' ? json.link : null,
      modified: json.modified_gmt,
      status: json.status,
      title: json.title.raw ?? json.title.rendered ?? '',
      excerpt: json.excerpt?.raw ?? json.excerpt?.rendered ?? '',
      content: json.content.raw ?? json.content.rendered ?? '',
      slug: json.slug,
    };
  }

  async upload(picture: PictureUpload): Promise<UploadedMedia> {
    // The text goes with the upload itself: one request, so a retry never leaves a half-described picture.
    // WordPress keeps a caption as HTML: the words are escaped, the credit marked as in our pages.
    const caption = [
      escapeHtml(picture.caption.trim()),
      picture.credit.trim() ? `<span class="credit">${escapeHtml(picture.credit.trim())}</span>` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const query: Record<string, string> = { alt_text: picture.alt.trim(), caption };
    if (picture.credit.trim()) query.description = `Credit: ${picture.credit.trim()}`;
    const answer = await this.call(this.route('/wp/v2/media', query), 'POST', picture.data, {
      'Content-Type': picture.mime,
      'Content-Disposition': `attachment; filename="${picture.fileName.replace(/["\\\r\n]/g, '')}"`,
    });
    const media = answer.json as { id?: unknown; source_url?: unknown };
    if (typeof media.id !== 'number' || typeof media.source_url !== 'string') this.odd('an upload without its id or address');
    return { id: String(media.id), url: media.source_url };
  }

  async get(id: string): Promise<RemotePost | null> {
    try {
      return this.post((await this.call(this.route(`/wp/v2/posts/${encodeURIComponent(id)}`, { context: 'edit' }), 'GET')).json);
    } catch (error) {
      if ((error as { text?: { values?: { status?: unknown } } }).text?.values?.status === 404) return null;
      throw error;
    }
  }

  /** The site's term ids for the tags, made where missing. */
  private async tagIds(names: readonly string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const name of names) {
      const found = (await this.call(this.route('/wp/v2/tags', { search: name, per_page: '100' }), 'GET')).json;
      const match = Array.isArray(found)
        ? (found as Array<{ id?: unknown; name?: unknown }>).find(
            (t) => typeof t.name === 'string' && decodeEntities(t.name).toLowerCase() === name.toLowerCase(),
          )
        : undefined;
      if (match && typeof match.id === 'number') {
        ids.push(match.id);
        continue;
      }
      const made = (await this.call(this.route('/wp/v2/tags'), 'POST', { name })).json as { id?: unknown };
      if (typeof made.id !== 'number') this.odd('a new tag without its id');
      ids.push(made.id);
    }
    return ids;
  }

  /** The user whose display name is the byline, if exactly one is. */
  private async authorId(byline: string): Promise<number | null> {
    if (!byline.trim()) return null;
    try {
      const found = (await this.call(this.route('/wp/v2/users', { search: byline.trim(), context: 'edit', per_page: '100' }), 'GET')).json;
      const matches = Array.isArray(found)
        ? (found as Array<{ id?: unknown; name?: unknown }>).filter(
            (u) => typeof u.name === 'string' && u.name.trim().toLowerCase() === byline.trim().toLowerCase(),
          )
        : [];
      return matches.length === 1 && typeof matches[0]!.id === 'number' ? matches[0]!.id : null;
    } catch {
      // An account that may not list users publishes as itself.
      return null;
    }
  }

  private async body(post: OutgoingPost): Promise<{ fields: Record<string, unknown>; notes: ErrorPhrase[] }> {
    const notes: ErrorPhrase[] = [];
    const fields: Record<string, unknown> = {
      title: post.title,
      excerpt: post.excerpt,
      content: wordpressBlocks(post.html, post.media),
      slug: post.slug,
      status: STATUS_OUT[post.status],
      tags: await this.tagIds(post.tags),
      featured_media: post.featured ? Number(post.featured.media.id) : 0,
    };
    if (post.status === 'scheduled' && post.publishAt) fields.date_gmt = gmt(post.publishAt);
    if (post.status === 'published' && post.publishAt && new Date(post.publishAt).getTime() <= Date.now())
      fields.date_gmt = gmt(post.publishAt);
    const author = await this.authorId(post.byline);
    if (author !== null) fields.author = author;
    else if (post.byline.trim()) notes.push({ key: 'cmsNoteBylineWordPress', values: { byline: post.byline.trim(), user: this.user } });
    if (post.canonicalUrl) notes.push({ key: 'cmsNoteNoCanonical' });
    return { fields, notes };
  }

  async create(post: OutgoingPost): Promise<SentResult> {
    const { fields, notes } = await this.body(post);
    const answer = await this.call(this.route('/wp/v2/posts', { context: 'edit' }), 'POST', fields);
    return { post: this.post(answer.json), notes };
  }

  async update(current: RemotePost, post: OutgoingPost): Promise<SentResult> {
    const { fields, notes } = await this.body(post);
    const answer = await this.call(this.route(`/wp/v2/posts/${encodeURIComponent(current.id)}`, { context: 'edit' }), 'POST', fields);
    return { post: this.post(answer.json), notes };
  }

  async unpublish(current: RemotePost): Promise<RemotePost> {
    const answer = await this.call(this.route(`/wp/v2/posts/${encodeURIComponent(current.id)}`, { context: 'edit' }), 'POST', {
      status: 'draft',
    });
    return this.post(answer.json);
  }

  statusOf(post: RemotePost): RemoteStatus | 'unpublished' {
    if (post.status === 'publish') return 'published';
    if (post.status === 'future') return 'scheduled';
    return 'draft';
  }
}

/** WordPress answers term names HTML-escaped ("Pemilu &amp; Partai"). */
function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'");
}
