// Keeps every gallery a gallery: it holds pictures only (anything else that lands in it, a paragraph
// from Enter on a picture or a paste, moves out just after it, in order) and goes away with its last picture.
import type { LexicalEditor } from 'lexical';
import { GalleryNode } from '../../../shared/editor/cards/gallery/GalleryNode';
import { $isImageSlotNode } from '../../../shared/editor/nodes/ImageSlotNode';

export function registerGalleryTransform(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(GalleryNode, (gallery) => {
    // From the last child back, so each stray keeps its place in reading order after the gallery.
    for (const child of gallery.getChildren().reverse()) if (!$isImageSlotNode(child)) gallery.insertAfter(child);
    if (gallery.getChildrenSize() === 0) gallery.remove();
  });
}
