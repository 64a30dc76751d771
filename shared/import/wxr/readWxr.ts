// A WordPress export (WXR: RSS with WordPress's own elements) read into its posts and pages: title,
// slug, status, dates, author, excerpt, content, tags and categories, featured image; the attachments'
// addresses (for galleries and featured images). Attachments, menus, revisions and the rest are
// counted, not imported. Streaming (htmlparser2 in XML mode): a 100 MB archive is read once.
import { DomUtils, parseDocument, Parser } from 'htmlparser2';

/** Text WordPress may have stored with entities in it ("Banjir &amp; Longsor", "Jum&#8217;at"). */
const decoded = (text: string) => DomUtils.textContent(parseDocument(text)).trim();

/** What of an archive becomes articles: its posts and its pages (an "about us", an election explainer kept as a page). */
export const WXR_ARTICLE_TYPES = ['post', 'page'] as const;
export type WxrArticleType = (typeof WXR_ARTICLE_TYPES)[number];

export interface WxrPost {
  type: WxrArticleType;
  /** The post's id on its site: with the site's address, what makes a re-import find it again. */
  postId: string;
  guid: string;
  title: string;
  slug: string;
  /** WordPress's status: publish, draft, future, pending, private. */
  status: string;
  /** The post's time on the site's clock and in UTC ("2025-07-04 17:00:00"), when it has them. */
  date: string;
  dateGmt: string;
  author: string;
  excerpt: string;
  content: string;
  tags: string[];
  categories: string[];
  /** The featured image's address, when it names one the archive has. */
  featuredImage: string | null;
  /** The addresses of the attachments its [gallery] shortcodes name, by id. */
  attachments: Record<string, string>;
}

export interface WxrArchive {
  /** The site's address (wp:base_site_url, else the channel's link). */
  site: string;
  posts: WxrPost[];
  /** What else the archive holds, by WordPress's post type ("page": 3, "attachment": 40). */
  others: Record<string, number>;
  /** Each attachment's address by its post id (a [gallery]'s ids name them). */
  attachments: Record<string, string>;
  /** The file ends inside a post (cut short): that post is left out. */
  truncated: boolean;
}

/** An archive's posts past this are not read (a site's whole history is imported in parts). */
export const MAX_WXR_POSTS = 50_000;

interface OpenItem {
  fields: Map<string, string>;
  categories: Array<{ domain: string; name: string }>;
  meta: Map<string, string>;
}

/** The attachments a post's [gallery ids="…"] name (each post carries only its own, not the site's thousands). */
function galleryAttachments(content: string, all: Readonly<Record<string, string>>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of content.matchAll(/\[gallery[^\]]{0,2000}?\bids\s*=\s*["']?([\d,\s]{1,20000})/gi))
    for (const id of match[1]!.split(',').map((s) => s.trim())) if (all[id]) found[id] = all[id];
  return found;
}

export function readWxr(xml: string): WxrArchive {
  const path: string[] = [];
  let text = '';
  let category: { domain: string } | null = null;
  let item: OpenItem | null = null;
  let metaKey = '';
  let authorLogin = '';
  let authorName = '';
  let truncated = false;
  const channel = new Map<string, string>();
  const authors = new Map<string, string>();
  const items: OpenItem[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        path.push(name);
        text = '';
        if (name === 'item') item = { fields: new Map(), categories: [], meta: new Map() };
        if (name === 'category' && item && path.length === 4) category = { domain: attribs.domain ?? 'category' };
      },
      ontext(data) {
        // Bounded: one field is never a whole archive.
        if (text.length < 20_000_000) text += data;
      },
      onclosetag(name, implied) {
        const depth = path.length;
        const parent = path[depth - 2];
        const value = text.trim();
        if (item && name === 'item') {
          // An item the archive never closed (a file cut short) may be cut short itself: left out, and counted.
          if (implied) truncated = true;
          else if (items.length < MAX_WXR_POSTS * 4) items.push(item);
          item = null;
        } else if (item && parent === 'item') {
          if (name === 'category' && category) item.categories.push({ domain: category.domain, name: value });
          else if (!item.fields.has(name)) item.fields.set(name, text);
          category = null;
        } else if (item && parent === 'wp:postmeta') {
          if (name === 'wp:meta_key') metaKey = value;
          else if (name === 'wp:meta_value' && metaKey) item.meta.set(metaKey, value);
        } else if (parent === 'wp:author') {
          if (name === 'wp:author_login') authorLogin = value;
          if (name === 'wp:author_display_name') authorName = value;
        } else if (name === 'wp:author') {
          if (authorLogin) authors.set(authorLogin, authorName || authorLogin);
          authorLogin = authorName = '';
        } else if (parent === 'channel' && !channel.has(name)) channel.set(name, value);
        path.pop();
        text = '';
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.end(xml);

  const attachments: Record<string, string> = {};
  for (const it of items)
    if (it.fields.get('wp:post_type')?.trim() === 'attachment') {
      const url = it.fields.get('wp:attachment_url')?.trim();
      if (url) attachments[it.fields.get('wp:post_id')?.trim() ?? ''] = url;
    }
  const others: Record<string, number> = {};
  const posts: WxrPost[] = [];
  for (const it of items) {
    const type = it.fields.get('wp:post_type')?.trim() || 'post';
    if (!(WXR_ARTICLE_TYPES as readonly string[]).includes(type) || posts.length >= MAX_WXR_POSTS) {
      others[type] = (others[type] ?? 0) + 1;
      continue;
    }
    const field = (name: string) => it.fields.get(name)?.trim() ?? '';
    const creator = field('dc:creator');
    posts.push({
      type: type as WxrArticleType,
      postId: field('wp:post_id'),
      guid: field('guid'),
      title: decoded(field('title')),
      slug: field('wp:post_name'),
      status: field('wp:status'),
      date: field('wp:post_date'),
      dateGmt: field('wp:post_date_gmt'),
      author: decoded(authors.get(creator) ?? creator),
      excerpt: it.fields.get('excerpt:encoded') ?? '',
      content: it.fields.get('content:encoded') ?? '',
      tags: it.categories.filter((c) => c.domain === 'post_tag').map((c) => decoded(c.name)),
      categories: it.categories.filter((c) => c.domain === 'category' && c.name !== 'Uncategorized').map((c) => decoded(c.name)),
      featuredImage: attachments[it.meta.get('_thumbnail_id') ?? ''] ?? null,
      attachments: galleryAttachments(it.fields.get('content:encoded') ?? '', attachments),
    });
  }
  return { site: channel.get('wp:base_site_url') || channel.get('link') || '', posts, others, attachments, truncated };
}
