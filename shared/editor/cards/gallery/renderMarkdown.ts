// A gallery in Markdown (which has none): its pictures one after another, each with its caption.
import { childrenOf as kids, type CardJson, type MarkdownRendering } from '../cardKind';

export function renderGalleryMarkdown(node: CardJson, _siblings: unknown, md: MarkdownRendering): string {
  return kids(node)
    .filter((child) => child.type === 'image-slot')
    .map((slot) => md.image(slot))
    .filter(Boolean)
    .join('\n\n');
}
