// A picture in the text: its image slot (shared/editor/imageSlot.ts holds its data, the editor's
// ImageSlotNode its view). Published as a <figure> with its renditions, in Markdown as an image; an
// empty slot is left out. Its alt text and caption are not the article's words (search reads the text).
import type { CardKind } from '../cardKind';

export const imageSlotCard: CardKind = {
  blockTypes: ['image-slot'],
  renderHtml: (node, _siblings, html) => html.figure(node),
  renderMarkdown: (node, _siblings, md) => md.image(node),
  plainText: () => [],
};
