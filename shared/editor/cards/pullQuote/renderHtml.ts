// A pull quote in publication HTML: <figure class="pull-quote"> holding the <blockquote> and its
// attribution as the <figcaption> (the W3C's pattern for a quote with its source).
import { childrenOf as kids, type CardJson, type HtmlRendering, type Siblings } from '../cardKind';
import { PULL_QUOTE_CITE_TYPE, PULL_QUOTE_TYPE } from './pullQuoteJson';

export function renderPullQuoteHtml(node: CardJson, siblings: Siblings, html: HtmlRendering): string {
  const text = html.inline(kids(node)).trim();
  if (node.type === PULL_QUOTE_CITE_TYPE) {
    // Published inside its quote; an attribution with no quote before it is a paragraph.
    if (siblings.before?.type === PULL_QUOTE_TYPE && html.inline(kids(siblings.before)).trim()) return '';
    return text ? `<p>${text}</p>` : '';
  }
  if (!text) return '';
  const cite = siblings.after?.type === PULL_QUOTE_CITE_TYPE ? html.inline(kids(siblings.after)).trim() : '';
  return `<figure class="pull-quote"><blockquote><p>${text}</p></blockquote>${cite ? `<figcaption>${cite}</figcaption>` : ''}</figure>`;
}
