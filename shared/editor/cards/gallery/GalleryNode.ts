// A gallery: several pictures in one block, each an image slot with its own alt, caption and
// credit. The node holds only slots; the editor's transform (renderer/editor/gallery) keeps it so.
import {
  $applyNodeReplacement,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedElementNode,
  type SerializedPartial,
} from 'lexical';
import { CardLineNode } from '../CardLineNode';
import { GALLERY_TYPE } from './galleryJson';

export type SerializedGalleryNode = SerializedElementNode;

export class GalleryNode extends CardLineNode {
  static override getType(): string {
    return GALLERY_TYPE;
  }

  static override clone(node: GalleryNode): GalleryNode {
    return new GalleryNode(node.__key);
  }

  protected override element() {
    return { tag: 'div', className: 'ed-gallery' };
  }

  override canBeEmpty(): boolean {
    return false;
  }

  static override importJSON(json: SerializedPartial<SerializedGalleryNode>): GalleryNode {
    return $createGalleryNode().updateFromJSON(json as LexicalUpdateJSON<SerializedGalleryNode>);
  }
}

export function $createGalleryNode(): GalleryNode {
  return $applyNodeReplacement(new GalleryNode());
}

export function $isGalleryNode(node: LexicalNode | null | undefined): node is GalleryNode {
  return node instanceof GalleryNode;
}
