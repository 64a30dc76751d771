// A standalone publication page: lang, charset, viewport, title, description, canonical URL,
// Open Graph and Twitter tags (the hero's crops for sharing, when made), schema.org NewsArticle (and
// ClaimReview for a fact-check), a small
// readable stylesheet, and the <article> itself. Built only from saved fields and the body.
import { normalizeTags } from '../articles/tags';
import type { Article } from '../contract/channels';
import { INDONESIAN_ZONE_NAMES, isoToWallTime, wallTimeToIso } from '../time/zonedTime';
import { formatWallTime } from '../time/wallTimeText';
import { escapeHtml } from './escapeHtml';
import { PAGE_STYLESHEET } from './stylesheets';
import { renderBody, renderFigure, type RenderContext } from './renderBody';

export interface DocumentOptions {
  /** Absolute address of the published page, if known. */
  canonicalUrl?: string;
  organization?: string;
  /** schema.org ClaimReview, for an article from the Fact-check template. */
  claimReview?: Record<string, unknown> | null;
}

/** "4 Juli 2025 17.00 WIB" / "4 July 2025 17:00 WIB", as the newsroom writes it. */
export function formatDateline(iso: string, zone: string, language: string): string {
  const offset = iso.slice(19).replace(/^\.\d+/, '') || 'Z';
  const zoneName = INDONESIAN_ZONE_NAMES[zone] ?? (offset === 'Z' ? 'UTC' : `UTC${offset}`);
  return `${formatWallTime(iso, zone, language)} ${zoneName}`;
}

/** The last change, with the article zone's offset (as datePublished has), never before publication. */
function modifiedAt(article: Article): string {
  const updated = article.updatedAt ? wallTimeToIso(isoToWallTime(article.updatedAt, article.timeZone), article.timeZone) : null;
  if (!updated || !article.publishAt || new Date(updated) < new Date(article.publishAt)) return article.publishAt!;
  return updated;
}

function jsonLd(data: Record<string, unknown>): string {
  // "<" escaped so no text can close the script element.
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

export function renderDocument(article: Article, ctx: RenderContext, options: DocumentOptions = {}): string {
  const title = article.headline.trim() || 'Untitled';
  const description = article.dek.trim();
  const hero = article.hero?.assetId ? ctx.resolveImage(article.hero.assetId) : null;
  const absolute = (src: string) => (options.canonicalUrl ? new URL(src, options.canonicalUrl).href : src);
  const heroUrl = hero ? absolute(hero.src) : undefined;
  // Sharing and search get the hero's crops (16:9, 4:3, 1:1) when the export made them, else the hero itself.
  const shared = hero && ctx.shareImages?.length ? ctx.shareImages.map((image) => ({ ...image, src: absolute(image.src) })) : [];
  const images = shared.length ? shared.map((image) => image.src) : heroUrl ? [heroUrl] : [];
  const tags = normalizeTags(article.tags ?? []);
  const newsArticle: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    ...(description ? { description } : {}),
    ...(images.length ? { image: images } : {}),
    ...(article.publishAt ? { datePublished: article.publishAt, dateModified: modifiedAt(article) } : {}),
    ...(article.byline.trim()
      ? {
          author: article.byline
            .split(/,| dan | and /)
            .map((name) => ({ '@type': 'Person', name: name.trim() }))
            .filter((a) => a.name),
        }
      : {}),
    ...(tags.length ? { keywords: tags } : {}),
    ...(options.organization ? { publisher: { '@type': 'Organization', name: options.organization } } : {}),
    ...(options.canonicalUrl ? { mainEntityOfPage: options.canonicalUrl } : {}),
  };
  const meta = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    options.canonicalUrl ? `<link rel="canonical" href="${escapeHtml(options.canonicalUrl)}">` : '',
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    description ? `<meta property="og:description" content="${escapeHtml(description)}">` : '',
    options.canonicalUrl ? `<meta property="og:url" content="${escapeHtml(options.canonicalUrl)}">` : '',
    ...(shared.length
      ? shared.map(
          (image) =>
            `<meta property="og:image" content="${escapeHtml(image.src)}">\n<meta property="og:image:width" content="${image.width}">\n<meta property="og:image:height" content="${image.height}">`,
        )
      : [heroUrl ? `<meta property="og:image" content="${escapeHtml(heroUrl)}">` : '']),
    article.publishAt ? `<meta property="article:published_time" content="${escapeHtml(article.publishAt)}">` : '',
    ...tags.map((tag) => `<meta property="article:tag" content="${escapeHtml(tag)}">`),
    `<meta name="twitter:card" content="${heroUrl ? 'summary_large_image' : 'summary'}">`,
    `<meta name="twitter:title" content="${escapeHtml(title)}">`,
    description ? `<meta name="twitter:description" content="${escapeHtml(description)}">` : '',
    jsonLd(newsArticle),
    options.claimReview ? jsonLd(options.claimReview) : '',
    `<style>${PAGE_STYLESHEET}</style>`,
  ].filter(Boolean);
  const header = [
    `<h1>${escapeHtml(title)}</h1>`,
    description ? `<p class="dek">${escapeHtml(description)}</p>` : '',
    article.byline.trim() || article.publishAt
      ? `<p class="byline">${article.byline.trim() ? escapeHtml(article.byline.trim()) : ''}${article.byline.trim() && article.publishAt ? ' · ' : ''}${
          article.publishAt
            ? `<time datetime="${escapeHtml(article.publishAt)}">${escapeHtml(formatDateline(article.publishAt, article.timeZone, article.language))}</time>`
            : ''
        }</p>`
      : '',
    article.hero ? renderFigure(article.hero, ctx) : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${escapeHtml(article.language)}">
<head>
${meta.join('\n')}
</head>
<body>
<main>
<article>
<header>
${header.join('\n')}
</header>
${renderBody(article.body, ctx)}
</article>
</main>
</body>
</html>
`;
}
