// A pull quote from HTML: WordPress's pullquote block (<figure class="wp-block-pullquote"><blockquote>
// <p>…</p><cite>…</cite></blockquote></figure>), and the classes other sites use for one (pullquote,
// pull-quote, Medium's graf--pullquote) on a blockquote, figure, aside or div.
import { isTag, type ChildNode, type Element } from 'domhandler';
import type { ImportedJson, InlineReader } from '../cardKind';
import { PULL_QUOTE_CITE_TYPE, PULL_QUOTE_TYPE } from './pullQuoteJson';

const ELEMENT = { version: 1, direction: null, format: '', indent: 0 };
const CONTAINERS = new Set(['blockquote', 'figure', 'aside', 'div']);
const ATTRIBUTION = new Set(['cite', 'footer', 'figcaption']);

function plainLength(nodes: ChildNode[]): number {
  return nodes.reduce(
    (sum, node) => sum + (node.type === 'text' ? node.data.trim().length : isTag(node) ? plainLength(node.children) : 0),
    0,
  );
}

export function isPullQuote(element: Element): boolean {
  return CONTAINERS.has(element.name) && /(?:^|[\s_-])pull-?quote(?:$|[\s_-])/i.test(element.attribs.class ?? '');
}

/** A pull quote is a line or two; a longer passage under such a class is a wrapper, read as the text it holds. */
export const MAX_PULL_QUOTE = 600;

/** The quote and, when it names one, its attribution; [] when it holds no words or is no pull quote. */
export function parsePullQuoteHtml(element: Element, reader: InlineReader): ImportedJson[] {
  const quote: ChildNode[] = [];
  const cite: ChildNode[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (isTag(node) && ATTRIBUTION.has(node.name)) cite.push(...node.children, { type: 'text', data: ' ' } as ChildNode);
      else if (isTag(node) && (CONTAINERS.has(node.name) || node.name === 'p')) {
        visit(node.children);
        quote.push({ type: 'text', data: ' ' } as ChildNode);
      } else quote.push(node);
    }
  };
  visit(element.children);
  const text = reader.inline(quote);
  if (!reader.hasText(text) || plainLength(quote) > MAX_PULL_QUOTE) return [];
  // A leading dash belongs to the typography, not to the name.
  const who = reader.inline(cite);
  const first = who[0];
  if (first?.type === 'text') first.text = String(first.text).replace(/^[\s—–-]+/, '');
  return [
    { ...ELEMENT, type: PULL_QUOTE_TYPE, children: text },
    ...(reader.hasText(who) ? [{ ...ELEMENT, type: PULL_QUOTE_CITE_TYPE, children: who }] : []),
  ];
}
