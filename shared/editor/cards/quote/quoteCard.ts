// A block quote in the text (a pull quote, set apart from it, is its own card).
import { childrenOf as kids, type CardKind } from '../cardKind';

export const quoteCard: CardKind = {
  blockTypes: ['quote'],
  renderHtml(node, _siblings, html) {
    const inner = html.inline(kids(node)).trim();
    return inner ? `<blockquote><p>${inner}</p></blockquote>` : '';
  },
  renderMarkdown(node, _siblings, md) {
    const text = md.inline(kids(node)).trim();
    return text
      ? text
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')
      : '';
  },
  plainText(node, inlineText) {
    const text = inlineText(kids(node)).trim();
    return text ? [text] : [];
  },
};
