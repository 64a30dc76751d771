// A saved body seen the way a comparison reads it: parts (each template section, and each run of
// blocks outside a section), each a list of blocks with their text and the formatting of every
// character. Walks the JSON directly, so the main side, the worker and the CLI need no editor.
import type { SerializedBody } from '../contract/lexicalState';
import { INLINE_TYPES } from '../editor/inlineTypes';

type JsonNode = {
  type?: unknown;
  children?: unknown;
  text?: unknown;
  format?: unknown;
  url?: unknown;
  tag?: unknown;
  [key: string]: unknown;
};

/** What a character looks like: Lexical's format bits, the link it belongs to and its passage's language. */
export interface CharStyle {
  format: number;
  link: string | null;
  /** A passage marked as another language (`lang-mark`); null: the article's. */
  language: string | null;
}

export interface VersionBlock {
  /** "paragraph", "heading h2", "quote", "list item", "image", or the node type of anything else. */
  kind: string;
  text: string;
  /** One style per run of characters, as [length, style] pairs (the text's formatting). */
  runs: Array<[number, CharStyle]>;
  /** An image slot's node, for the image comparison. */
  image?: Record<string, unknown>;
}

export interface VersionPart {
  /** The section's title; null for blocks outside any section. */
  title: string | null;
  blocks: VersionBlock[];
  /** Where it sits among the root's children: [start, end). */
  range: [number, number];
}

const INLINE = INLINE_TYPES;

function kids(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]).filter((c) => typeof c === 'object' && c !== null) : [];
}

/** The text and style runs of a block's inline content (nested lists are blocks of their own). */
function inlineOf(node: JsonNode): { text: string; runs: Array<[number, CharStyle]> } {
  let text = '';
  const runs: Array<[number, CharStyle]> = [];
  const push = (value: string, style: CharStyle) => {
    if (value.length === 0) return;
    text += value;
    const last = runs[runs.length - 1];
    if (last && last[1].format === style.format && last[1].link === style.link && last[1].language === style.language)
      last[0] += value.length;
    else runs.push([value.length, style]);
  };
  const walk = (child: JsonNode, link: string | null, language: string | null) => {
    if (child.type === 'linebreak') return push('\n', { format: 0, link, language });
    if (child.type === 'tab') return push('\t', { format: 0, link, language });
    if (typeof child.text === 'string')
      return push(child.text, { format: typeof child.format === 'number' ? child.format : 0, link, language });
    if (!INLINE.has(String(child.type))) return;
    const own = (child.type === 'link' || child.type === 'autolink') && typeof child.url === 'string' ? child.url : link;
    const ids = child.type === 'lang-mark' && Array.isArray(child.ids) ? (child.ids as unknown[]) : [];
    const spoken = typeof ids[0] === 'string' ? ids[0] : language;
    for (const grandchild of kids(child)) walk(grandchild, own, spoken);
  };
  for (const child of kids(node)) walk(child, null, null);
  return { text, runs };
}

function kindOf(node: JsonNode): string {
  if (node.type === 'heading' && typeof node.tag === 'string') return `heading ${node.tag}`;
  if (node.type === 'listitem') return 'list item';
  if (node.type === 'image-slot') return 'image';
  return String(node.type);
}

function imageText(node: JsonNode): string {
  const words = [node.alt, node.caption].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return words.length > 0 ? words.join(' — ') : typeof node.assetId === 'string' ? `(picture ${node.assetId.slice(0, 8)})` : '(empty)';
}

/** The blocks inside one node, in reading order. */
function collect(node: JsonNode, out: VersionBlock[]): void {
  if (node.type === 'image-slot') {
    out.push({ kind: 'image', text: imageText(node), runs: [], image: node as Record<string, unknown> });
    return;
  }
  const children = kids(node);
  const inline = children.filter((c) => INLINE.has(String(c.type)));
  if (node.type === 'list') {
    for (const item of children) collect(item, out);
    return;
  }
  if (inline.length > 0 || children.length === 0) {
    const { text, runs } = inlineOf(node);
    out.push({ kind: kindOf(node), text, runs });
  }
  // A list item's nested list, or a container's blocks.
  for (const child of children) if (!INLINE.has(String(child.type))) collect(child, out);
}

/**
 * The body as parts: one per template section, and outside sections one per top-level h2 heading
 * (an imported article's sections are its headings) with the blocks before the first heading as
 * a part of their own.
 */
export function versionParts(body: SerializedBody): VersionPart[] {
  const root = body.root as JsonNode;
  const parts: VersionPart[] = [];
  let loose: VersionPart | null = null;
  kids(root).forEach((child, index) => {
    if (child.type === 'section') {
      loose = null;
      const [first, ...rest] = kids(child);
      const titled = first?.type === 'section-title';
      const blocks: VersionBlock[] = [];
      for (const block of titled ? rest : kids(child)) collect(block, blocks);
      parts.push({ title: titled ? inlineOf(first).text : '', blocks, range: [index, index + 1] });
      return;
    }
    if (child.type === 'heading' && child.tag === 'h2') {
      loose = { title: inlineOf(child).text, blocks: [], range: [index, index + 1] };
      parts.push(loose);
      return;
    }
    if (!loose) {
      loose = { title: null, blocks: [], range: [index, index + 1] };
      parts.push(loose);
    }
    collect(child, loose.blocks);
    loose.range[1] = index + 1;
  });
  return parts;
}

/** Each character's style, for comparing the formatting of two blocks with the same text. */
export function charStyles(block: VersionBlock): CharStyle[] {
  const styles: CharStyle[] = [];
  for (const [length, style] of block.runs) for (let i = 0; i < length; i++) styles.push(style);
  return styles;
}
