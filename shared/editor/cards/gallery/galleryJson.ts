// A gallery in saved JSON: { type: 'gallery', children: [image-slot, …] }. Each picture is an image
// slot of its own (alt, caption, credit, rights), so everything that reads slots (the checklist,
// export's asset list, the importer's pictures, history) reads a gallery's pictures too, and two
// people captioning two of its pictures at once both keep theirs.
import { emptySlot, type ImageSlot, type SlotSpec } from '../../imageSlot';

export const GALLERY_TYPE = 'gallery';

/** What a gallery's picture asks for: any shape (the grid crops nothing), wide enough for half a column. */
export const GALLERY_SPEC: SlotSpec = { role: 'gallery', aspectRatio: null, minWidth: 600, minHeight: 0, required: true };

/** More pictures than this in one block is an archive, not a gallery: the importer starts another. */
export const MAX_GALLERY_IMAGES = 50;

export function emptyGallerySlot(): ImageSlot {
  return emptySlot(GALLERY_SPEC);
}
