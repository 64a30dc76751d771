// One WordPress post as an import: its content through the HTML importer, then what the archive
// knows better than the page: the title, the excerpt as dek, the author's display name as byline,
// the publish time with the site's offset, the tags and categories as tags, the featured image.
// Pictures come from the site's media folder when one was given (`media`: each address with its
// bytes); the others' slots wait (remote pictures are never fetched).
import { normalizeTags } from '../../articles/tags';
import type { ArticleStatus } from '../../articles/status';
import { emptySlot, HERO_SPEC } from '../../editor/imageSlot';
import { importHtml } from '../importHtml';
import { importNote } from '../importMessages';
import type { ImportResult } from '../importResult';
import { postHtml } from './postHtml';
import type { WxrPost } from './readWxr';

/** Where a WordPress post stood: published stays published, scheduled is ready, pending review is in review; the rest are drafts. */
export function wxrStatus(status: string): ArticleStatus {
  return ({ publish: 'published', future: 'ready', pending: 'in_review' } as const)[status as 'publish'] ?? 'draft';
}

const ZONES: Record<string, string> = { '+07:00': 'Asia/Jakarta', '+08:00': 'Asia/Makassar', '+09:00': 'Asia/Jayapura', '+00:00': 'UTC' };
const WP_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;

/** The post's time with its offset ("2025-07-04T17:00:00+07:00"), from its local and UTC times; null for a draft's zero date. */
export function wxrPublishAt(date: string, dateGmt: string): { publishAt: string; offset: string } | null {
  const local = WP_TIME.exec(date);
  const utc = WP_TIME.exec(dateGmt);
  if (!local || !utc || dateGmt.startsWith('0000')) return null;
  const minutes = Math.round((Date.parse(`${local[1]}T${local[2]}Z`) - Date.parse(`${utc[1]}T${utc[2]}Z`)) / 60_000);
  if (!Number.isFinite(minutes) || Math.abs(minutes) > 14 * 60) return null;
  const sign = minutes < 0 ? '-' : '+';
  const offset = `${sign}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return { publishAt: `${local[1]}T${local[2]}${offset}`, offset };
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

export function importWxrPost(post: WxrPost, pictures: ReadonlyArray<[string, Uint8Array]> = []): ImportResult {
  // A Map, not an object: a post's <img src="constructor"> must find nothing.
  const media = new Map(pictures);
  const result = importHtml(postHtml(post, post.attachments), (src) => media.get(src) ?? null);
  const time = wxrPublishAt(post.date, post.dateGmt);
  const featured = post.featuredImage ? (post.featuredImage.split(/[?#]/)[0]!.split('/').pop() ?? null) : null;
  const featuredData = post.featuredImage ? media.get(post.featuredImage) : undefined;
  return {
    ...result,
    headline: post.title.trim() || result.headline,
    dek: plain(post.excerpt).slice(0, 2000) || result.dek,
    byline: post.author.slice(0, 500) || result.byline,
    publishAt: time?.publishAt ?? result.publishAt,
    timeZone: (time && ZONES[time.offset]) ?? result.timeZone,
    tags: normalizeTags([...post.tags, ...post.categories, ...(result.tags ?? [])]),
    hero: featured ? emptySlot(HERO_SPEC) : result.hero,
    heroFileName: featured ?? result.heroFileName,
    pictures: featured && featuredData ? [...result.pictures, { slot: 'hero', name: featured, data: featuredData }] : result.pictures,
    report:
      featured && !featuredData ? [...result.report, importNote('imagesWaiting', { count: 1, files: `“${featured}”` })] : result.report,
  };
}
