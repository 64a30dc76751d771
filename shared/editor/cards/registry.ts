// Every block kind, in one list: the editors register their nodes, and the body's walkers (HTML,
// Markdown, plain text) hand each block to its kind. Adding a kind is a folder and a line here.
import type { CardJson, CardKind, Siblings } from './cardKind';
import { embedCard } from './embed/embedCard';
import { galleryCard } from './gallery/galleryCard';
import { footnotesCard } from './footnotes/footnotesCard';
import { pullQuoteCard } from './pullQuote/pullQuoteCard';
import { tableCard } from './table/tableCard';
import { paragraphCard } from './paragraph/paragraphCard';
import { headingCard } from './heading/headingCard';
import { quoteCard } from './quote/quoteCard';
import { listCard } from './list/listCard';
import { imageSlotCard } from './imageSlot/imageSlotCard';

export const CARDS: readonly CardKind[] = [
  paragraphCard,
  headingCard,
  quoteCard,
  listCard,
  imageSlotCard,
  tableCard,
  pullQuoteCard,
  embedCard,
  galleryCard,
  footnotesCard,
];

const BY_TYPE = new Map(CARDS.flatMap((card) => card.blockTypes.map((type) => [type, card] as const)));

/** The card a block of this saved type belongs to, if any. */
export function cardFor(type: unknown): CardKind | undefined {
  return typeof type === 'string' ? BY_TYPE.get(type) : undefined;
}

/** A block's neighbours in its list of siblings. */
export function siblingsAt(blocks: readonly CardJson[], index: number): Siblings {
  return { before: blocks[index - 1], after: blocks[index + 1] };
}
