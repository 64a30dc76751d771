// The ready-to-publish checklist: what still blocks publishing, each with where to find it.
// Works on the saved shape (fields + Lexical JSON), so the editor and later the export share it.
import { GALLERY_TYPE } from '../editor/cards/gallery/galleryJson';
import { blockKindOf, retypeSuggestionOf } from '../suggestions/retypeSuggestionJson';
import { moveSuggestionOf } from '../suggestions/moveSuggestionJson';
import { formatSuggestionOf } from '../suggestions/formatSuggestionJson';
import { blockSuggestionOf } from '../suggestions/blockSuggestionJson';
import { linkChange, linkSuggestionOf, type LinkChange } from '../suggestions/linkSuggestionJson';
import { presenceSuggestionOf } from '../suggestions/presenceSuggestionJson';
import { phrase, sayPhrase, type CheckKey, type Phrase } from './checkMessages';

const LINK_CHANGES: Record<LinkChange, CheckKey> = {
  added: 'linkAddedSuggested',
  changed: 'linkChangedSuggested',
  removed: 'linkRemovedSuggested',
};
import type { SerializedBody } from '../contract/lexicalState';
import { imageFitIssues, type ImageSlot } from '../editor/imageSlot';
import { sectionNumbers } from '../editor/sectionNumbers';
import { plainTextOf } from '../text/plainText';
import type { SuggestibleField } from '../suggestions/suggestionSchema';
import { countWords } from '../text/textStats';
import { canonicalEmbedUrl, PLATFORM_NAMES } from '../editor/cards/embed/embedJson';

export type ChecklistTarget =
  | { kind: 'headline' }
  | { kind: 'hero'; field: 'image' | 'alt' | 'credit' }
  | { kind: 'body'; path: number[]; field?: 'alt' | 'credit' | 'image' }
  | { kind: 'claim'; id: string }
  /** A field above the text with a suggested change waiting. */
  | { kind: 'field'; field: SuggestibleField };

export interface ChecklistItem {
  id: string;
  /** In English (the CLI's and the main side's). */
  message: string;
  /** The same message as a phrase, for the interface to say in its language. */
  text: Phrase;
  target: ChecklistTarget;
}

/** An item, its English message said from its phrase. */
export function checklistItem(id: string, target: ChecklistTarget, text: Phrase): ChecklistItem {
  return { id, message: sayPhrase(text), text, target };
}

/** How people name a block kind ("a paragraph", "a heading 2"), as a phrase. */
function kindPhrase(kind: string): Phrase {
  if (kind === 'bullet') return phrase('kindBullet');
  if (kind === 'number') return phrase('kindNumber');
  if (kind === 'paragraph') return phrase('kindParagraph');
  if (kind === 'quote') return phrase('kindQuote');
  return phrase('kindHeading', { level: Number(kind.slice(1)) });
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
  name: Phrase,
  target: (field: 'image' | 'alt' | 'credit') => ChecklistTarget,
  idBase: string,
  assetSize?: AssetSize,
): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  if (!slot.assetId) {
    if (slot.required) items.push(checklistItem(`${idBase}:image`, target('image'), phrase('slotEmpty', { name })));
    return items;
  }
  if (!slot.alt.trim()) items.push(checklistItem(`${idBase}:alt`, target('alt'), phrase('slotNeedsAlt', { name })));
  if (!slot.credit.trim()) items.push(checklistItem(`${idBase}:credit`, target('credit'), phrase('slotNeedsCredit', { name })));
  if (assetSize && imageFitIssues(slot, assetSize.width, assetSize.height).includes('small')) {
    const { width, height } = assetSize;
    items.push(
      checklistItem(
        `${idBase}:size`,
        target('image'),
        phrase('slotTooSmall', { name, width, height, minWidth: slot.minWidth, minHeight: slot.minHeight }),
      ),
    );
  }
  return items;
}

function hasHeaderCell(table: JsonNode): boolean {
  return kids(table).some((row) =>
    kids(row).some((cell) => typeof cell.headerState === 'number' && cell.headerState !== 0 && textOf(cell).trim()),
  );
}

export function analyzeArticle(
  article: { headline: string; hero: ImageSlot | null; body: SerializedBody },
  assetSizes: ReadonlyMap<string, AssetSize> = new Map(),
): ArticleAnalysis {
  const items: ChecklistItem[] = [];
  const words = countWords(plainTextOf(article.body));
  let tkCount = 0;
  if (!article.headline.trim()) items.push(checklistItem('headline', { kind: 'headline' }, phrase('headlineEmpty')));
  if (article.hero) {
    items.push(
      ...slotItems(
        article.hero,
        phrase('heroImage'),
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

  /** `where`: "in section 3", or null outside the sections. */
  const visit = (node: JsonNode, path: number[], where: Phrase | null, picture?: number) => {
    const type = node.type;
    if (type === 'image-slot') {
      const slot = node as unknown as ImageSlot;
      // A gallery's pictures by their number in it.
      const name =
        picture !== undefined
          ? where
            ? phrase('galleryPictureIn', { number: picture, where })
            : phrase('galleryPicture', { number: picture })
          : where
            ? phrase('imageIn', { where })
            : phrase('image');
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
    if (type === 'embed') {
      const embed = canonicalEmbedUrl(typeof node.url === 'string' ? node.url : '');
      const at = where ? phrase('at', { where }) : '';
      if (!embed) items.push(checklistItem(`embed:${path.join('.')}`, { kind: 'body', path }, phrase('embedNoLink', { at })));
      // Readers without the platform (or behind its login) see only the words we publish.
      else if (typeof node.text !== 'string' || !node.text.trim()) {
        const key = embed.platform === 'youtube' || embed.platform === 'vimeo' ? 'embedVideoNoText' : 'embedPostNoText';
        items.push(
          checklistItem(`embed:${path.join('.')}`, { kind: 'body', path }, phrase(key, { at, platform: PLATFORM_NAMES[embed.platform] })),
        );
      }
      return;
    }
    // A table a screen reader can read: some cells head the others (a header row or column).
    if (type === 'table' && !hasHeaderCell(node) && textOf(node).trim()) {
      const first = kids(kids(node)[0] ?? {})
        .map((cell) => textOf(cell).trim())
        .filter(Boolean)
        .join(' | ');
      const words = `“${first.length > 40 ? `${first.slice(0, 39)}…` : first}”`;
      items.push(
        checklistItem(
          `table:${path.join('.')}`,
          { kind: 'body', path },
          phrase('tableNoHeader', { at: where ? phrase('at', { where }) : '', words }),
        ),
      );
    }
    const level = type === 'section-title' ? 2 : type === 'heading' && typeof node.tag === 'string' ? Number(node.tag.slice(1)) : null;
    if (level !== null) {
      const heading = textOf(node).trim();
      if (level > previousLevel + 1 && heading) {
        items.push(
          checklistItem(
            `level:${path.join('.')}`,
            { kind: 'body', path },
            phrase('headingSkips', { heading, from: previousLevel, to: level }),
          ),
        );
      }
      previousLevel = level;
    }
    // A pending suggestion blocks publishing until someone accepts or rejects it (each once, however
    // many marks or blocks carry it), quoting the words it is on.
    const at: Phrase | string = where ? phrase('at', { where }) : '';
    const pending = (id: string, key: CheckKey, values: Phrase['values'] = {}) => {
      if (suggestions.has(id)) return;
      suggestions.add(id);
      const flat = textOf(node).replace(/\s+/g, ' ').trim();
      const words = `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
      items.push(checklistItem(`suggestion:${id}`, { kind: 'body', path }, phrase(key, { at, words, ...values })));
    };
    if ((type === 'suggest-insert' || type === 'suggest-delete') && Array.isArray(node.ids))
      for (const id of node.ids) if (typeof id === 'string') pending(id, 'suggestionPending');
    const onBlock = blockSuggestionOf(node);
    if (onBlock) pending(onBlock.id, onBlock.kind === 'split' ? 'splitSuggested' : 'joinSuggested');
    const retyped = retypeSuggestionOf(node);
    if (retyped)
      pending(retyped.id, 'retypeSuggested', {
        from: kindPhrase(retyped.was),
        to: type === 'listitem' ? phrase('kindListItem') : kindPhrase(blockKindOf(node) ?? 'paragraph'),
      });
    const formatted = formatSuggestionOf(node);
    if (formatted) pending(formatted.id, 'formatSuggested');
    const presence = presenceSuggestionOf(node);
    if (presence)
      pending(
        presence.id,
        presence.kind === 'inserted'
          ? type === 'quote'
            ? 'newQuoteSuggested'
            : 'newBlockSuggested'
          : type === 'quote'
            ? 'deleteQuoteSuggested'
            : 'deleteBlockSuggested',
      );
    const linked = linkSuggestionOf(node);
    if (linked) pending(linked.id, LINK_CHANGES[linkChange(linked)]);
    if (typeof node.text === 'string') {
      for (const match of node.text.matchAll(TK)) {
        tkCount++;
        items.push(
          checklistItem(
            `tk:${path.join('.')}:${match.index}`,
            { kind: 'body', path },
            phrase('tk', { at, excerpt: excerpt(node.text, match.index ?? 0) }),
          ),
        );
      }
      return;
    }
    kids(node).forEach((child, i) => visit(child, [...path, i], where, type === GALLERY_TYPE ? i + 1 : undefined));
  };

  top.forEach((node, index) => {
    if (node.type !== 'section') {
      visit(node, [index], null);
      return;
    }
    const number = numbers[index];
    const children = kids(node);
    const titled = node.titled !== false;
    const title = titled && children[0]?.type === 'section-title' ? textOf(children[0]).trim() : '';
    const name =
      number !== null && number !== undefined
        ? phrase('sectionNumber', { number })
        : title
          ? phrase('sectionTitled', { title })
          : phrase('sectionRole', { role: String(node.role ?? 'section').replace(/-/g, ' ') });
    const where = phrase('inSection', { name });
    const move = moveSuggestionOf(node);
    if (move?.role === 'moved' && !suggestions.has(move.id)) {
      suggestions.add(move.id);
      items.push(checklistItem(`suggestion:${move.id}`, { kind: 'body', path: [index] }, phrase('moveSectionSuggested', { name })));
    }
    const presence = presenceSuggestionOf(node);
    if (presence && !suggestions.has(presence.id)) {
      suggestions.add(presence.id);
      const key = presence.kind === 'inserted' ? 'addSectionSuggested' : 'deleteSectionSuggested';
      items.push(checklistItem(`suggestion:${presence.id}`, { kind: 'body', path: [index] }, phrase(key, { name })));
    }
    children.forEach((child, i) => visit(child, [index, i], where));
    if (node.required === true) {
      if (titled && !title)
        items.push(checklistItem(`title:${index}`, { kind: 'body', path: [index, 0] }, phrase('sectionNoHeading', { name })));
      const body = children.slice(titled ? 1 : 0);
      const hasText = body.some((child) => textOf(child).trim().length > 0);
      if (!hasText)
        items.push(checklistItem(`body:${index}`, { kind: 'body', path: [index, titled ? 1 : 0] }, phrase('sectionNoText', { name })));
    }
  });
  return { words, tkCount, items };
}
