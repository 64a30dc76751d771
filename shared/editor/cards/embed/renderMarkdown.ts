// An embed in Markdown: its words as a block quote, then who said them and the link to the post.
import type { CardJson, MarkdownRendering, Siblings } from '../cardKind';
import { canonicalEmbedUrl, embedFieldsOf, PLATFORM_NAMES } from './embedJson';

export function renderEmbedMarkdown(node: CardJson, _siblings: Siblings, md: MarkdownRendering): string {
  const fields = embedFieldsOf(node);
  const embed = canonicalEmbedUrl(fields.url);
  if (!embed) return '';
  const author = fields.author.trim();
  const source = `— ${author ? `${md.text(author)}, ` : ''}[${PLATFORM_NAMES[embed.platform]}](${embed.url})`;
  const words = fields.text.trim();
  if (!words) return source;
  const quoted = words
    .split('\n')
    .map((line) => (line.trim() ? `> ${md.text(line.trim())}` : '>'))
    .join('\n');
  return `${quoted}\n>\n> ${source}`;
}
