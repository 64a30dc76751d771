// Keeps every gallery a gallery: it holds pictures only (anything else that lands in it moves out
// just after it, in order) and goes away with its last picture.
import type { LexicalEditor } from 'lexical';
import { GalleryNode } from '../../../shared/editor/cards/gallery/GalleryNode';
import { $isImageSlotNode } from '../../../shared/editor/cards/imageSlot/ImageSlotNode';
import { registerHolderTransform } from '../cardHolders';

export function registerGalleryTransform(editor: LexicalEditor): () => void {
  return registerHolderTransform(editor, GalleryNode, $isImageSlotNode);
}
