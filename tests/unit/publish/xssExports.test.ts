// Every text of an article, set to each vector of the XSS corpus, through every export format —
// the HTML page, the CMS fragment, Markdown (rendered as a CMS would, raw HTML allowed) and the
// fact-check report — via the app's own handlers. No element, attribute or URL that runs script
// may come out: text is escaped everywhere, in every format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { isTag, type AnyNode, type Element } from 'domhandler';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, heading, link, paragraph, quote, text } from '../../fixtures/bodies';
import { openTestService, type TestService } from '../../fixtures/testService';
import type { Article } from '../../../shared/contract/channels';

const VECTORS = readFileSync(join(__dirname, '..', '..', 'fixtures', 'xss', 'vectors.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);
const markdown = new MarkdownIt('default', { html: true });

/** Elements that must never appear in published output, and the few our page head uses on purpose. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'frame',
  'frameset',
  'applet',
  'template',
  'img',
  'video',
  'audio',
  'source',
]);

function problems(html: string, allowedInHead: (element: Element) => boolean): string[] {
  const found: string[] = [];
  const stack: AnyNode[] = [...parseDocument(html).children];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (FORBIDDEN.has(node.name) && !allowedInHead(node)) found.push(`<${node.name}>`);
    for (const [name, value] of Object.entries(node.attribs)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      // Browsers ignore control characters and spaces inside a scheme.
      const squeezed = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
      if (/^(javascript|vbscript|data:text\/html)/i.test(squeezed)) found.push(`${name}=${value}`);
    }
    stack.push(...node.children);
  }
  return found;
}

/** The page's own head: its stylesheet, meta tags, canonical link and JSON-LD (checked to stay one piece of data). */
function ownHead(element: Element): boolean {
  if (element.name === 'meta' || element.name === 'style' || (element.name === 'link' && element.attribs.rel === 'canonical')) return true;
  if (element.name === 'script' && element.attribs.type === 'application/ld+json') {
    const json = element.children.map((c) => ('data' in c ? String(c.data) : '')).join('');
    JSON.parse(json); // still one well-formed piece of data: no text closed the element early
    return !/<\/script/i.test(json);
  }
  return false;
}

let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(() => service.close());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await service.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function exported(articleId: string, format: 'html' | 'fragment' | 'md'): Promise<string> {
  const { zip } = await call<{ zip: Uint8Array }>('publish:export', { articleId, format, images: 'files' });
  const files = unzipSync(zip);
  const name = Object.keys(files).find((f) => !f.startsWith('images/'))!;
  return strFromU8(files[name]!);
}

describe('the XSS corpus through every export format', () => {
  for (const [index, vector] of VECTORS.entries()) {
    it(`vector ${index + 1}: ${vector.slice(0, 60)}`, async () => {
      const created = await call<Article>('articles:create', { headline: vector.slice(0, 500), templateId: 'fact-check' });
      const claim = await call<{ id: string }>('claims:create', { articleId: created.id, quote: vector.slice(0, 5000) });
      await call('claims:update', {
        id: claim.id,
        patch: {
          summary: vector.slice(0, 500),
          claimant: vector.slice(0, 300),
          conclusion: vector.slice(0, 500),
          sources: [
            {
              url: 'javascript:alert(1)',
              title: vector.slice(0, 500),
              publisher: vector.slice(0, 300),
              accessed: '',
              archiveUrl: vector.slice(0, 2000),
              excerpt: vector,
              primary: true,
              independent: true,
            },
          ],
        },
      });
      const body = bodyOf(
        heading('h3', text(vector)),
        paragraph(text(vector), link('https://example.com/', text(vector))),
        quote(text(vector)),
      );
      await call('articles:save', {
        id: created.id,
        baseRevision: created.revision,
        fields: {
          headline: vector.slice(0, 500),
          dek: vector.slice(0, 2000),
          byline: vector.slice(0, 500),
          language: 'id',
          timeZone: 'Asia/Jakarta',
          publishAt: '2025-07-04T17:00:00+07:00',
          hero: null,
          body,
        },
      });

      const page = await exported(created.id, 'html');
      expect(problems(page, ownHead), 'HTML page').toEqual([]);
      expect(
        problems(await exported(created.id, 'fragment'), () => false),
        'fragment',
      ).toEqual([]);
      const md = await exported(created.id, 'md');
      expect(
        problems(markdown.render(md), () => false),
        `Markdown as a CMS renders it:\n${md}`,
      ).toEqual([]);
      const { html: report } = await call<{ html: string }>('claims:report', { articleId: created.id });
      expect(problems(report, ownHead), 'fact-check report').toEqual([]);
    });
  }
});
