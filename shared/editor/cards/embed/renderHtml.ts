// An embed in publication HTML: what the platforms publish as their no-script markup — the words in
// a <blockquote cite>, then who said them and a link to the post — and never a script or a frame.
// A link that is not a post or video on a known platform publishes nothing (the checklist says so).
import { escapeHtml } from '../../../publish/escapeHtml';
import type { CardJson, HtmlRendering, Siblings } from '../cardKind';
import { canonicalEmbedUrl, embedFieldsOf, PLATFORM_NAMES } from './embedJson';

/** Line breaks in the quoted words are kept; everything else is escaped text. */
function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function renderEmbedHtml(node: CardJson, _siblings: Siblings, _html: HtmlRendering): string {
  const fields = embedFieldsOf(node);
  const embed = canonicalEmbedUrl(fields.url);
  if (!embed) return '';
  const href = escapeHtml(embed.url);
  const link = `<a href="${href}">${PLATFORM_NAMES[embed.platform]}</a>`;
  const author = fields.author.trim();
  const caption = `<figcaption>${author ? `${escapeHtml(author)}, ` : ''}${link}</figcaption>`;
  const words = paragraphs(fields.text);
  return `<figure class="embed">${words ? `<blockquote cite="${href}">${words}</blockquote>` : ''}${caption}</figure>`;
}
