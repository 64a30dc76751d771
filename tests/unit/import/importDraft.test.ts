import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../electron/import/importDraft';
import { draftFormatOf } from '../../../shared/import/draftFormat';
import { renderBody } from '../../../shared/publish/renderBody';
import { buildDocx } from '../../fixtures/docx';

const noImages = { resolveImage: () => null };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('drafts in other formats', () => {
  it('picks the importer by file name', () => {
    expect(['a.txt', 'b.HTML', 'c.md', 'd.docx', 'e'].map(draftFormatOf)).toEqual(['text', 'html', 'markdown', 'docx', 'text']);
  });

  it('Markdown: the first heading is the headline, "## 1. …" opens numbered sections, quotes and links survive', async () => {
    const result = await importDraft(
      'markdown',
      utf8(
        '# Harga beras naik\n\nPembuka dengan **tebal**.\n\n## 1. Penyebab\n\nStok menipis, [kata Bulog](https://bulog.co.id).\n\n> Kami menambah pasokan.\n> — Direktur Bulog\n\n## Kesimpulan\n\nHarga akan turun.\n',
      ),
    );
    expect(result.headline).toBe('Harga beras naik');
    expect(renderBody(result.body, noImages)).toBe(
      [
        '<p>Pembuka dengan <strong>tebal</strong>.</p>',
        '<section>\n<h2 id="s-1-penyebab">1. Penyebab</h2>\n<p>Stok menipis, <a href="https://bulog.co.id">kata Bulog</a>.</p>\n<blockquote><p>Kami menambah pasokan. — Direktur Bulog</p></blockquote>\n</section>',
        '<section>\n<h2 id="kesimpulan">Kesimpulan</h2>\n<p>Harga akan turun.</p>\n</section>',
      ].join('\n'),
    );
  });

  it('Word .docx: headings, bold and italic come through mammoth and the same normalizer', async () => {
    const docx = buildDocx([
      { style: 'Heading1', runs: [{ text: 'Banjir di Jakarta' }] },
      {
        runs: [{ text: 'Air naik ' }, { text: 'dua meter', bold: true }, { text: ' kata ' }, { text: 'BPBD', italic: true }, { text: '.' }],
      },
      { style: 'Heading2', runs: [{ text: '1. Penyebab' }] },
      { runs: [{ text: 'Hujan deras.' }] },
    ]);
    const result = await importDraft('docx', docx);
    expect(result.headline).toBe('Banjir di Jakarta');
    expect(renderBody(result.body, noImages)).toBe(
      '<p>Air naik <strong>dua meter</strong> kata <em>BPBD</em>.</p>\n<section>\n<h2 id="s-1-penyebab">1. Penyebab</h2>\n<p>Hujan deras.</p>\n</section>',
    );
  });

  it('a file that is not a Word document is refused clearly', async () => {
    await expect(importDraft('docx', utf8('bukan dokumen'))).rejects.toThrow(/not a Word document/);
  });
});
