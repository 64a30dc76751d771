// The paragraph: the article's words, the block every other kind is measured against.
import { childrenOf as kids, type CardKind } from '../cardKind';

export const paragraphCard: CardKind = {
  blockTypes: ['paragraph'],
  renderHtml(node, _siblings, html) {
    const inner = html.inline(kids(node)).trim();
    // A paragraph of nothing but line breaks is empty: left out.
    return inner.replace(/(<br>)+$/, '') ? `<p>${inner}</p>` : '';
  },
  renderMarkdown: (node, _siblings, md) => md.lineStart(md.inline(kids(node)).trim()),
  plainText(node, inlineText) {
    const text = inlineText(kids(node)).trim();
    return text ? [text] : [];
  },
};
