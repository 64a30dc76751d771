// HTML nested deeper than any real document is flattened before a parser builds a tree of it:
// htmlparser2 (under sanitize-html) keeps its open elements with Array.unshift, so a million nested
// <div>s cost it minutes. This pass reads the tags with htmlparser2's tokenizer alone (linear, no
// stack), keeps its own bounded stack with the same implied closes (<p> closes an open <p>, <li> an
// open <li>), and drops the tags that would open deeper than the limit — their text stays.
import { Tokenizer } from 'htmlparser2';

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const P = new Set(['p']);
/** The opening tags that close the current element first, as htmlparser2's parser does. */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...[
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((tag) => [tag, P] as [string, Set<string>]),
]);

export function capNesting(html: string, limit: number): { html: string; flattened: number } {
  const drop: Array<[number, number]> = [];
  const stack: string[] = [];
  const overflow = new Map<string, number>();
  let tagStart = 0;
  let tagName = '';
  let flattened = 0;

  const open = (name: string, from: number, to: number) => {
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1]!)) stack.pop();
    if (VOID.has(name)) return;
    if (stack.length >= limit) {
      drop.push([from, to]);
      overflow.set(name, (overflow.get(name) ?? 0) + 1);
      flattened++;
      return;
    }
    stack.push(name);
  };
  const close = (name: string, from: number, to: number) => {
    const pending = overflow.get(name) ?? 0;
    if (pending > 0) {
      overflow.set(name, pending - 1);
      drop.push([from, to]);
      return;
    }
    // The stack never holds more than `limit` names, so this search is bounded.
    const at = stack.lastIndexOf(name);
    if (at !== -1) stack.length = at;
  };
  const noop = () => {};
  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        tagStart = start - 1;
        tagName = html.slice(start, end).toLowerCase();
      },
      onopentagend: (end) => open(tagName, tagStart, end + 1),
      onselfclosingtag: (end) => open(tagName, tagStart, end + 1),
      onclosetag(start, end) {
        const gt = html.indexOf('>', end);
        close(html.slice(start, end).toLowerCase(), start - 2, gt === -1 ? html.length : gt + 1);
      },
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onprocessinginstruction: noop,
      ontext: noop,
      ontextentity: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (drop.length === 0) return { html, flattened: 0 };
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of drop) {
    parts.push(html.slice(at, from));
    at = to;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), flattened };
}
