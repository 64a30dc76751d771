// A WordPress post's content as the HTML page importHtml reads. Posts from the classic editor keep
// their paragraphs as blank lines (WordPress adds the <p>s only when it shows them: wpautop), and
// their pictures and galleries as shortcodes: [caption] becomes a figure with its caption, [gallery]
// a gallery of the archive's attachments, [embed] its link. Other shortcodes are left as the text they
// are (a plugin's markup is no article's words, but nothing is dropped unseen).
import { escapeHtml } from '../../publish/escapeHtml';
import type { WxrPost } from './readWxr';

const BLOCK_TAG = /<\/?(p|div|figure|h[1-6]|ul|ol|li|blockquote|table|pre|section|hr)\b/i;

/** WordPress's wpautop, for the common case: blank lines part paragraphs, a single line break is a <br>. */
export function autop(content: string): string {
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_TAG.test(chunk.slice(0, 20)) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}

function attribute(attributes: string, name: string): string | null {
  return (
    new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s\\]]+))`, 'i')
      .exec(attributes)
      ?.slice(1)
      .find((v) => v !== undefined) ?? null
  );
}

/**
 * The shortcodes WordPress itself knows that carry content. Each pattern looks a bounded way ahead
 * (a shortcode is short), so a post of unclosed openers stays linear, never quadratic.
 */
function shortcodes(content: string, attachments: Readonly<Record<string, string>>): string {
  return content
    .replace(/\[caption([^\]]{0,2000})\]([\s\S]{0,5000}?)\[\/caption\]/gi, (_, _attributes: string, inner: string) => {
      const picture = /(<a\b[^>]*>)?\s*<img\b[^>]*>\s*(<\/a>)?/i.exec(inner);
      if (!picture) return inner;
      const caption = inner.replace(picture[0], '').trim();
      return `\n\n<figure>${picture[0]}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>\n\n`;
    })
    .replace(/\[gallery([^\]]{0,2000})\]/gi, (whole, attributes: string) => {
      const urls = (attribute(attributes, 'ids') ?? '')
        .split(',')
        .map((id) => attachments[id.trim()])
        .filter((url): url is string => url !== undefined);
      if (!urls.length) return whole;
      return `\n\n<figure class="wp-block-gallery">${urls.map((url) => `<figure><img src="${escapeHtml(url)}" alt=""></figure>`).join('')}</figure>\n\n`;
    })
    .replace(
      /\[embed[^\]]{0,2000}\]([\s\S]{0,2000}?)\[\/embed\]/gi,
      (_, url: string) => `\n\n<p><a href="${escapeHtml(url.trim())}">${escapeHtml(url.trim())}</a></p>\n\n`,
    );
}

/** The post as a page: its title as the headline, then its content (paragraphs made, shortcodes read). */
export function postHtml(post: WxrPost, attachments: Readonly<Record<string, string>> = {}): string {
  const content = shortcodes(post.content, attachments);
  // Block-editor posts (<!-- wp:paragraph -->…) and hand-written HTML have their paragraphs already.
  const body = /<!--\s*wp:|<p[\s>]/i.test(content) ? content : autop(content);
  return `<h1>${escapeHtml(post.title)}</h1>\n${body}`;
}
