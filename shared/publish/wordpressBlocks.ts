// Our publication HTML as WordPress block markup, so the post stays editable block by block in
// WordPress's editor (without block comments it opens as one Classic block). Paragraphs, headings,
// lists, quotes, pull quotes and pictures become the core blocks whose saved markup they match
// (WordPress 6.1's `save` output, checked in its editor by the tests); sections are unwrapped
// (WordPress has none); anything else (tables, embeds, galleries, footnotes) goes in a Custom HTML
// block, kept exactly as rendered.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** An uploaded picture, by the address the body gives it. */
export interface WordPressMedia {
  id: string;
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag';
}

function source(html: string, node: ChildNode): string {
  return html.slice(node.startIndex!, node.endIndex! + 1);
}

function inner(html: string, node: Element): string {
  const first = node.children[0];
  const last = node.children.at(-1);
  return first && last ? html.slice(first.startIndex!, last.endIndex! + 1) : '';
}

function comment(name: string, attrs: Record<string, unknown> | null, body: string): string {
  const json = attrs && Object.keys(attrs).length ? ` ${JSON.stringify(attrs)}` : '';
  return `<!-- wp:${name}${json} -->\n${body}\n<!-- /wp:${name} -->`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function list(html: string, node: Element): string {
  const items = node.children.filter(isElement).map((li) => {
    const parts = li.children.map((child) =>
      isElement(child) && (child.name === 'ul' || child.name === 'ol') ? list(html, child) : source(html, child),
    );
    return comment('list-item', null, `<li>${parts.join('')}</li>`);
  });
  const attrs: Record<string, unknown> = {};
  if (node.name === 'ol') attrs.ordered = true;
  const start = node.attribs.start;
  if (start && /^\d+$/.test(start)) attrs.start = Number(start);
  const open = `<${node.name}${start && attrs.start !== undefined ? ` start="${start}"` : ''}>`;
  return comment('list', attrs, `${open}${items.join('')}</${node.name}>`);
}

/** A picture of ours (`<figure><picture><img>…</picture><figcaption>`) as WordPress's image block, when it was uploaded. */
function image(html: string, node: Element, media: ReadonlyMap<string, WordPressMedia>): string | null {
  const kids = node.children.filter(isElement);
  const picture = kids[0];
  if (!picture || picture.name !== 'picture') return null;
  const img = picture.children.filter(isElement).find((c) => c.name === 'img');
  const uploaded = img ? media.get(img.attribs.src ?? '') : undefined;
  if (!img || !uploaded || !/^\d+$/.test(uploaded.id)) return null;
  const caption = kids.find((c) => c.name === 'figcaption');
  const id = Number(uploaded.id);
  const figcaption = caption ? `<figcaption class="wp-element-caption">${inner(html, caption)}</figcaption>` : '';
  return comment(
    'image',
    { id, sizeSlug: 'full', linkDestination: 'none' },
    `<figure class="wp-block-image size-full"><img src="${escapeAttr(img.attribs.src ?? '')}" alt="${escapeAttr(img.attribs.alt ?? '')}" class="wp-image-${id}"/>${figcaption}</figure>`,
  );
}

/** Element children only, or null when there is text between them (such markup stays as it is). */
function elementsOnly(node: Element): Element[] | null {
  const elements = node.children.filter(isElement);
  return node.children.every((c) => isElement(c) || (c.type === 'text' && !c.data.trim())) ? elements : null;
}

/** `<blockquote><p>…</p>…</blockquote>` as WordPress's quote block, its paragraphs as inner blocks. */
function quote(html: string, node: Element): string | null {
  const kids = elementsOnly(node);
  if (!kids?.length || kids.some((k) => k.name !== 'p' || Object.keys(k.attribs).length)) return null;
  const paragraphs = kids.map((p) => comment('paragraph', null, source(html, p))).join('\n\n');
  return comment('quote', null, `<blockquote class="wp-block-quote">${paragraphs}</blockquote>`);
}

/** Our pull quote (`<figure class="pull-quote"><blockquote><p>…</p></blockquote><figcaption>…`) as WordPress's pullquote block. */
function pullQuote(html: string, node: Element): string | null {
  const kids = elementsOnly(node);
  const said = kids?.[0]?.name === 'blockquote' ? elementsOnly(kids[0]) : null;
  const who = kids?.[1];
  if (!kids || kids.length > 2 || !said || said.length !== 1 || said[0]!.name !== 'p' || (who && who.name !== 'figcaption')) return null;
  const cite = who ? `<cite>${inner(html, who)}</cite>` : '';
  return comment(
    'pullquote',
    null,
    `<figure class="wp-block-pullquote"><blockquote><p>${inner(html, said[0]!)}</p>${cite}</blockquote></figure>`,
  );
}

function block(html: string, node: ChildNode, media: ReadonlyMap<string, WordPressMedia>): string[] {
  if (!isElement(node)) {
    const text = source(html, node);
    return text.trim() ? [comment('html', null, text.trim())] : [];
  }
  if (node.name === 'section') return node.children.flatMap((child) => block(html, child, media));
  if (node.name === 'p') return [comment('paragraph', null, source(html, node))];
  const heading = /^h([1-6])$/.exec(node.name);
  if (heading) return [comment('heading', heading[1] === '2' ? null : { level: Number(heading[1]) }, source(html, node))];
  if (node.name === 'ul' || node.name === 'ol') return [list(html, node)];
  if (node.name === 'figure') {
    const converted = node.attribs.class === 'pull-quote' ? pullQuote(html, node) : image(html, node, media);
    if (converted) return [converted];
  }
  if (node.name === 'blockquote') {
    const converted = quote(html, node);
    if (converted) return [converted];
  }
  return [comment('html', null, source(html, node))];
}

/** The body as WordPress blocks. */
export function wordpressBlocks(html: string, media: ReadonlyMap<string, WordPressMedia> = new Map()): string {
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  return doc.children.flatMap((node) => block(html, node, media)).join('\n\n');
}
