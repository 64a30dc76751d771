// HTML drafts (a saved web page, a CMS export, Google Docs or Word HTML) into an article. First a
// maintained sanitizer (sanitize-html) keeps an allowlist of elements and attributes; then the
// tree is walked into Lexical JSON, normalizing office-suite artifacts: Google Docs' stray bold
// wrapper, bold/italic spans, empty paragraphs, Word's Mso classes and <o:p>. Block quotes keep
// their attribution. Whatever is dropped is counted in the report.
import { isTag, type ChildNode, type Element } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { SerializedBody } from '../contract/lexicalState';
import { emptySlot, HERO_SPEC, INLINE_SPEC, type ImageSlot } from '../editor/imageSlot';
import { safeHref } from '../publish/renderBody';
import { parseDateline } from './dateline';
import { capNesting } from './capNesting';
import { MAX_IMPORT_BLOCKS, tooManyBlocks, type ImportResult } from './importResult';
import { importNote, type ImportNote } from './importMessages';
import { LANGUAGE_TAG } from '../text/languageTag';

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
  'nav',
  'aside',
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
    'footer',
    ...INLINE_TAGS,
  ],
  allowedAttributes: {
    a: ['href'],
    img: ['src', 'alt'],
    time: ['datetime'],
    // `lang`: a passage in another language (kept as a passage mark).
    span: ['style', 'class', 'lang'],
    b: ['style', 'id', 'lang'],
    q: ['lang'],
    i: ['lang'],
    em: ['lang'],
    cite: ['lang'],
    p: ['class'],
    ol: ['start'],
  },
  allowedStyles: {
    '*': { 'font-weight': [/^(bold|normal|[1-9]00)$/], 'font-style': [/^italic$/], 'text-decoration': [/underline|line-through/] },
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
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
    if (tag === 'a') {
      const href = safeHref(node.attribs.href);
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

function hasText(nodes: Json[]): boolean {
  return JSON.stringify(nodes).includes('"text":"') && nodes.some((n) => n.type !== 'linebreak');
}

interface Walk {
  blocks: Json[];
  headline: string;
  dek: string;
  byline: string;
  publishAt: string | null;
  timeZone: string | null;
  hero: ImageSlot | null;
  images: number;
  dropped: string[];
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
    if (hasText(content)) state.blocks.push(paragraph(content));
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
    if (tag === 'h1' && !state.headline) {
      state.headline = plain(node).replace(/\s+/g, ' ').trim();
    } else if (/^h[1-6]$/.test(tag)) {
      const content = trimInline(inline(node.children));
      if (hasText(content))
        state.blocks.push({
          ...ELEMENT,
          type: tag === 'h2' || tag === 'h1' ? 'h2-candidate' : 'heading',
          tag: tag === 'h2' || tag === 'h1' ? 'h2' : 'h3',
          children: content,
        });
    } else if (tag === 'p') {
      if (inHeader && className.includes('dek')) state.dek = plain(node).replace(/\s+/g, ' ').trim();
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
        if (hasText(content)) state.blocks.push(paragraph(content));
      }
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
    } else if (tag === 'figure' || tag === 'img') {
      if (inHeader && !state.hero) state.hero = figureSlot(node, HERO_SPEC);
      else state.blocks.push({ type: 'image-slot', version: 1, ...figureSlot(node) });
      state.images++;
    } else if (tag === 'footer') {
      // A page footer is site furniture (a quote's footer is read with its quote above).
      state.dropped.push('footer');
    } else if (tag === 'header') {
      walkBlocks(node.children, state, true);
    } else {
      // div, section, article, main, and anything the sanitizer let through: their content counts.
      walkBlocks(node.children, state, inHeader);
    }
  }
  flushLoose();
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

/** Pasted content never opens sections (they cannot nest): its H2s are ordinary headings. */
function plainHeadings(blocks: Json[]): Json[] {
  return blocks.map((b) => (b.type === 'h2-candidate' ? { ...b, type: 'heading' } : b));
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

/** Blocked elements in the original, outermost only; a streaming pass, so no depth of nesting can overflow it. */
function countDropped(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  let insideBlocked = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (!BLOCKED.includes(name)) return;
        if (insideBlocked === 0) counts.set(name, (counts.get(name) ?? 0) + 1);
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
function sanitizeAndWalk(html: string): Walk {
  const cleaned = sanitizeHtml(html.replace(/<o:p>\s*<\/o:p>/gi, ''), SANITIZE);
  const state: Walk = {
    blocks: [],
    headline: '',
    dek: '',
    byline: '',
    publishAt: null,
    timeZone: null,
    hero: null,
    images: 0,
    dropped: [],
  };
  walkBlocks(parseDocument(cleaned).children, state, false);
  return state;
}

/** Pasted HTML: the same sanitizer and normalizer as an import, as blocks to insert at the cursor. */
export function pastedBlocks(html: string): unknown[] {
  const state = sanitizeAndWalk(capNesting(html, MAX_HTML_DEPTH).html);
  // A pasted <h1> is a heading in the text, not the article's headline.
  const headline = state.headline ? [{ ...ELEMENT, type: 'heading', tag: 'h2', children: [textNode(state.headline, 0)] }] : [];
  return [...headline, ...plainHeadings(state.blocks)];
}

export function importHtml(source: string): ImportResult {
  const { html, flattened } = capNesting(source, MAX_HTML_DEPTH);
  const state = sanitizeAndWalk(html);
  const report: ImportNote[] = [];
  if (flattened) report.push(importNote('flattened', { count: flattened, depth: MAX_HTML_DEPTH }));
  for (const [tag, count] of countDropped(html)) report.push(importNote('droppedElements', { count, tag }));
  if (state.images) report.push(importNote('imagesWaiting', { count: state.images }));
  // Only a full instant with its offset is kept ("2025-07-04T17:00:00+07:00").
  if (state.publishAt && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$/.test(state.publishAt))
    state.publishAt = null;
  const offset = state.publishAt ? /([+-]\d{2}):?(\d{2})$/.exec(state.publishAt) : null;
  const zoneFromOffset: Record<string, string> = { '+07': 'Asia/Jakarta', '+08': 'Asia/Makassar', '+09': 'Asia/Jayapura' };
  const body: SerializedBody = { root: { ...ELEMENT, type: 'root', children: sectionize(state.blocks) } };
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
  };
}
