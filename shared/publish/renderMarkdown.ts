// Markdown output from the saved JSON, for CMSs and editors that take Markdown. Same rules as
// the HTML renderer: claims unwrapped, empty blocks dropped, unknown node types fail.
import { publishedFormat } from '../suggestions/formatSuggestionJson';
import { withStructureAsIfRejected } from '../suggestions/asIfRejected';
import type { SerializedBody } from '../contract/lexicalState';
import { sectionNumbers } from '../editor/sectionNumbers';
import type { ImageSlot } from '../editor/imageSlot';
import { HeadingOutline } from './headingOutline';
import { FOOTNOTE_REF_TYPE, footnoteNumbers } from '../editor/cards/footnotes/footnotesJson';
import { footnoteRefMarkdown } from '../editor/cards/footnotes/renderMarkdown';
import { cardFor, siblingsAt } from '../editor/cards/registry';
import type { Siblings } from '../editor/cards/cardKind';
import { PublishError, safeHref, textOfNode, type RenderContext } from './renderBody';

type JsonNode = { type?: unknown; children?: unknown; [key: string]: unknown };

function kids(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

/** Every character that could start Markdown markup or raw HTML is escaped, so text stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|&!~])/g, '\\$1');
}

/** At the start of a line, "- ", "+ ", "=" and "1." would make a list, a heading underline or a numbered item. */
function escapeLineStart(md: string): string {
  return md.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A one-line field (headline, dek) as Markdown text: escaped, on one line. */
export function escapeMarkdownText(text: string): string {
  return escapeLineStart(escapeMarkdown(text.replace(/\s+/g, ' ').trim()));
}

/** `notes`: each footnote's number (footnotesJson.ts), for its references. */
function inline(nodes: JsonNode[], notes: ReadonlyMap<string, number>): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text': {
          const format = publishedFormat(node);
          const raw = typeof node.text === 'string' ? node.text : '';
          if (format & 16) return `\`${raw.replace(/`/g, 'ˋ')}\``;
          let md = escapeMarkdown(raw);
          if (format & 4) md = `~~${md}~~`;
          if (format & 2) md = `*${md}*`;
          if (format & 1) md = `**${md}**`;
          return md;
        }
        case 'linebreak':
          return '  \n';
        case 'tab':
          return '\t';
        case FOOTNOTE_REF_TYPE:
          return footnoteRefMarkdown(node, notes);
        case 'link':
        case 'autolink': {
          const href = safeHref(node.url);
          const text = inline(kids(node), notes);
          return href ? `[${text}](${href.replace(/[()\s<>]/g, encodeURIComponent)})` : text;
        }
        case 'suggest-insert':
          return '';
        case 'suggest-delete':
        case 'claim-mark':
        case 'comment-mark':
        case 'lang-mark':
        case 'mark':
          return inline(kids(node), notes);
        default:
          throw new PublishError(`Cannot publish: unknown inline node type "${String(node.type)}".`);
      }
    })
    .join('');
}

export function imageMarkdown(slot: ImageSlot, ctx: RenderContext): string {
  if (!slot.assetId) return '';
  const image = ctx.resolveImage(slot.assetId);
  if (!image) throw new PublishError(`The image ${slot.assetId.slice(0, 12)}… is missing from the asset store.`);
  const caption = [slot.caption.trim(), slot.credit.trim()].filter(Boolean).join(' — ');
  return `![${escapeMarkdown(slot.alt.trim())}](${image.src})${caption ? `\n*${escapeMarkdown(caption)}*` : ''}`;
}

/** What a block is written with: the images, the heading levels so far, the footnotes' numbers. */
interface Writing {
  ctx: RenderContext;
  outline: HeadingOutline;
  notes: ReadonlyMap<string, number>;
}

function block(node: JsonNode, { ctx, outline, notes }: Writing, siblings: Siblings): string {
  const card = cardFor(node.type);
  if (!card) throw new PublishError(`Cannot publish: unknown block node type "${String(node.type)}".`);
  return card.renderMarkdown(node, siblings, {
    inline: (nodes) => inline(nodes, notes),
    lineStart: escapeLineStart,
    headingLevel: (requested) => outline.level(requested),
    footnotes: notes,
    text: escapeMarkdown,
    image: (slot) => imageMarkdown(slot as unknown as ImageSlot, ctx),
  });
}

export function renderMarkdown(body: SerializedBody, ctx: RenderContext): string {
  // Pending suggestions as if rejected, as on the public page.
  const top = kids(withStructureAsIfRejected(body).root as JsonNode);
  const numbers = sectionNumbers(top.map((n) => ({ numbered: n.type === 'section' && n.numbered === true })));
  const parts: string[] = [];
  const writing: Writing = { ctx, outline: new HeadingOutline(), notes: footnoteNumbers(top) };
  const { outline } = writing;
  top.forEach((node, i) => {
    if (node.type !== 'section') {
      parts.push(block(node, writing, siblingsAt(top, i)));
      return;
    }
    const children = kids(node);
    const titled = node.titled !== false && children[0]?.type === 'section-title';
    if (titled) {
      const title = textOfNode(children[0]!).trim();
      const number = numbers[i];
      if (title) outline.level(2);
      if (title)
        parts.push(`## ${number !== null && number !== undefined ? `${number}. ` : ''}${inline(kids(children[0]!), writing.notes).trim()}`);
    }
    const blocks = titled ? children.slice(1) : children;
    blocks.forEach((child, j) => parts.push(block(child, writing, siblingsAt(blocks, j))));
  });
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
