// Embeds in imported HTML: the platforms' embed snippets (X's twitter-tweet blockquote, Instagram's
// instagram-media, TikTok's tiktok-embed, Facebook's fb-post, YouTube's and Vimeo's iframes, and our
// own published <figure class="embed">) become
// embed cards holding the link, the author and the words; their scripts and frames never come in.
// The sanitizer renames a snippet's outer element to EMBED_TAG (embedTag) so its frame survives it.
import { isTag, type ChildNode, type Element } from 'domhandler';
import type { ImportedJson } from '../cardKind';
import { canonicalEmbedUrl, EMBED_TYPE, embedFieldsOf, MAX_EMBED_TEXT } from './embedJson';

/** The element the sanitizer makes of an embed snippet (a custom element: no page has one). */
export const EMBED_TAG = 'redaksi-embed';

const SNIPPET_CLASSES = /(?:^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video)(?:\s|$)/;
/** Titles the platforms' embed codes give every frame: not a video's title. */
const GENERIC_TITLES = /^(?:youtube video player|vimeo-player|vimeo video player|embedded content|)$/i;

/**
 * For the sanitizer's transformTags: an embed snippet's outer element becomes EMBED_TAG with the
 * link its attributes name (if any; X's is inside it); anything else is left as it is.
 */
export function embedTag(name: string, attribs: Record<string, string>): { tagName: string; attribs: Record<string, string> } {
  const linked = [attribs.src, attribs.cite, attribs['data-instgrm-permalink'], attribs['data-href']]
    .map((candidate) => (candidate ? canonicalEmbedUrl(candidate) : null))
    .find(Boolean);
  const snippet =
    ((name === 'blockquote' || name === 'div') && SNIPPET_CLASSES.test(attribs.class ?? '')) ||
    // Our own published embed, imported back; WordPress's embed block (its link as the wrapper's text).
    (name === 'figure' && /(?:^|\s)(?:embed|wp-block-embed)(?:\s|$)/.test(attribs.class ?? ''));
  if (name === 'iframe' ? linked : snippet) {
    const title = name === 'iframe' && !GENERIC_TITLES.test((attribs.title ?? '').trim()) ? (attribs.title ?? '') : '';
    return { tagName: EMBED_TAG, attribs: { url: linked?.url ?? '', title } };
  }
  return { tagName: name, attribs };
}

/** Whether an element the sanitizer drops (an iframe) is an embed that will be kept. */
export function isKeptEmbed(name: string, attribs: Record<string, string>): boolean {
  return embedTag(name, attribs).tagName === EMBED_TAG;
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (!isTag(node)) return '';
  const inner = node.children.map(textOf).join('');
  return isBlock(node) ? `\n${inner}\n` : inner;
}

function isBlock(node: Element): boolean {
  return ['p', 'div', 'section', 'br', 'blockquote'].includes(node.name);
}

function links(node: Element): Element[] {
  return node.children.flatMap((child) => (isTag(child) ? (child.name === 'a' ? [child, ...links(child)] : links(child)) : []));
}

const clean = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** The embed card an EMBED_TAG element stands for, or null when it names no post or video we know. */
export function parseEmbedHtml(element: Element): ImportedJson | null {
  const all = links(element);
  // X's link to the post is its last one (the date); others name it in an attribute.
  // The patterns below look for a name near the start: a hostile snippet's megabytes are not scanned.
  const whole = clean(textOf(element)).slice(0, MAX_EMBED_TEXT);
  const url =
    canonicalEmbedUrl(element.attribs.url ?? '')?.url ??
    [...all]
      .reverse()
      .map((a) => canonicalEmbedUrl(a.attribs.href ?? '')?.url)
      .find(Boolean) ??
    // WordPress's embed block: the link alone, as text.
    canonicalEmbedUrl(whole.split('\n')[0] ?? '')?.url ??
    null;
  if (!url) return null;
  const caption = element.children.find((c): c is Element => isTag(c) && c.name === 'figcaption');
  let author =
    // Ours: "author, Platform" under the quote.
    (caption ? clean(textOf(caption)).replace(/,?\s*(?:X|Instagram|Facebook|TikTok|YouTube|Vimeo)$/, '') : undefined) ??
    /A post shared by (.+)$/im.exec(whole)?.[1] ??
    /Posted by (.+?) on .+$/im.exec(whole)?.[1] ??
    all.map((a) => clean(textOf(a))).find((t) => /^@[\w.]{1,40}$/.test(t)) ??
    // X: "— Name (@handle)" outside the paragraphs, before the date's link.
    clean(
      element.children
        .filter((c) => c.type === 'text')
        .map(textOf)
        .join(' '),
    ).replace(/^[—–-]\s*/, '') ??
    '';
  author = author.trim();
  const paragraphs = element.children
    .flatMap((c) => (isTag(c) && c.name === 'p' ? [c] : isTag(c) ? c.children.filter((d): d is Element => isTag(d) && d.name === 'p') : []))
    .map((p) => clean(textOf(p)))
    .filter((t) => t && !/^A post shared by/i.test(t) && t !== author);
  let text = paragraphs.join('\n\n');
  // TikTok: the caption is the section's text, less the author's link and the sound's.
  if (!text && /tiktok\.com/.test(url)) text = clean(whole.replace(author, '').replace(/♬.*$/gm, ''));
  if (!text && element.attribs.title) text = element.attribs.title.trim();
  // The link itself is not what the post says.
  if (canonicalEmbedUrl(text)) text = '';
  return { type: EMBED_TYPE, version: 1, ...embedFieldsOf({ url, author, text: /View this post on Instagram/i.test(text) ? '' : text }) };
}
