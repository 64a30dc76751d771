// The publication renderer: saved Lexical JSON in, clean HTML out. Node type by node type from an
// allowlist; every text and attribute escaped; only http, https, mailto and relative links; no
// editor classes, styles or spans; empty paragraphs and empty image slots dropped; claim marks
// unwrapped (claim data never reaches a public page). An unknown node type fails the export.
import { publishedFormat } from '../suggestions/formatSuggestionJson';
import { escapeHtml } from './escapeHtml';
import type { SerializedBody } from '../contract/lexicalState';
import { sectionNumbers } from '../editor/sectionNumbers';
import type { ImageSlot } from '../editor/imageSlot';
import { HeadingOutline } from './headingOutline';
import { slugForId } from './headingIds';
import { withStructureAsIfRejected } from '../suggestions/asIfRejected';
import { passageLanguage } from '../editor/passageLanguageJson';
import { PublishError } from './publishError';
import { cardFor, siblingsAt } from '../editor/cards/registry';
import type { Siblings } from '../editor/cards/cardKind';
import { FOOTNOTE_REF_TYPE, footnoteNumbers } from '../editor/cards/footnotes/footnotesJson';
import { FootnoteRefs } from '../editor/cards/footnotes/renderHtml';

export { PublishError };

export interface ResolvedImage {
  /** The fallback file (original format), relative to the page or a data URI. */
  src: string;
  width: number;
  height: number;
  /** WebP renditions, narrowest first. */
  webp: ReadonlyArray<{ src: string; width: number }>;
}

export interface RenderContext {
  resolveImage(assetId: string): ResolvedImage | null;
  /** The hero's crops for sharing and search (16:9, 4:3, 1:1), when the export wrote them. */
  shareImages?: Array<{ src: string; width: number; height: number }>;
}

type JsonNode = { type?: unknown; children?: unknown; [key: string]: unknown };

const FORMAT_TAGS: ReadonlyArray<[number, string]> = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
];

export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const url = raw.trim();
  if (!url) return null;
  // Relative links (no scheme) are allowed; so are http, https and mailto. Control characters never
  // (browsers drop them, so "java\tscript:" would otherwise slip past the scheme check).
  if ([...url].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return url.startsWith('//') ? null : url;
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? url : null;
}

function kids(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

/** A node's text as published (a pending suggestion's words are not part of it). */
export function textOfNode(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'suggest-insert') return '';
  return kids(node).map(textOfNode).join('');
}

export const SIZES = '(min-width: 52rem) 48rem, 100vw';

export function renderFigure(slot: ImageSlot, ctx: RenderContext, sizes = SIZES): string {
  if (!slot.assetId) return '';
  const image = ctx.resolveImage(slot.assetId);
  if (!image) throw new PublishError(`The image ${slot.assetId.slice(0, 12)}… is missing from the asset store.`);
  const srcset = image.webp.map((r) => `${escapeHtml(r.src)} ${r.width}w`).join(', ');
  const caption = [
    slot.caption.trim() ? escapeHtml(slot.caption.trim()) : '',
    slot.credit.trim() ? `<span class="credit">${escapeHtml(slot.credit.trim())}</span>` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    `<figure><picture>${srcset ? `<source type="image/webp" srcset="${srcset}" sizes="${sizes}">` : ''}` +
    `<img src="${escapeHtml(image.src)}" width="${image.width}" height="${image.height}" alt="${escapeHtml(slot.alt.trim())}"></picture>` +
    `${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
  );
}

class BodyRenderer {
  private readonly usedIds = new Set<string>();
  private readonly outline = new HeadingOutline();

  constructor(
    private readonly ctx: RenderContext,
    readonly footnotes: FootnoteRefs,
  ) {}

  headingId(text: string): string {
    return slugForId(text, this.usedIds);
  }

  headingLevel(requested: number): number {
    return this.outline.level(requested);
  }

  inline(nodes: JsonNode[]): string {
    return nodes.map((n) => this.inlineNode(n)).join('');
  }

  text(nodes: JsonNode[]): string {
    return nodes.map(textOfNode).join('');
  }

  figure(slot: JsonNode, sizes?: string): string {
    return renderFigure(slot as unknown as ImageSlot, this.ctx, sizes);
  }

  private inlineNode(node: JsonNode): string {
    switch (node.type) {
      case 'text': {
        let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
        // As before a pending formatting suggestion.
        const format = publishedFormat(node);
        for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`;
        return html;
      }
      case 'linebreak':
        return '<br>';
      case 'tab':
        return '\t';
      case FOOTNOTE_REF_TYPE:
        return this.footnotes.html(node);
      case 'link':
      case 'autolink': {
        const inner = this.inline(kids(node));
        const href = safeHref(node.url);
        return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
      }
      // A pending suggestion is published as if rejected: suggested words are left out, words
      // suggested for cutting stay.
      case 'suggest-insert':
        return '';
      // Claims, review comments and suggested cuts are newsroom-internal: the words stay, the mark and its ids go.
      case 'suggest-delete':
      case 'claim-mark':
      case 'comment-mark':
      case 'mark':
        return this.inline(kids(node));
      // A passage in another language says so; a tag that is not one is left out, the words stay.
      case 'lang-mark': {
        const inner = this.inline(kids(node));
        const language = passageLanguage(node);
        return language ? `<span lang="${language}">${inner}</span>` : inner;
      }
      default:
        throw new PublishError(`Cannot publish: unknown inline node type "${String(node.type)}".`);
    }
  }

  block(node: JsonNode, siblings: Siblings): string {
    const card = cardFor(node.type);
    if (!card) throw new PublishError(`Cannot publish: unknown block node type "${String(node.type)}".`);
    return card.renderHtml(node, siblings, this);
  }

  section(node: JsonNode, number: number | null): string {
    const children = kids(node);
    const titled = node.titled !== false && children[0]?.type === 'section-title';
    const blocks = titled ? children.slice(1) : children;
    const body = blocks.map((c, i) => this.block(c, siblingsAt(blocks, i))).filter(Boolean);
    if (!titled) return body.join('\n');
    const title = textOfNode(children[0]!).trim();
    if (title) this.outline.level(2);
    const heading = title
      ? `<h2 id="${this.headingId(number !== null ? `${number} ${title}` : title)}">${number !== null ? `${number}. ` : ''}${this.inline(kids(children[0]!))}</h2>`
      : '';
    if (!heading && body.length === 0) return '';
    return `<section>\n${[heading, ...body].filter(Boolean).join('\n')}\n</section>`;
  }
}

/** The article body as an HTML fragment. */
export function renderBody(body: SerializedBody, ctx: RenderContext): string {
  // Pending suggestions are published as if rejected: their structure (splits, joins, moves) here,
  // their words and formats below.
  const top = kids(withStructureAsIfRejected(body).root as JsonNode);
  const renderer = new BodyRenderer(ctx, new FootnoteRefs(footnoteNumbers(top)));
  const numbers = sectionNumbers(top.map((n) => ({ numbered: n.type === 'section' && n.numbered === true })));
  return top
    .map((node, i) => (node.type === 'section' ? renderer.section(node, numbers[i] ?? null) : renderer.block(node, siblingsAt(top, i))))
    .filter(Boolean)
    .join('\n');
}
