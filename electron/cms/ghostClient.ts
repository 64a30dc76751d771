// Ghost's Admin API with an Admin API key (a fresh short-lived token per request). The body goes
// as HTML (`?source=html`; Ghost turns it into its own cards); an update carries the post's
// `updated_at` as Ghost last gave it, which Ghost checks itself (409 when someone saved since).
import { serviceError, type ErrorPhrase } from '../../shared/contract/errorMessages';
import type { RemoteStatus } from '../../shared/contract/publishing';
import type { CmsClient, OutgoingPost, PictureUpload, RemotePost, SentResult, UploadedMedia } from './cmsClient';
import { cmsFetch } from './cmsHttp';
import { escapeHtml } from '../../shared/publish/escapeHtml';
import { ghostAdminToken } from './ghostToken';

interface GhostPost {
  id: string;
  url?: string;
  updated_at: string;
  status: string;
  title?: string;
  custom_excerpt?: string | null;
  html?: string | null;
  slug?: string;
}

function isGhostPost(value: unknown): value is GhostPost {
  const post = value as GhostPost | null;
  return (
    !!post &&
    typeof post === 'object' &&
    typeof post.id === 'string' &&
    typeof post.updated_at === 'string' &&
    typeof post.status === 'string'
  );
}

export class GhostClient implements CmsClient {
  readonly site: URL;

  constructor(
    url: string,
    private readonly key: string,
  ) {
    this.site = new URL(url.endsWith('/') ? url : `${url}/`);
  }

  private api(path: string, query: Record<string, string> = {}): URL {
    const url = new URL(`ghost/api/admin/${path}`, this.site);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url;
  }

  private async call(url: URL, method: 'GET' | 'POST' | 'PUT', body?: unknown) {
    const form = body instanceof FormData;
    return cmsFetch(this.site, url, {
      method,
      headers: {
        Authorization: `Ghost ${await ghostAdminToken(this.key)}`,
        'Accept-Version': 'v5.0',
        ...(body !== undefined && !form ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      secrets: [this.key, this.key.split(':')[1] ?? ''],
    });
  }

  private odd(what: string): never {
    throw serviceError('remote_failed', 'cmsOddAnswer', { site: this.site.host, what });
  }

  private post(json: unknown): RemotePost {
    const post = (json as { posts?: unknown[] } | null)?.posts?.[0];
    if (!isGhostPost(post)) this.odd('a post without its id, status or updated_at');
    return {
      id: post.id,
      link: typeof post.url === 'string' ? post.url : null,
      modified: post.updated_at,
      status: post.status,
      title: post.title ?? '',
      excerpt: post.custom_excerpt ?? '',
      content: post.html ?? '',
      slug: post.slug ?? '',
    };
  }

  async upload(picture: PictureUpload): Promise<UploadedMedia> {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(picture.data)], { type: picture.mime }), picture.fileName);
    form.set('purpose', 'image');
    form.set('ref', picture.fileName);
    const answer = await this.call(this.api('images/upload/'), 'POST', form);
    const url = (answer.json as { images?: Array<{ url?: unknown }> }).images?.[0]?.url;
    if (typeof url !== 'string') this.odd('an upload without its address');
    // Ghost keeps no text with an image: the alt text and caption travel in the post's HTML.
    return { id: url, url };
  }

  async get(id: string): Promise<RemotePost | null> {
    try {
      return this.post((await this.call(this.api(`posts/${encodeURIComponent(id)}/`, { formats: 'html' }), 'GET')).json);
    } catch (error) {
      if ((error as { text?: { values?: { status?: unknown } } }).text?.values?.status === 404) return null;
      throw error;
    }
  }

  /** The staff user whose name is the byline, if exactly one is. */
  private async authorId(byline: string): Promise<string | null> {
    if (!byline.trim()) return null;
    try {
      const found = (await this.call(this.api('users/', { limit: 'all' }), 'GET')).json as {
        users?: Array<{ id?: unknown; name?: unknown }>;
      };
      const matches = (found.users ?? []).filter(
        (u) => typeof u.name === 'string' && u.name.trim().toLowerCase() === byline.trim().toLowerCase(),
      );
      return matches.length === 1 && typeof matches[0]!.id === 'string' ? matches[0]!.id : null;
    } catch {
      return null;
    }
  }

  private async fields(post: OutgoingPost): Promise<{ fields: Record<string, unknown>; notes: ErrorPhrase[] }> {
    const notes: ErrorPhrase[] = [];
    const fields: Record<string, unknown> = {
      title: post.title,
      html: post.html,
      custom_excerpt: post.excerpt || null,
      slug: post.slug,
      // Ghost replaces the tag list whole (it does not merge): the article's tags are the post's.
      tags: post.tags.map((name) => ({ name })),
      canonical_url: post.canonicalUrl,
      status: post.status,
      feature_image: post.featured?.media.url ?? null,
      feature_image_alt: post.featured?.alt || null,
      // Ghost shows the caption as HTML: the words are escaped.
      feature_image_caption: post.featured?.caption ? escapeHtml(post.featured.caption) : null,
    };
    if (post.publishAt && (post.status === 'scheduled' || new Date(post.publishAt).getTime() <= Date.now()))
      fields.published_at = new Date(post.publishAt).toISOString();
    const author = await this.authorId(post.byline);
    if (author) fields.authors = [{ id: author }];
    else if (post.byline.trim()) notes.push({ key: 'cmsNoteBylineGhost', values: { byline: post.byline.trim() } });
    return { fields, notes };
  }

  async create(post: OutgoingPost): Promise<SentResult> {
    const { fields, notes } = await this.fields(post);
    const answer = await this.call(this.api('posts/', { source: 'html', formats: 'html' }), 'POST', { posts: [fields] });
    return { post: this.post(answer.json), notes };
  }

  async update(current: RemotePost, post: OutgoingPost): Promise<SentResult> {
    const { fields, notes } = await this.fields(post);
    const answer = await this.call(this.api(`posts/${encodeURIComponent(current.id)}/`, { source: 'html', formats: 'html' }), 'PUT', {
      posts: [{ ...fields, updated_at: current.modified }],
    });
    return { post: this.post(answer.json), notes };
  }

  async unpublish(current: RemotePost): Promise<RemotePost> {
    const answer = await this.call(this.api(`posts/${encodeURIComponent(current.id)}/`, { formats: 'html' }), 'PUT', {
      posts: [{ status: 'draft', updated_at: current.modified }],
    });
    return this.post(answer.json);
  }

  statusOf(post: RemotePost): RemoteStatus | 'unpublished' {
    if (post.status === 'published') return 'published';
    if (post.status === 'scheduled') return 'scheduled';
    return 'draft';
  }
}
