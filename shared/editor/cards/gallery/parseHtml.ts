// A gallery from HTML: WordPress's gallery block (<figure class="wp-block-gallery"> holding a
// <figure> per picture, or the older <ul class="blocks-gallery-grid"> of <li>), its classic
// [gallery] shortcode (<div class="gallery"> of <dl class="gallery-item">), Ghost's kg-gallery-card,
// and any figure or "…gallery…" element holding several pictures. Each picture keeps its alt text
// and its own caption and credit; words in the gallery outside its pictures (the gallery's own
// caption) are handed back to be read as text, so nothing is lost.
import { isTag, Text, type ChildNode, type Element } from 'domhandler';
import { slotFillSchema, type ImageSlot } from '../../imageSlot';
import { emptyGallerySlot } from './galleryJson';

/** An element that holds one picture and its caption. */
const ITEM_TAGS = new Set(['figure', 'li', 'dl', 'div', 'p']);
const CAPTION_TAGS = new Set(['figcaption', 'dd']);
/** Elements whose ends part words. */
const BREAKS = new Set(['p', 'div', 'br', 'li', 'dt', 'dd', 'dl', 'ul', 'ol', 'figure', 'figcaption', 'section']);
const MAX_CAPTION = slotFillSchema.shape.caption.maxLength ?? 2000;
const MAX_ALT = slotFillSchema.shape.alt.maxLength ?? 1000;
const MAX_CREDIT = slotFillSchema.shape.credit.maxLength ?? 500;

export interface GalleryPicture {
  /** The <img>, for its source. */
  img: Element;
  slot: ImageSlot;
}

export interface ParsedGallery {
  pictures: GalleryPicture[];
  /** What the gallery holds besides its pictures (its own caption, a long text): read as text. */
  rest: ChildNode[];
}

function countImages(node: ChildNode, limit = 2): number {
  if (!isTag(node)) return 0;
  if (node.name === 'img') return 1;
  let count = 0;
  for (const child of node.children) {
    count += countImages(child, limit - count);
    if (count >= limit) break;
  }
  return count;
}

function findFirst(element: Element, test: (e: Element) => boolean): Element | null {
  for (const child of element.children) {
    if (!isTag(child)) continue;
    if (test(child)) return child;
    const deeper = findFirst(child, test);
    if (deeper) return deeper;
  }
  return null;
}

/** A node's words, leaving out `skip` (a caption read on its own). Block ends count as spaces. */
function plain(node: ChildNode, skip: ChildNode | null = null): string {
  if (node === skip) return ' ';
  if (node.type === 'text') return node.data;
  if (!isTag(node) || node.name === 'img') return '';
  const words = node.children.map((c) => plain(c, skip)).join('');
  return BREAKS.has(node.name) ? ` ${words} ` : words;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A gallery, known by its class or by holding several pictures in one figure. */
export function isGallery(element: Element): boolean {
  const classed = /gallery/i.test(element.attribs.class ?? '') && element.name !== 'img';
  return (classed || element.name === 'figure') && countImages(element) >= 2;
}

/**
 * One picture's slot: its alt text, and its caption (the item's figcaption or dd) with the credit
 * when the caption marks one. Words in the item outside a caption, or a caption too long for a
 * slot, are handed back as text.
 */
function item(element: Element, img: Element, rest: ChildNode[]): GalleryPicture {
  const slot = emptyGallerySlot();
  slot.alt = squeeze(img.attribs.alt ?? '').slice(0, MAX_ALT);
  if (element === img) return { img, slot };
  const captionElement = findFirst(element, (e) => CAPTION_TAGS.has(e.name) || /caption/i.test(e.attribs.class ?? ''));
  const creditElement = captionElement && findFirst(captionElement, (e) => /credit/i.test(e.attribs.class ?? ''));
  const credit = creditElement ? squeeze(plain(creditElement)) : '';
  const caption = captionElement ? squeeze(plain(captionElement, creditElement)) : '';
  const outside = squeeze(plain(element, captionElement));
  if (outside) rest.push(new Text(outside));
  if (caption.length > MAX_CAPTION || credit.length > MAX_CREDIT) rest.push(new Text(squeeze(plain(captionElement!))));
  else Object.assign(slot, { caption, credit });
  return { img, slot };
}

/** The gallery's pictures in order, and what it holds besides them. */
export function parseGalleryHtml(gallery: Element): ParsedGallery {
  const pictures: GalleryPicture[] = [];
  const rest: ChildNode[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isTag(node)) rest.push(node);
      else if (node.name === 'img') pictures.push(item(node, node, rest));
      else {
        const count = countImages(node);
        if (count === 0) rest.push(node);
        else if (count === 1 && ITEM_TAGS.has(node.name))
          pictures.push(
            item(
              node,
              findFirst(node, (e) => e.name === 'img')!,
              rest,
            ),
          );
        else visit(node.children);
      }
    }
  };
  visit(gallery.children);
  return { pictures, rest };
}
