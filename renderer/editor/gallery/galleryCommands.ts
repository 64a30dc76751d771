// Making and growing galleries in the editor: Insert makes one with two empty pictures; a picture's
// "Add picture" puts an empty one (or one already chosen) just after it.
import { $createParagraphNode, $getNodeByKey, $getRoot, type LexicalNode, type NodeKey } from 'lexical';
import { emptyGallerySlot } from '../../../shared/editor/cards/gallery/galleryJson';
import { $createGalleryNode, type GalleryNode } from '../../../shared/editor/cards/gallery/GalleryNode';
import { $createImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';

/** A gallery of two empty pictures after `block` (or at the end), with a paragraph after it to go on writing. */
export function $insertGalleryAfter(block: LexicalNode | null): GalleryNode {
  const gallery = $createGalleryNode().append($createImageSlotNode(emptyGallerySlot()), $createImageSlotNode(emptyGallerySlot()));
  if (block) block.insertAfter(gallery);
  else $getRoot().append(gallery);
  if (!gallery.getNextSibling()) gallery.insertAfter($createParagraphNode());
  return gallery;
}

/** A picture after the gallery picture `key`: empty, or holding an asset already taken in. Its key, or null when `key` is gone. */
export function $addGalleryPictureAfter(key: NodeKey, assetId: string | null = null): NodeKey | null {
  const node = $getNodeByKey(key);
  if (!node) return null;
  const added = $createImageSlotNode({ ...emptyGallerySlot(), assetId });
  node.insertAfter(added);
  return added.getKey();
}
