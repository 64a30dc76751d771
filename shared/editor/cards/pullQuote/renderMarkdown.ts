// A pull quote in Markdown (which has none): a block quote, its attribution as its last line.
import { childrenOf as kids, type CardJson, type MarkdownRendering, type Siblings } from '../cardKind';
import { PULL_QUOTE_CITE_TYPE, PULL_QUOTE_TYPE } from './pullQuoteJson';

const quoted = (md: string) =>
  md
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

export function renderPullQuoteMarkdown(node: CardJson, siblings: Siblings, md: MarkdownRendering): string {
  const text = md.inline(kids(node)).trim();
  if (node.type === PULL_QUOTE_CITE_TYPE) {
    if (siblings.before?.type === PULL_QUOTE_TYPE && md.inline(kids(siblings.before)).trim()) return '';
    return text;
  }
  if (!text) return '';
  const cite = siblings.after?.type === PULL_QUOTE_CITE_TYPE ? md.inline(kids(siblings.after)).trim() : '';
  return cite ? `${quoted(text)}\n>\n> — ${cite}` : quoted(text);
}
