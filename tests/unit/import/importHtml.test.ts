import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../shared/import/importHtml';
import { importPlainText } from '../../../shared/import/importPlainText';
import { renderDocument } from '../../../shared/publish/renderDocument';
import { renderBody } from '../../../shared/publish/renderBody';
import { articleFrom } from '../../fixtures/importedArticle';

type J = { type: string; numbered?: boolean; text?: string; format?: number; url?: string; children?: J[] };
const top = (r: { body: { root: unknown } }) => (r.body.root as J).children!;
const titleOf = (s: J) => s.children![0]!.children!.map((c) => c.text).join('');
const noImages = { resolveImage: () => null };

describe('HTML import', () => {
  it('round trip: the sample imported, exported and imported again keeps headline, sections, dateline and hero', () => {
    const first = importPlainText(readFileSync(join(__dirname, '..', '..', 'fixtures', 'explainer-id.txt'), 'utf8'));
    const html = renderDocument(articleFrom(first), noImages);
    const second = importHtml(html);
    expect(second.headline).toBe(first.headline);
    expect(second.publishAt).toBe('2025-07-04T17:00:00+07:00');
    expect(second.timeZone).toBe('Asia/Jakarta');
    const sections = (r: typeof first) =>
      top(r)
        .filter((n) => n.type === 'section')
        .map((s) => [s.numbered, titleOf(s), s.children!.length]);
    expect(sections(second)).toEqual(sections(first));
    expect(renderBody(second.body, noImages)).toBe(renderBody(first.body, noImages));
  });

  it('keeps a passage in another language as one, and an inline quotation’s marks', () => {
    const result = importHtml(
      '<p>Kata Menteri: <q lang="EN">We will not <i lang="id">mundur</i></q>, ujarnya. <span lang="en&quot;&gt;x">aman</span></p>',
    );
    expect(renderBody(result.body, noImages)).toBe(
      '<p>Kata Menteri: <span lang="en">“We will not <span lang="id"><em>mundur</em></span>”</span>, ujarnya. aman</p>',
    );
  });

  it('keeps the hero slot (waiting for its file) with alt, caption and credit', () => {
    const result = importHtml(
      '<article><header><h1>Judul</h1><p class="dek">Dek</p><p class="byline">Tim · <time datetime="2025-07-04T17:00:00+07:00">4 Juli</time></p><figure><img src="images/a.jpg" alt="Tentara"><figcaption>Parade <span class="credit">DW</span></figcaption></figure></header><p>Isi.</p></article>',
    );
    expect(result).toMatchObject({
      headline: 'Judul',
      dek: 'Dek',
      byline: 'Tim',
      publishAt: '2025-07-04T17:00:00+07:00',
      hero: { role: 'hero', alt: 'Tentara', caption: 'Parade', credit: 'DW', assetId: null },
    });
    expect(result.report.map((note) => note.message)).toContain('1 image is waiting for its file (not fetched): “a.jpg”');
  });

  it('normalizes Google Docs and Word artifacts: stray bold wrapper, style spans, empty paragraphs, Mso classes', () => {
    const gdocs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:400">Harga </span><span style="font-weight:700">beras</span><span style="font-style:italic"> naik</span></p><p><br></p><p dir="ltr"><span>&nbsp;</span></p></b>';
    const result = importHtml(gdocs);
    const paragraphs = top(result).filter((n) => n.type === 'paragraph' && n.children!.length);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.children!.map((t) => [t.text, t.format])).toEqual([
      ['Harga ', 0],
      ['beras', 1],
      [' naik', 2],
    ]);
    const word = importHtml('<p class="MsoNormal">Kata <b>tebal</b><o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>');
    expect(
      top(word)
        .filter((n) => n.type === 'paragraph' && n.children!.length)
        .map((p) => p.children!.map((c) => c.text).join('')),
    ).toEqual(['Kata tebal']);
  });

  it('keeps block quotes with their attribution', () => {
    const result = importHtml('<blockquote><p>Kami tidak akan mundur.</p><footer>— <cite>Menteri Pertahanan</cite></footer></blockquote>');
    expect(renderBody(result.body, noImages)).toBe(
      '<blockquote><p>Kami tidak akan mundur.<br>— <em>Menteri Pertahanan</em></p></blockquote>',
    );
  });

  it('drops scripts, event handlers and unsafe links, and says what it dropped', () => {
    const result = importHtml(
      '<p onclick="alert(1)">Teks <a href="javascript:alert(1)">tautan</a> <a href="https://kompas.id">aman</a></p><script>alert(1)</script><iframe src="https://evil.example"></iframe>',
    );
    const html = renderBody(result.body, noImages);
    expect(html).toBe('<p>Teks tautan <a href="https://kompas.id">aman</a></p>');
    expect(result.report.map((note) => note.message)).toEqual(
      expect.arrayContaining(['dropped 1 <script> element', 'dropped 1 <iframe> element']),
    );
  });
});
