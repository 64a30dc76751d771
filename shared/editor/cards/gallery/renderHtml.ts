// A gallery in publication HTML: <figure class="gallery"> holding a <figure> per picture, each with
// its own caption and credit (the same markup as a single picture). Empty slots are left out; a
// gallery left with no picture is left out whole.
import { childrenOf as kids, type CardJson, type HtmlRendering } from '../cardKind';

/** The browser picks a rendition for a grid cell: two or three across on a wide page, two on a phone. */
export const GALLERY_SIZES = '(min-width: 52rem) 24rem, 50vw';

export function renderGalleryHtml(node: CardJson, _siblings: unknown, html: HtmlRendering): string {
  const figures = kids(node)
    .filter((child) => child.type === 'image-slot')
    .map((slot) => html.figure(slot, GALLERY_SIZES))
    .filter(Boolean);
  return figures.length ? `<figure class="gallery">\n${figures.join('\n')}\n</figure>` : '';
}
