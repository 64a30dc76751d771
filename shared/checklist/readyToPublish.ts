// The ready-to-publish checklist: what still blocks publishing, each with where to find it.
// Works on the saved shape (fields + Lexical JSON), so the editor and later the export share it.
import { blockKindName, blockKindOf, retypeSuggestionOf } from '../suggestions/retypeSuggestionJson';
import { moveSuggestionOf } from '../suggestions/moveSuggestionJson';
import { formatSuggestionOf } from '../suggestions/formatSuggestionJson';
import { blockSuggestionOf } from '../suggestions/blockSuggestionJson';
import { linkChange, linkSuggestionOf, type LinkChange } from '../suggestions/linkSuggestionJson';
import { presenceSuggestionOf } from '../suggestions/presenceSuggestionJson';

const LINK_CHANGES: Record<LinkChange, string> = { added: 'added', changed: 'to a new address', removed: 'taken away' };
import type { SerializedBody } from '../contract/lexicalState';
import { imageFitProblems, type ImageSlot } from '../editor/imageSlot';
import { sectionNumbers } from '../editor/sectionNumbers';
import { plainTextOf } from '../text/plainText';
import type { SuggestibleField } from '../suggestions/suggestionSchema';
import { countWords } from '../text/textStats';

export type ChecklistTarget =
  | { kind: 'headline' }
  | { kind: 'hero'; field: 'image' | 'alt' | 'credit' }
  | { kind: 'body'; path: number[]; field?: 'alt' | 'credit' | 'image' }
  | { kind: 'claim'; id: string }
  /** A field above the text with a suggested change waiting. */
  | { kind: 'field'; field: SuggestibleField };

export interface ChecklistItem {
  id: string;
  message: string;
  target: ChecklistTarget;
}

export interface ArticleAnalysis {
  words: number;
  tkCount: number;
  items: ChecklistItem[];
}

export interface AssetSize {
  width: number;
  height: number;
}

/** "TK" (to come) as a word, the newsroom's marker for a missing fact. */
const TK = /(?<![\p{L}\p{N}])TK(?![\p{L}\p{N}])/gu;

type JsonNode = { type?: unknown; children?: unknown; text?: unknown; tag?: unknown; [key: string]: unknown };

function kids(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

function textOf(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return kids(node).map(textOf).join('');
}

function excerpt(text: string, index: number): string {
  const start = Math.max(0, index - 30);
  const snippet = text
    .slice(start, index + 32)
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${snippet}${index + 32 < text.length ? '…' : ''}`;
}

function slotItems(
  slot: ImageSlot,
  name: string,
  target: (field: 'image' | 'alt' | 'credit') => ChecklistTarget,
  idBase: string,
  assetSize?: AssetSize,
): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (!slot.assetId) {
    if (slot.required) items.push({ id: `${idBase}:image`, message: `${name} is empty`, target: target('image') });
    return items;
  }
  if (!slot.alt.trim()) items.push({ id: `${idBase}:alt`, message: `${name} needs alt text`, target: target('alt') });
  if (!slot.credit.trim()) items.push({ id: `${idBase}:credit`, message: `${name} needs a credit`, target: target('credit') });
  if (assetSize) {
    for (const problem of imageFitProblems(slot, assetSize.width, assetSize.height)) {
      if (problem.includes('smaller')) items.push({ id: `${idBase}:size`, message: `${name} ${problem}`, target: target('image') });
    }
  }
  return items;
}

export function analyzeArticle(
  article: { headline: string; hero: ImageSlot | null; body: SerializedBody },
  assetSizes: ReadonlyMap<string, AssetSize> = new Map(),
): ArticleAnalysis {
  const items: ChecklistItem[] = [];
  const words = countWords(plainTextOf(article.body));
  let tkCount = 0;
  if (!article.headline.trim()) items.push({ id: 'headline', message: 'The headline is empty', target: { kind: 'headline' } });
  if (article.hero) {
    items.push(
      ...slotItems(
        article.hero,
        'The hero image',
        (field) => ({ kind: 'hero', field }),
        'hero',
        article.hero.assetId ? assetSizes.get(article.hero.assetId) : undefined,
      ),
    );
  }

  const top = kids(article.body.root as JsonNode);
  const numbers = sectionNumbers(top.map((n) => ({ numbered: n.type === 'section' && n.numbered === true })));
  let previousLevel = 1; // the headline is the page's h1
  const suggestions = new Set<string>();

  const visit = (node: JsonNode, path: number[], where: string) => {
    const type = node.type;
    if (type === 'image-slot') {
      const slot = node as unknown as ImageSlot;
      const name = `The image ${where}`.trim();
      items.push(
        ...slotItems(
          slot,
          name,
          (field) => ({ kind: 'body', path, field }),
          `image:${path.join('.')}`,
          slot.assetId ? assetSizes.get(slot.assetId) : undefined,
        ),
      );
      return;
    }
    const level = type === 'section-title' ? 2 : type === 'heading' && typeof node.tag === 'string' ? Number(node.tag.slice(1)) : null;
    if (level !== null) {
      const heading = textOf(node).trim();
      if (level > previousLevel + 1 && heading) {
        items.push({
          id: `level:${path.join('.')}`,
          message: `The heading “${heading}” skips a level (H${previousLevel} to H${level})`,
          target: { kind: 'body', path },
        });
      }
      previousLevel = level;
    }
    // A pending suggestion blocks publishing until someone accepts or rejects it (each once, however
    // many marks or blocks carry it), quoting the words it is on.
    const pending = (id: string, what: (words: string) => string) => {
      if (suggestions.has(id)) return;
      suggestions.add(id);
      const flat = textOf(node).replace(/\s+/g, ' ').trim();
      const words = `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
      items.push({ id: `suggestion:${id}`, message: `${what(words)}: accept or reject it`, target: { kind: 'body', path } });
    };
    const at = where ? ` ${where}` : '';
    if ((type === 'suggest-insert' || type === 'suggest-delete') && Array.isArray(node.ids))
      for (const id of node.ids) if (typeof id === 'string') pending(id, (words) => `A suggestion${at} is pending (${words})`);
    const onBlock = blockSuggestionOf(node);
    if (onBlock)
      pending(
        onBlock.id,
        (words) => `${onBlock.kind === 'split' ? 'A new paragraph' : 'Joining paragraphs'} is suggested${at} (at ${words})`,
      );
    const retyped = retypeSuggestionOf(node);
    if (retyped)
      pending(
        retyped.id,
        (words) =>
          `Making ${blockKindName(retyped.was)} ${type === 'listitem' ? 'a list item' : blockKindName(blockKindOf(node) ?? 'paragraph')} is suggested${at} (${words})`,
      );
    const formatted = formatSuggestionOf(node);
    if (formatted) pending(formatted.id, (words) => `A formatting change is suggested${at} (${words})`);
    const presence = presenceSuggestionOf(node);
    if (presence)
      pending(
        presence.id,
        (words) =>
          `${presence.kind === 'inserted' ? 'A new' : 'Deleting a'} ${type === 'quote' ? 'quote' : 'block'} is suggested${at} (${words})`,
      );
    const linked = linkSuggestionOf(node);
    if (linked) pending(linked.id, (words) => `A link ${LINK_CHANGES[linkChange(linked)]} is suggested${at} (${words})`);
    if (typeof node.text === 'string') {
      for (const match of node.text.matchAll(TK)) {
        tkCount++;
        items.push({
          id: `tk:${path.join('.')}:${match.index}`,
          message: `TK${where ? ` ${where}` : ''}: ${excerpt(node.text, match.index ?? 0)}`,
          target: { kind: 'body', path },
        });
      }
      return;
    }
    kids(node).forEach((child, i) => visit(child, [...path, i], where));
  };

  top.forEach((node, index) => {
    if (node.type !== 'section') {
      visit(node, [index], '');
      return;
    }
    const number = numbers[index];
    const children = kids(node);
    const titled = node.titled !== false;
    const title = titled && children[0]?.type === 'section-title' ? textOf(children[0]).trim() : '';
    const name =
      number !== null && number !== undefined
        ? `section ${number}`
        : title
          ? `“${title}”`
          : `the ${String(node.role ?? 'section').replace(/-/g, ' ')} section`;
    const where = `in ${name}`;
    const move = moveSuggestionOf(node);
    if (move?.role === 'moved' && !suggestions.has(move.id)) {
      suggestions.add(move.id);
      items.push({
        id: `suggestion:${move.id}`,
        message: `Moving ${name} is suggested: accept or reject it`,
        target: { kind: 'body', path: [index] },
      });
    }
    const presence = presenceSuggestionOf(node);
    if (presence && !suggestions.has(presence.id)) {
      suggestions.add(presence.id);
      items.push({
        id: `suggestion:${presence.id}`,
        message: `${presence.kind === 'inserted' ? 'Adding' : 'Deleting'} ${name} is suggested: accept or reject it`,
        target: { kind: 'body', path: [index] },
      });
    }
    children.forEach((child, i) => visit(child, [index, i], where));
    if (node.required === true) {
      if (titled && !title)
        items.push({ id: `title:${index}`, message: `${capitalize(name)} has no heading`, target: { kind: 'body', path: [index, 0] } });
      const body = children.slice(titled ? 1 : 0);
      const hasText = body.some((child) => textOf(child).trim().length > 0);
      if (!hasText)
        items.push({
          id: `body:${index}`,
          message: `${capitalize(name)} has no text`,
          target: { kind: 'body', path: [index, titled ? 1 : 0] },
        });
    }
  });
  return { words, tkCount, items };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
