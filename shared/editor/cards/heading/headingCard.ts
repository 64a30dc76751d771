// A heading inside the text (a section's title is the section's). Published at the level the outline
// allows (never skipping one: HeadingOutline), with an id made from its words for links to it.
import { childrenOf as kids, type CardJson, type CardKind } from '../cardKind';

/** The level a heading node asks for: h2–h6 as saved (h1 is the page's headline, so it counts as h2). */
export function requestedLevel(node: CardJson): number {
  const match = /^h([1-6])$/.exec(String(node.tag));
  return match ? Math.max(2, Number(match[1])) : 2;
}

export const headingCard: CardKind = {
  blockTypes: ['heading'],
  renderHtml(node, _siblings, html) {
    const text = html.text(kids(node)).trim();
    if (!text) return '';
    const tag = `h${html.headingLevel(requestedLevel(node))}`;
    return `<${tag} id="${html.headingId(text)}">${html.inline(kids(node))}</${tag}>`;
  },
  renderMarkdown(node, _siblings, md) {
    const text = md.inline(kids(node)).trim();
    return text ? `${'#'.repeat(md.headingLevel(requestedLevel(node)))} ${text}` : '';
  },
  plainText(node, inlineText) {
    const text = inlineText(kids(node)).trim();
    return text ? [text] : [];
  },
};
