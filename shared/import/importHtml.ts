// HTML drafts (a saved web page, a CMS export, Google Docs or Word HTML) into an article. First a
// maintained sanitizer (sanitize-html) keeps an allowlist of elements and attributes; then the
// tree is walked into Lexical JSON, normalizing office-suite artifacts: Google Docs' stray bold
// wrapper, bold/italic spans, empty paragraphs, Word's Mso classes and <o:p>, redirecting links.
// Block quotes keep their attribution. Heading levels are made an outline (the top level found
// opens sections). Another site's furniture (promos, share lines, a page footer, navigation after
// the last paragraph) is left out with its text and place, so it can be brought back; whatever
// else is dropped is counted in the report.
import { isTag, type ChildNode, type Element } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { SerializedBody } from '../contract/lexicalState';
import { emptySlot, HERO_SPEC, INLINE_SPEC, type ImageSlot } from '../editor/imageSlot';
import { safeHref } from '../publish/renderBody';
import { parseDateline } from './dateline';
import { capNesting } from './capNesting';
import { MAX_IMPORT_BLOCKS, tooManyBlocks, type EmbeddedPicture, type ImportResult } from './importResult';
import { importNote, type ImportNote } from './importMessages';
import { LANGUAGE_TAG } from '../text/languageTag';
import { unwrapRedirect } from './redirectLinks';
import { isLayoutTable, parseTableHtml } from '../editor/cards/table/parseHtml';
import type { InlineReader } from '../editor/cards/cardKind';
import { isPullQuote, parsePullQuoteHtml } from '../editor/cards/pullQuote/parseHtml';
import { EMBED_TAG, embedTag, isKeptEmbed, parseEmbedHtml } from '../editor/cards/embed/parseHtml';
import { isGallery, parseGalleryHtml } from '../editor/cards/gallery/parseHtml';
import { footnoteRef, footnotesBlock, markFootnotes, NOTE_REF_TAG, NOTES_TAG } from '../editor/cards/footnotes/parseHtml';
import { FOOTNOTES_TYPE } from '../editor/cards/footnotes/footnotesJson';
import { normalizeTags } from '../articles/tags';
import { GALLERY_TYPE, MAX_GALLERY_IMAGES } from '../editor/cards/gallery/galleryJson';
import {
  furnitureKindOf,
  isRealParagraph,
  isTrailingLine,
  MAX_TRAILING_LINES,
  quotedLines,
  type DroppedPassage,
  type FurnitureKind,
} from './siteFurniture';

const BLOCKED = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'noscript',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'canvas',
  'video',
  'audio',
];

export const MAX_HTML_DEPTH = 64;
/** Elements that flow inside a block (everything else starts one). */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'strike',
  'del',
  'code',
  'sub',
  'sup',
  'span',
  'br',
  'cite',
  'q',
  'time',
]);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'div',
    'section',
    'article',
    'header',
    'main',
    'figure',
    'figcaption',
    'img',
    // WordPress's classic gallery (a dl per picture, its caption a dd); a glossary's terms elsewhere.
    'dl',
    'dt',
    'dd',
    'footer',
    // A site's menus and sidebars: furniture, their lines listed and kept (never dropped unseen).
    'nav',
    'aside',
    // Tables (their cells, headers and caption) become table blocks; a layout table is read as content.
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    // A social post's or a video's embed snippet (renamed by transformTags): an embed card, no frame.
    EMBED_TAG,
    ...INLINE_TAGS,
  ],
  allowedAttributes: {
    a: ['href'],
    img: ['src', 'alt'],
    // Word's Title style arrives as <h1 class="title">, its Subtitle as <p class="subtitle"> (importDraft's style map).
    h1: ['class'],
    time: ['datetime'],
    // `lang`: a passage in another language (kept as a passage mark).
    span: ['style', 'class', 'lang'],
    b: ['style', 'id', 'lang'],
    q: ['lang'],
    i: ['lang'],
    em: ['lang'],
    cite: ['lang'],
    p: ['class'],
    // A pull quote is known by its class (WordPress's wp-block-pullquote, Medium's graf--pullquote…).
    blockquote: ['class'],
    figure: ['class'],
    aside: ['class'],
    div: ['class'],
    // A gallery and its pictures are known by their classes (blocks-gallery-grid, gallery-item, gallery-caption…).
    ul: ['class'],
    // A footnote is a named list item (its references link to the name).
    li: ['class', 'id'],
    dl: ['class'],
    dd: ['class'],
    ol: ['start'],
    [EMBED_TAG]: ['url', 'title'],
    th: ['scope', 'colspan', 'rowspan', 'align', 'style'],
    td: ['colspan', 'rowspan', 'align', 'style'],
  },
  allowedStyles: {
    '*': {
      'font-weight': [/^(bold|normal|[1-9]00)$/],
      'font-style': [/^italic$/],
      'text-decoration': [/underline|line-through/],
      // A table cell's alignment (numbers are set right).
      'text-align': [/^(left|center|right)$/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  // A picture inside the file (Word's, or an HTML page saved with its images) is a data: URI.
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  transformTags: { iframe: embedTag, blockquote: embedTag, div: embedTag, figure: embedTag },
  disallowedTagsMode: 'discard',
  // Real documents nest a few dozen levels at most; anything deeper is a bomb. Tags below this depth
  // are dropped and their text kept, so the walk that follows stays linear and shallow.
  nestingLimit: MAX_HTML_DEPTH,
  // The page's <title> is not content; blocked elements go with everything inside them.
  nonTextTags: [...BLOCKED, 'title', 'head'],
};

const ELEMENT = { version: 1, direction: null, format: '', indent: 0 };
type Json = Record<string, unknown> & { children?: Json[] };

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 };

function isElement(node: ChildNode): node is Element {
  return isTag(node);
}

function textNode(text: string, format: number): Json {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

function paragraph(children: Json[]): Json {
  return { ...ELEMENT, type: 'paragraph', textFormat: 0, textStyle: '', children };
}

function plain(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node)) return node.children.map(plain).join('');
  return '';
}

function styleFormat(element: Element): number {
  const style = (element.attribs.style ?? '').toLowerCase();
  let format = 0;
  if (/font-weight:\s*(bold|[6-9]00)/.test(style)) format |= FORMAT.bold;
  if (/font-style:\s*italic/.test(style)) format |= FORMAT.italic;
  if (/text-decoration:[^;]*underline/.test(style)) format |= FORMAT.underline;
  if (/text-decoration:[^;]*line-through/.test(style)) format |= FORMAT.strikethrough;
  return format;
}

/** Inline content: text with formats, links, line breaks. Consecutive whitespace collapses as in HTML. */
function inline(nodes: ChildNode[], format = 0): Json[] {
  const out: Json[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.data.replace(/\s+/g, ' ');
      if (text) out.push(textNode(text, format));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name;
    if (tag === 'br') {
      out.push({ type: 'linebreak', version: 1 });
      continue;
    }
    if (tag === NOTE_REF_TAG) {
      out.push(footnoteRef(node));
      continue;
    }
    if (tag === 'a') {
      const href = safeHref(node.attribs.href === undefined ? undefined : unwrapRedirect(node.attribs.href));
      const children = inline(node.children, format);
      if (href && children.length) out.push({ ...ELEMENT, type: 'link', url: href, rel: null, target: null, title: null, children });
      else out.push(...children);
      continue;
    }
    // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
    const stray = tag === 'b' && /font-weight:\s*normal/i.test(node.attribs.style ?? '');
    let next = format | (tag === 'span' ? styleFormat(node) : 0);
    if ((tag === 'b' || tag === 'strong') && !stray) next |= FORMAT.bold;
    if (tag === 'em' || tag === 'i' || tag === 'cite') next |= FORMAT.italic;
    if (tag === 'u') next |= FORMAT.underline;
    if (tag === 's' || tag === 'strike' || tag === 'del') next |= FORMAT.strikethrough;
    if (tag === 'code') next |= FORMAT.code;
    if (tag === 'sub') next |= FORMAT.subscript;
    if (tag === 'sup') next |= FORMAT.superscript;
    let children = inline(node.children, next);
    // An inline quotation's marks are the browser's to draw: kept as text, they are not lost.
    if (tag === 'q' && children.length) children = [textNode('“', next), ...children, textNode('”', next)];
    // A passage in another language keeps saying so (an English quote in an Indonesian story).
    const language = languageOf(node);
    if (language && children.length) out.push({ ...ELEMENT, type: 'lang-mark', ids: [language], children });
    else out.push(...children);
  }
  return out;
}

/** The element's `lang`, as a language tag ("EN-gb" → "en-gb"), or null. */
function languageOf(node: Element): string | null {
  const raw = (node.attribs.lang ?? '').trim().replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  return LANGUAGE_TAG.test(raw) ? raw : null;
}

function trimInline(nodes: Json[]): Json[] {
  const out = [...nodes];
  while (out.length && out[0]!.type === 'linebreak') out.shift();
  while (out.length && out[out.length - 1]!.type === 'linebreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') first.text = String(first.text).replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text = String(last.text).replace(/\s+$/, '');
  return out.filter((n) => n.type !== 'text' || n.text !== '');
}

/** Whether inline nodes hold any words (spaces and line breaks alone are none). */
function hasText(nodes: Json[]): boolean {
  return nodes.some((n) => (n.type === 'text' && /\S/.test(String(n.text))) || (Array.isArray(n.children) && hasText(n.children)));
}

interface Walk {
  blocks: Json[];
  headline: string;
  dek: string;
  byline: string;
  publishAt: string | null;
  timeZone: string | null;
  hero: ImageSlot | null;
  /** Slots whose picture is somewhere else (a URL, a file name): never fetched, the slot waits. */
  waiting: string[];
  /** Pictures inside the file, for their slots. */
  pictures: EmbeddedPicture[];
  /** How many image slots the body has so far (a picture names its slot by this). */
  bodySlots: number;
  /** A picture beside the file, by the relative path the page gives. */
  picture: (src: string) => Uint8Array | null;
}

function figureSlot(element: Element, spec = INLINE_SPEC): ImageSlot {
  const img = element.name === 'img' ? element : findFirst(element, 'img');
  const caption = findFirst(element, 'figcaption');
  let credit = '';
  let captionText = caption ? plain(caption) : '';
  const creditSpan = caption ? findFirst(caption, 'span', (e) => (e.attribs.class ?? '').includes('credit')) : null;
  if (creditSpan) {
    credit = plain(creditSpan).trim();
    captionText = captionText.replace(plain(creditSpan), '');
  }
  return { ...emptySlot(spec), alt: (img?.attribs.alt ?? '').trim(), caption: captionText.replace(/\s+/g, ' ').trim(), credit };
}

/** More pictures than this in one file are not a news article's: the rest wait like remote ones. */
export const MAX_EMBEDDED_PICTURES = 100;
const DATA_URI = /^data:(image\/(?:jpeg|png|gif|webp|avif));base64,/i;
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/** A picture carried in the file as a data: URI, decoded; null for anything else (a URL, a file name). */
function embeddedPicture(src: string, n: number): Omit<EmbeddedPicture, 'slot'> | null {
  const header = DATA_URI.exec(src.slice(0, 64));
  if (!header) return null;
  const type = header[1]!.toLowerCase();
  try {
    const data = base64Bytes(src.slice(header[0].length));
    return data.byteLength > 0 ? { name: `picture-${n}.${EXTENSIONS[type]}`, data } : null;
  } catch {
    return null;
  }
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** How the report names a picture that waits: its file name, or its address; a broken data: URI as such. */
function waitingName(src: string): string {
  if (src.startsWith('data:')) return 'data: (unreadable)';
  if (!src) return '(no source)';
  const name = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return name.length > 0 && name.length <= 120 ? name : src.slice(0, 120);
}

function findFirst(element: Element, name: string, test: (e: Element) => boolean = () => true): Element | null {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.name === name && test(child)) return child;
    const deeper = findFirst(child, name, test);
    if (deeper) return deeper;
  }
  return null;
}

function walkBlocks(nodes: ChildNode[], state: Walk, inHeader: boolean): void {
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    const content = trimInline(inline(loose));
    if (hasText(content)) state.blocks.push(paragraphOrFurniture(content, loose));
    loose = [];
  };
  for (const node of nodes) {
    if (state.blocks.length > MAX_IMPORT_BLOCKS) throw tooManyBlocks();
    // An inline element wrapping whole paragraphs (Google Docs' <b> around a paste) is a container.
    if (isElement(node) && INLINE_TAGS.has(node.name) && node.children.some((c) => isElement(c) && !INLINE_TAGS.has(c.name))) {
      flushLoose();
      walkBlocks(node.children, state, inHeader);
      continue;
    }
    if (node.type === 'text' || (isElement(node) && INLINE_TAGS.has(node.name))) {
      if (isElement(node) && node.name === 'time' && node.attribs.datetime && !state.publishAt) state.publishAt = node.attribs.datetime;
      loose.push(node);
      continue;
    }
    flushLoose();
    if (!isElement(node)) continue;
    const tag = node.name;
    const className = node.attribs.class ?? '';
    const pulled = isPullQuote(node) ? parsePullQuoteHtml(node, CARD_READER) : [];
    if (tag === 'h1' && !state.headline) {
      state.headline = plain(node).replace(/\s+/g, ' ').trim();
    } else if (/^h[1-6]$/.test(tag)) {
      const content = trimInline(inline(node.children));
      // The level it came with is kept until the outline is made (normalizedHeadings).
      if (hasText(content))
        state.blocks.push({
          ...ELEMENT,
          type: tag === 'h2' || tag === 'h1' ? 'h2-candidate' : 'heading',
          tag: tag === 'h2' || tag === 'h1' ? 'h2' : 'h3',
          level: Number(tag[1]),
          children: content,
        });
    } else if (tag === 'p' && findFirst(node, 'img')) {
      // A picture in a paragraph (Word puts each in one): the text around it and the picture's own slot.
      walkBlocks(node.children, state, inHeader);
    } else if (tag === 'p') {
      const subtitle = className.split(/\s+/).includes('subtitle') && !state.dek;
      if ((inHeader && className.includes('dek')) || subtitle) state.dek = plain(node).replace(/\s+/g, ' ').trim();
      else if (inHeader && className.includes('byline')) {
        const time = findFirst(node, 'time');
        if (time?.attribs.datetime) state.publishAt = time.attribs.datetime;
        state.byline = plain(node).split('·')[0]!.trim();
      } else {
        const text = plain(node).trim();
        const dateline = text.length < 60 ? parseDateline(text) : null;
        if (dateline && !state.publishAt) {
          state.publishAt = dateline.publishAt;
          state.timeZone = dateline.timeZone;
          continue;
        }
        const content = trimInline(inline(node.children));
        if (hasText(content)) state.blocks.push(paragraphOrFurniture(content, node.children));
      }
    } else if (tag === NOTES_TAG) {
      state.blocks.push(footnotesBlock(node, CARD_READER));
    } else if (tag === EMBED_TAG) {
      const embed = parseEmbedHtml(node);
      if (embed) state.blocks.push(embed);
      else walkBlocks(node.children, state, inHeader);
    } else if (pulled.length) {
      state.blocks.push(...pulled);
    } else if (isGallery(node)) {
      addGallery(node, state, inHeader);
    } else if (tag === 'blockquote') {
      // The quote and its attribution (a <cite>, a <footer>, a trailing "— Name" line) stay together.
      const lines: Json[] = [];
      for (const child of node.children) {
        const content = isElement(child) && !INLINE_TAGS.has(child.name) ? trimInline(inline(child.children)) : trimInline(inline([child]));
        if (!hasText(content)) continue;
        if (lines.length) lines.push({ type: 'linebreak', version: 1 });
        lines.push(...content);
      }
      if (lines.length) state.blocks.push({ ...ELEMENT, type: 'quote', children: lines });
    } else if (tag === 'ul' || tag === 'ol') {
      const list = listNode(node);
      if (list) state.blocks.push(list);
    } else if (tag === 'table' && !isLayoutTable(node)) {
      addTable(node, state, inHeader);
    } else if (tag === 'figure' && node.children.some((c) => isElement(c) && c.name === 'table' && !isLayoutTable(c))) {
      // A table in a figure (WordPress's table block): the figure's caption is the table's.
      const figcaption = node.children.find((c): c is Element => isElement(c) && c.name === 'figcaption');
      for (const child of node.children) {
        if (isElement(child) && child.name === 'table' && !isLayoutTable(child)) addTable(child, state, inHeader, figcaption);
        else if (child !== figcaption) walkBlocks([child], state, inHeader);
      }
    } else if (tag === 'figure' && !findFirst(node, 'img') && findFirst(node, 'blockquote')) {
      // A quote with its source (the W3C's figure pattern): its content counts, no picture slot.
      walkBlocks(node.children, state, inHeader);
    } else if (tag === 'figure' || tag === 'img') {
      const hero = inHeader && !state.hero;
      if (hero) state.hero = figureSlot(node, HERO_SPEC);
      else state.blocks.push({ type: 'image-slot', version: 1, ...figureSlot(node) });
      takePicture(node.name === 'img' ? node : findFirst(node, 'img'), state, hero);
    } else if (tag === 'footer' || tag === 'nav' || tag === 'aside') {
      // A page footer, a menu, a sidebar are site furniture (a quote's footer is read with its quote
      // above): their lines are left out and kept; a long passage in one is someone's writing and stays.
      for (const line of footerLines(node))
        state.blocks.push(line.length <= MAX_FURNITURE ? furniture(line, 'trailing', [textNode(line, 0)]) : paragraph([textNode(line, 0)]));
    } else if (tag === 'header') {
      walkBlocks(node.children, state, true);
    } else {
      // div, section, article, main, and anything the sanitizer let through: their content counts.
      walkBlocks(node.children, state, inHeader);
    }
  }
  flushLoose();
}

/** The importer's inline reading, lent to the cards' HTML parsers. */
const CARD_READER: InlineReader = { inline: (nodes) => trimInline(inline(nodes)), hasText };

/** The picture of a slot just made: inside the file or beside it, for the slot; else the slot waits (never fetched). */
function takePicture(img: Element | null, state: Walk, hero: boolean): void {
  const src = img?.attribs.src ?? '';
  const beside = src && !src.startsWith('data:') ? state.picture(src) : null;
  const picture = beside ? { name: waitingName(src), data: beside } : embeddedPicture(src, state.pictures.length + 1);
  if (picture && state.pictures.length < MAX_EMBEDDED_PICTURES) state.pictures.push({ ...picture, slot: hero ? 'hero' : state.bodySlots });
  else state.waiting.push(picture ? `${picture.name} (more than ${MAX_EMBEDDED_PICTURES} in one file)` : waitingName(src));
  if (!hero) state.bodySlots++;
}

/** A gallery's pictures as gallery blocks (a very long one in several), then its other words as text. */
function addGallery(gallery: Element, state: Walk, inHeader: boolean): void {
  const { pictures, rest } = parseGalleryHtml(gallery);
  for (let start = 0; start < pictures.length; start += MAX_GALLERY_IMAGES) {
    const chunk = pictures.slice(start, start + MAX_GALLERY_IMAGES);
    state.blocks.push({ ...ELEMENT, type: GALLERY_TYPE, children: chunk.map(({ slot }) => ({ type: 'image-slot', version: 1, ...slot })) });
    for (const { img } of chunk) takePicture(img, state, false);
  }
  walkBlocks(rest, state, inHeader);
}

/** A table and its caption; rows past the table's limit are read as paragraphs, so no words are lost. */
function addTable(table: Element, state: Walk, inHeader: boolean, figcaption?: Element): void {
  const { blocks, overflow } = parseTableHtml(table, CARD_READER, figcaption);
  state.blocks.push(...blocks);
  for (const row of overflow) walkBlocks(row.children, state, inHeader);
}

/** Furniture is a line; a longer passage is kept as writing (the same bound as siteFurniture's). */
const MAX_FURNITURE = 300;

/** A block left out as furniture, where it was; its content kept for a paste, which keeps everything. */
function furniture(text: string, kind: FurnitureKind, children: Json[]): Json {
  return { type: 'furniture', text, kind, children };
}

/** A paragraph, or a promo or share line left out. */
function paragraphOrFurniture(content: Json[], nodes: ChildNode[]): Json {
  const text = nodes.map(plain).join('').replace(/\s+/g, ' ').trim();
  const kind = furnitureKindOf(text);
  return kind ? furniture(text, kind, content) : paragraph(content);
}

/** A footer's lines: the text of each block in it, spaces collapsed. */
function footerLines(footer: Element): string[] {
  const lines: string[] = [];
  let loose = '';
  const flush = () => {
    const line = loose.replace(/\s+/g, ' ').trim();
    // Icons drawn by a font (private-use characters) are not words: nothing to report or bring back.
    if (/[\p{L}\p{N}]/u.test(line)) lines.push(line);
    loose = '';
  };
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') loose += node.data;
      else if (isElement(node) && node.name === 'br') flush();
      else if (isElement(node) && INLINE_TAGS.has(node.name)) loose += plain(node);
      else if (isElement(node)) {
        flush();
        visit(node.children);
        flush();
      }
    }
  };
  visit(footer.children);
  flush();
  return lines;
}

/** Lists nest this deep at most; deeper items join the list at this level, in order (no words are lost). */
export const MAX_LIST_DEPTH = 8;

function listNode(element: Element, depth = 1): Json | null {
  const listType = element.name === 'ol' ? 'number' : 'bullet';
  const start = Number(element.attribs.start ?? 1) || 1;
  const items: Json[] = [];
  const addItems = (list: Element) => {
    for (const li of list.children) {
      if (!isElement(li) || li.name !== 'li') continue;
      const nested = li.children.filter((c): c is Element => isElement(c) && (c.name === 'ul' || c.name === 'ol'));
      const content = trimInline(inline(li.children.filter((c) => !nested.includes(c as Element))));
      const sublists = depth < MAX_LIST_DEPTH ? nested.map((n) => listNode(n, depth + 1)).filter((n): n is Json => n !== null) : [];
      const children = [...content, ...sublists];
      if (children.length) items.push({ ...ELEMENT, type: 'listitem', value: items.length + start, children });
      if (items.length > MAX_IMPORT_BLOCKS) throw tooManyBlocks();
      if (depth >= MAX_LIST_DEPTH) nested.forEach(addItems);
    }
  };
  addItems(element);
  return items.length ? { ...ELEMENT, type: 'list', listType, start, tag: listType === 'number' ? 'ol' : 'ul', children: items } : null;
}

/** Pasted content never opens sections (they cannot nest): its H2s are ordinary headings; nothing is left out. */
function plainHeadings(blocks: Json[]): Json[] {
  return blocks.map(({ level: _level, ...b }) =>
    b.type === 'h2-candidate' ? { ...b, type: 'heading' } : b.type === 'furniture' ? paragraph(b.children ?? []) : b,
  );
}

/**
 * Sections from any heading levels: with no H2 (or H1 past the headline), the top level found opens
 * them (a post with H3s under its title). The levels published are the renderer's outline.
 */
function normalizedHeadings(blocks: Json[]): Json[] {
  const headings = blocks.filter((b) => b.type === 'heading' || b.type === 'h2-candidate');
  // A loop, not Math.min(...): a hostile file may hold a hundred thousand headings.
  const top = headings.reduce((lowest, b) => Math.min(lowest, Number(b.level)), 6);
  const promote = headings.length > 0 && !headings.some((b) => b.type === 'h2-candidate');
  return blocks.map(({ level, ...b }) =>
    promote && b.type === 'heading' && level === top ? { ...b, type: 'h2-candidate', tag: 'h2' } : b,
  );
}

/**
 * After the last paragraph: the short lines of navigation (never a heading, a list or a quote) —
 * only after a real paragraph, and only a few (verse or a list of names is not navigation).
 */
function markTrailing(blocks: Json[]): void {
  const found: number[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type === 'furniture') continue;
    const text = block.type === 'paragraph' ? plainJson(block).replace(/\s+/g, ' ').trim() : null;
    if (text === null || !isTrailingLine(text) || text.length > MAX_FURNITURE) {
      const afterParagraph = blocks
        .slice(0, i + 1)
        .some((b) => b.type === 'paragraph' && isRealParagraph(plainJson(b).replace(/\s+/g, ' ').trim()));
      if (!afterParagraph || found.length > MAX_TRAILING_LINES) return;
      for (const at of found)
        blocks[at] = furniture(plainJson(blocks[at]!).replace(/\s+/g, ' ').trim(), 'trailing', blocks[at]!.children ?? []);
      return;
    }
    found.push(i);
  }
}

/** The links in some inline content, by their words (a few at most: furniture is a line). */
function linksIn(nodes: Json[]): { text: string; url: string }[] {
  const links: { text: string; url: string }[] = [];
  const visit = (node: Json) => {
    const text = node.type === 'link' ? plainJson(node).replace(/\s+/g, ' ').trim() : '';
    if (text && typeof node.url === 'string' && node.url.length <= 2048 && links.length < 20) links.push({ text, url: node.url });
    else (node.children ?? []).forEach(visit);
  };
  nodes.forEach(visit);
  return links;
}

function plainJson(node: Json): string {
  return typeof node.text === 'string' ? node.text : (node.children ?? []).map(plainJson).join('');
}

/** The furniture taken out of the body, each with its place: [block] or [section, child]. */
function takeFurniture(children: Json[]): { body: Json[]; dropped: DroppedPassage[] } {
  const dropped: DroppedPassage[] = [];
  const body: Json[] = [];
  const take = (block: Json, path: number[]) =>
    dropped.push({ text: String(block.text), kind: block.kind as FurnitureKind, path, links: linksIn(block.children ?? []) });
  for (const block of children) {
    if (block.type === 'furniture') {
      take(block, [body.length]);
      continue;
    }
    if (block.type === 'section') {
      const kept: Json[] = [];
      for (const child of block.children!) {
        if (child.type === 'furniture') take(child, [body.length, kept.length]);
        else kept.push(child);
      }
      if (kept.length === 1) kept.push(paragraph([]));
      block.children = kept;
    }
    body.push(block);
  }
  return { body, dropped };
}

/** H2s open sections ("1. Heading" → numbered); content before the first H2 stays loose. */
function sectionize(blocks: Json[]): Json[] {
  const out: Json[] = [];
  let open: Json | null = null;
  for (const block of blocks) {
    if (block.type === 'h2-candidate') {
      const text = JSON.stringify(block.children);
      const numbered = /^\[\{"type":"text","version":1,"text":"\d{1,2}[.)]\s/.test(text);
      const children = numbered ? stripNumber(block.children!) : block.children!;
      open = {
        ...ELEMENT,
        type: 'section',
        numbered,
        role: numbered ? 'section' : 'section',
        required: false,
        titled: true,
        titleGuidance: null,
        bodyGuidance: null,
        collapsed: false,
        children: [{ ...ELEMENT, type: 'section-title', children }],
      };
      out.push(open);
      continue;
    }
    if (open) open.children!.push(block);
    else out.push(block);
  }
  for (const section of out) if (section.type === 'section' && section.children!.length === 1) section.children!.push(paragraph([]));
  out.push(paragraph([]));
  return out;
}

function stripNumber(children: Json[]): Json[] {
  const [first, ...rest] = children;
  const text = String(first!.text).replace(/^\d{1,2}[.)]\s+/, '');
  return text ? [{ ...first!, text }, ...rest] : rest;
}

/**
 * The tags a page names, before the sanitizer drops its head: Open Graph's article:tag, the
 * keywords meta, and links marked rel="tag" (WordPress's and Ghost's tag links under a post).
 */
function tagsOf(html: string): string[] {
  const found: string[] = [];
  let inTagLink = false;
  let linkText = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta' && /^article:tag$/i.test(attribs.property ?? '') && attribs.content) found.push(attribs.content);
        else if (name === 'meta' && /^(news_)?keywords$/i.test(attribs.name ?? '') && attribs.content) found.push(attribs.content);
        else if (name === 'a' && /(^|\s)tag(\s|$)/i.test(attribs.rel ?? '')) {
          inTagLink = true;
          linkText = '';
        }
      },
      ontext(text) {
        if (inTagLink && linkText.length < 200) linkText += text;
      },
      onclosetag(name) {
        if (name === 'a' && inTagLink) {
          inTagLink = false;
          found.push(linkText.replace(/^#/, ''));
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return normalizeTags(found);
}

/** Blocked elements in the original, outermost only; a streaming pass, so no depth of nesting can overflow it. */
function countDropped(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  let insideBlocked = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!BLOCKED.includes(name)) return;
        // A video's frame is kept as an embed card (its link), not dropped.
        if (insideBlocked === 0 && !isKeptEmbed(name, attribs)) counts.set(name, (counts.get(name) ?? 0) + 1);
        insideBlocked++;
      },
      onclosetag(name) {
        if (BLOCKED.includes(name) && insideBlocked > 0) insideBlocked--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return counts;
}

/** Sanitizes (allowlist), drops Word's empty <o:p>, then walks the tree into blocks and fields. */
function sanitizeAndWalk(html: string, picture: (src: string) => Uint8Array | null = () => null): Walk {
  const cleaned = sanitizeHtml(html.replace(/<o:p>\s*<\/o:p>/gi, ''), SANITIZE);
  const state: Walk = {
    blocks: [],
    headline: '',
    dek: '',
    byline: '',
    publishAt: null,
    timeZone: null,
    hero: null,
    waiting: [],
    pictures: [],
    bodySlots: 0,
    picture,
  };
  const document = parseDocument(cleaned);
  markFootnotes(document);
  walkBlocks(document.children, state, false);
  return state;
}

/** Pasted HTML: the same sanitizer and normalizer as an import, as blocks to insert at the cursor. */
export function pastedBlocks(html: string): unknown[] {
  const state = sanitizeAndWalk(capNesting(html, MAX_HTML_DEPTH).html);
  // A pasted <h1> is a heading in the text, not the article's headline.
  const headline = state.headline ? [{ ...ELEMENT, type: 'heading', tag: 'h2', children: [textNode(state.headline, 0)] }] : [];
  return [...headline, ...plainHeadings(state.blocks)];
}

/** `picture`: the bytes of a picture the page names by a relative path (a zip's images folder), or null. */
export function importHtml(source: string, picture: (src: string) => Uint8Array | null = () => null): ImportResult {
  const { html, flattened } = capNesting(source, MAX_HTML_DEPTH);
  const state = sanitizeAndWalk(html, picture);
  const report: ImportNote[] = [];
  if (flattened) report.push(importNote('flattened', { count: flattened, depth: MAX_HTML_DEPTH }));
  for (const [tag, count] of countDropped(html)) report.push(importNote('droppedElements', { count, tag }));
  if (state.waiting.length) report.push(importNote('imagesWaiting', { count: state.waiting.length, files: quotedLines(state.waiting) }));
  // Only a full instant with its offset is kept ("2025-07-04T17:00:00+07:00").
  if (state.publishAt && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$/.test(state.publishAt))
    state.publishAt = null;
  const offset = state.publishAt ? /([+-]\d{2}):?(\d{2})$/.exec(state.publishAt) : null;
  const zoneFromOffset: Record<string, string> = { '+07': 'Asia/Jakarta', '+08': 'Asia/Makassar', '+09': 'Asia/Jayapura' };
  // The notes go last, after the text (Word puts them after its last paragraph anyway).
  const notes = state.blocks.filter((block) => block.type === FOOTNOTES_TYPE);
  const blocks = state.blocks.filter((block) => block.type !== FOOTNOTES_TYPE);
  markTrailing(blocks);
  const { body: text, dropped } = takeFurniture(sectionize(normalizedHeadings(blocks)));
  const children = [...text, ...notes];
  const trailing = dropped.filter((passage) => passage.kind === 'trailing').map((passage) => passage.text);
  const inText = dropped.filter((passage) => passage.kind !== 'trailing').map((passage) => passage.text);
  if (trailing.length) report.push(importNote('navigationDropped', { count: trailing.length, lines: quotedLines(trailing) }));
  if (inText.length) report.push(importNote('furnitureDropped', { count: inText.length, lines: quotedLines(inText) }));
  const body: SerializedBody = { root: { ...ELEMENT, type: 'root', children } };
  const textSample = JSON.stringify(state.blocks.slice(0, 50)).slice(0, 20_000);
  return {
    headline: state.headline,
    dek: state.dek,
    byline: state.byline,
    language: /\b(yang|dan|di|untuk|dengan)\b/.test(textSample) ? 'id' : 'en',
    timeZone: state.timeZone ?? (offset ? (zoneFromOffset[offset[1]!] ?? 'UTC') : 'Asia/Jakarta'),
    publishAt: state.publishAt,
    hero: state.hero,
    heroFileName: null,
    body,
    report,
    dropped,
    pictures: state.pictures,
    tags: tagsOf(html),
  };
}
