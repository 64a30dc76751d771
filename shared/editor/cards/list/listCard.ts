// Bulleted and numbered lists, nested as deep as they came (a nested list is the child of an item).
import { childrenOf as kids, type CardJson, type CardKind, type HtmlRendering, type MarkdownRendering } from '../cardKind';
import { PublishError } from '../../../publish/publishError';

function items(list: CardJson): CardJson[] {
  return kids(list).map((item) => {
    if (item.type !== 'listitem') throw new PublishError(`Cannot publish: a list holds a "${String(item.type)}" node.`);
    return item;
  });
}

const own = (item: CardJson) => kids(item).filter((child) => child.type !== 'list');
const nested = (item: CardJson) => kids(item).filter((child) => child.type === 'list');

function listHtml(list: CardJson, html: HtmlRendering): string {
  const tag = list.listType === 'number' ? 'ol' : 'ul';
  const start = tag === 'ol' && typeof list.start === 'number' && list.start !== 1 ? ` start="${list.start}"` : '';
  const lis = items(list)
    .map((item) => {
      const inline = html.inline(own(item)).trim();
      const sub = nested(item)
        .map((child) => listHtml(child, html))
        .join('');
      // A nested list's own item carries no text of its own.
      return inline || sub ? `<li>${inline}${sub}</li>` : '';
    })
    .filter(Boolean);
  return lis.length ? `<${tag}${start}>${lis.join('')}</${tag}>` : '';
}

function listMarkdown(list: CardJson, depth: number, md: MarkdownRendering): string {
  const ordered = list.listType === 'number';
  let n = typeof list.start === 'number' ? list.start : 1;
  return items(list)
    .map((item) => {
      const text = md.inline(own(item)).trim();
      const sub = nested(item)
        .map((child) => listMarkdown(child, depth + 1, md))
        .join('\n');
      if (!text && !sub) return '';
      const marker = ordered ? `${n++}.` : '-';
      return [text ? `${'   '.repeat(depth)}${marker} ${text}` : '', sub].filter(Boolean).join('\n');
    })
    .filter(Boolean)
    .join('\n');
}

function listText(list: CardJson, inlineText: (nodes: CardJson[]) => string): string[] {
  return kids(list).flatMap((item) => {
    const text = inlineText(own(item)).trim();
    return [...(text ? [text] : []), ...nested(item).flatMap((child) => listText(child, inlineText))];
  });
}

export const listCard: CardKind = {
  blockTypes: ['list'],
  renderHtml: (node, _siblings, html) => listHtml(node, html),
  renderMarkdown: (node, _siblings, md) => listMarkdown(node, 0, md),
  // Each item a line of its own (search snippets, word counts).
  plainText: (node, inlineText) => listText(node, inlineText),
};
