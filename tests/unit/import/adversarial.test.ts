// Hostile shapes of every import format, at 5 MB, through the app's own composition root (the import
// runs in the worker, as in the app): each finishes with an article or a clear refusal, never an
// internal error, and the store stays intact. The speed is sized in `npm run bench` (import MB/s);
// here the point is that they end at all: Tags + 200,000 spaces + "x" once took 39 s of CPU.
// The Markdown cases include CommonMark's own pathological inputs (cmark's test/pathological_tests.py).
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainTextOf } from '../../../shared/text/plainText';
import type { Article } from '../../../shared/contract/channels';
import { buildDocxWithBody } from '../../fixtures/docx';
import { openTestService, type TestService } from '../../fixtures/testService';

const MB = 1024 * 1024;
const END = 'AKHIR';
const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

type Format = 'text' | 'html' | 'markdown' | 'docx' | 'zip';
const CASES: Array<[Format, string, () => string | Uint8Array]> = [
  ['text', 'Tags + 200,000 spaces + a word (the reported case)', () => `Judul\n\nParagraf.\n\nTags${' '.repeat(200_000)}${END}`],
  ['text', '5 MB of spaces', () => `Judul\n\n${repeat(' ', 5 * MB)}${END}`],
  ['text', '5 MB of repeated punctuation', () => `Judul\n\n${repeat('.!?,;:', 5 * MB)} ${END}`],
  ['text', '5 MB of almost-datelines', () => `Judul\n\n${repeat(`4 Juli 2025${' '.repeat(90)}x\n`, 5 * MB)}${END}`],
  ['text', '5 MB of almost-numbered headings', () => `1. ${repeat(' ', 5 * MB)}${END}`],
  ['text', '5 MB of one-letter lines', () => `${repeat('A\n', 5 * MB)}${END}`],
  // Furniture and pictures (another site's page): many promo lines, a huge picture that is not one, paths out of a zip.
  ['text', '5 MB of promo lines', () => `Judul\n\nParagraf.\n\n${repeat('Baca juga: x\n', 5 * MB)}${END}`],
  [
    'html',
    '1 MB of promo paragraphs',
    () => `<p>Paragraf.</p>${repeat('<p>Baca juga: <a href="https://x.id">x</a></p>', MB)}<p>${END}.</p>`,
  ],
  [
    'html',
    '5 MB data: picture that is not an image',
    () => `<p>Paragraf.</p><img src="data:image/png;base64,${repeat('QUFB', 5 * MB)}"><p>${END}.</p>`,
  ],
  [
    'zip',
    'a page naming 20,000 pictures outside the archive or missing',
    () =>
      zipSync({
        'a/index.html': strToU8(
          `<p>Paragraf.</p>${Array.from({ length: 20_000 }, (_, i) => `<img src="${i % 2 ? '../../../etc/passwd' : `x${i}`}.png">`).join('')}<p>${END}.</p>`,
        ),
      }),
  ],
  ['html', '1,000,000 nested <div>s', () => `${repeat('<div>', 5 * MB)}${END}`],
  ['html', '1,700,000 nested <b>s', () => `${repeat('<b>', 5 * MB)}${END}`],
  ['html', '5 MB of "<"', () => `<p>${repeat('<', 5 * MB)}</p><p>${END}</p>`],
  ['html', '5 MB of spaces in a paragraph', () => `<p>${repeat(' ', 5 * MB)}${END}</p>`],
  ['html', 'an attribute that never closes', () => `<p ${repeat('a=" ', 5 * MB)}>x</p>`],
  ['html', 'lists nested 100,000 deep', () => `${repeat('<ul><li>a', 5 * MB)}${END}`],
  ['html', 'a million unclosed paragraphs (too many blocks for one article)', () => repeat('<p>a', 5 * MB)],
  ['markdown', 'cmark: nested strong emphasis', () => `${'*a **a '.repeat(65000)}b${' a** a*'.repeat(65000)}`],
  ['markdown', 'cmark: many emphasis closers with no openers', () => 'a_ '.repeat(65000)],
  ['markdown', 'cmark: many emphasis openers with no closers', () => '_a '.repeat(65000)],
  ['markdown', 'cmark: many link closers with no openers', () => 'a]'.repeat(65000)],
  ['markdown', 'cmark: many link openers with no closers', () => '[a'.repeat(65000)],
  ['markdown', 'cmark: mismatched openers and closers', () => '*a_ '.repeat(50000)],
  ['markdown', 'cmark: openers and closers multiple of 3', () => `a**b${'c* '.repeat(50000)}`],
  ['markdown', 'cmark: link openers and emphasis closers', () => '[ a_'.repeat(50000)],
  ['markdown', 'cmark: nested brackets', () => `${'['.repeat(50000)}a${']'.repeat(50000)}`],
  ['markdown', 'cmark: nested block quotes', () => `${'> '.repeat(50000)}a`],
  ['markdown', 'cmark: deeply nested lists', () => Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}* a\n`).join('')],
  // cmark uses 1–9,999 backticks (50 MB, past the 30 MB import limit); 1–3,000 is 4.5 MB.
  ['markdown', 'cmark: backticks', () => Array.from({ length: 3000 }, (_, i) => `e${'`'.repeat(i + 1)}`).join('')],
  ['markdown', 'cmark: unclosed links A', () => '[a](<b'.repeat(50000)],
  ['markdown', 'cmark: unclosed links B', () => '[a](b'.repeat(50000)],
  ['markdown', '5 MB of ">" (block quotes nested all the way)', () => `${repeat('>', 5 * MB)} ${END}`],
  ['markdown', '5 MB of "*"', () => `${repeat('*', 5 * MB)}${END}`],
  ['markdown', '5 MB of "["', () => `${repeat('[', 5 * MB)}${END}`],
  ['markdown', '5 MB of spaces', () => `# Judul\n\n${repeat(' ', 5 * MB)}${END}`],
  [
    'docx',
    '5 MB of spaces in one run',
    () => buildDocxWithBody(`<w:p><w:r><w:t xml:space="preserve">${repeat(' ', 5 * MB)}${END}</w:t></w:r></w:p>`),
  ],
  ['docx', '5 MB of punctuation in one run', () => buildDocxWithBody(`<w:p><w:r><w:t>${repeat('.!?,;:', 5 * MB)}${END}</w:t></w:r></w:p>`)],
  [
    'docx',
    'tables nested 40,000 deep',
    () =>
      buildDocxWithBody(
        `${'<w:tbl><w:tr><w:tc>'.repeat(40000)}<w:p><w:r><w:t>${END}</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(40000)}`,
      ),
  ],
];

/** A .docx whose document.xml inflates to 400 MB of spaces; `lie` makes the directory claim 1 KB. */
function zipBomb(lie: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const add = (name: string, data: Uint8Array) => {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(data, true);
  };
  add('[Content_Types].xml', strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'));
  const document = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(document);
  const spaces = new Uint8Array(MB).fill(0x20);
  for (let i = 0; i < 400; i++) document.push(spaces, i === 399);
  zip.end();
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  if (lie) {
    // Central directory entries (PK\1\2): uncompressed size at offset 24.
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < bytes.length - 46; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024, true);
  }
  return bytes;
}

let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(() => service.close());

describe('importers on hostile input', () => {
  for (const [format, label, make] of CASES) {
    it(`${format}: ${label}`, { timeout: 90_000 }, async () => {
      const input = make();
      const data = typeof input === 'string' ? strToU8(input) : input;
      const result = await service.dispatch('articles:import', { data, format });
      if (result.ok) {
        const { article, report } = result.value as { article: Article; report: Array<{ message: string }> };
        // Whatever the shape, the last words arrive (or the report says what was left out).
        if (String(input).includes(END) || typeof input !== 'string')
          expect(`${article.headline} ${plainTextOf(article.body)} ${report.map((note) => note.message).join(' ')}`).toMatch(
            new RegExp(`${END}|flattened|left out`),
          );
      } else {
        expect(result.error.code, result.error.message).toBe('invalid_input');
        expect(result.error.message).toMatch(/too big|too large|nested|cannot be imported/);
      }
      expect(service.articles.db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  }

  for (const lie of [false, true]) {
    it(
      `docx: a zip bomb${lie ? ' that lies about its sizes' : ''} is refused before it fills memory, with a clear message`,
      { timeout: 60_000 },
      async () => {
        const bomb = zipBomb(lie);
        expect(bomb.byteLength).toBeLessThan(2 * MB);
        const before = (await service.dispatch('articles:list', {})) as { ok: true; value: { items: unknown[] } };
        const result = await service.dispatch('articles:import', { data: bomb, format: 'docx' });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (!result.ok) expect(result.error.message).toMatch(lie ? /more than 256 MB although it says less/ : /would unpack to 400 MB/);
        const after = (await service.dispatch('articles:list', {})) as { ok: true; value: { items: unknown[] } };
        expect(after.value.items).toHaveLength(before.value.items.length);
      },
    );
  }
});
