// The gallery card: several pictures in one block.
import type { CardKind } from '../cardKind';
import { GALLERY_TYPE } from './galleryJson';
import { galleryPlainText } from './plainText';
import { renderGalleryHtml } from './renderHtml';
import { renderGalleryMarkdown } from './renderMarkdown';

export const galleryCard: CardKind = {
  blockTypes: [GALLERY_TYPE],
  renderHtml: renderGalleryHtml,
  renderMarkdown: renderGalleryMarkdown,
  plainText: galleryPlainText,
};
