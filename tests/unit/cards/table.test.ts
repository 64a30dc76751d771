// The table card, from every way a table arrives (a CMS page, WordPress's table block, Markdown,
// Word) to every way it leaves (publication HTML, Markdown, plain text for search), with no word lost.
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../electron/import/importDraft';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { importHtml } from '../../../shared/import/importHtml';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import { MAX_TABLE_CELLS } from '../../../shared/editor/cards/table/parseHtml';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { plainTextOf } from '../../../shared/text/plainText';
import { buildDocxWithBody } from '../../fixtures/docx';
import { GOLDEN_CASES } from '../../fixtures/goldenBodies';
import { headlessEditor } from '../../fixtures/headlessEditor';

const noImages = { resolveImage: () => null };
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
type Json = { type?: unknown; children?: Json[]; [key: string]: unknown };

function allOfType(body: SerializedBody, type: string): Json[] {
  const found: Json[] = [];
  const visit = (node: Json) => {
    if (node.type === type) found.push(node);
    (node.children ?? []).forEach(visit);
  };
  visit(body.root as Json);
  return found;
}

/** The body as an editor holds it: what Lexical makes of the JSON, back to JSON (a table it cannot hold would change). */
function throughEditor(body: SerializedBody): unknown {
  return headlessEditor(body).getEditorState().toJSON();
}

// A results table as a news site publishes it: header row in <thead>, row headers, numbers set right, a caption.
const SITE_TABLE = `<h1>Hasil Pemilu</h1><p>Hasil hitung cepat sejumlah lembaga menunjukkan selisih yang lebar.</p>
<table><caption>Perolehan suara (persen)</caption>
<thead><tr><th>Lembaga</th><th style="text-align: right">Paslon 1</th><th align="right">Paslon 2</th></tr></thead>
<tbody><tr><th scope="row">Litbang Kompas</th><td style="text-align:right">25,2</td><td align="right">58,4</td></tr>
<tr><th scope="row">Indikator</th><td style="text-align:right">25,3</td><td align="right">58,2</td></tr>
<tr><td colspan="3">Sumber: <a href="https://www.google.com/url?q=https://kpu.go.id/&amp;sa=D">KPU</a> | diolah</td></tr></tbody></table>
<p>Selisihnya jauh melampaui batas galat.</p>`;

describe('tables', () => {
  it('a site’s table keeps its caption, head row, row headers, alignment, spans and links, and publishes as a semantic table', () => {
    const result = importHtml(SITE_TABLE);
    const [table] = allOfType(result.body, 'table');
    expect(table).toBeDefined();
    const rows = table!.children!;
    expect(rows).toHaveLength(4);
    expect(rows[0]!.children!.map((c) => c.headerState)).toEqual([1, 1, 1]);
    expect(rows[1]!.children!.map((c) => c.headerState)).toEqual([2, 0, 0]);
    expect(rows[3]!.children![0]!.colSpan).toBe(3);
    expect(allOfType(result.body, 'table-caption')).toHaveLength(1);
    // Lexical holds it as imported (nodes registered, shapes valid).
    expect(allOfType(throughEditor(result.body) as SerializedBody, 'tablecell')).toHaveLength(10);

    const html = renderBody(result.body, noImages);
    expect(html).toContain(
      '<table><caption>Perolehan suara (persen)</caption><thead><tr><th scope="col">Lembaga</th><th scope="col" class="align-right">Paslon 1</th><th scope="col" class="align-right">Paslon 2</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Litbang Kompas</th><td class="align-right">25,2</td><td class="align-right">58,4</td></tr>',
    );
    // The Google redirect is unwrapped, the pipe is text.
    expect(html).toContain('<td colspan="3">Sumber: <a href="https://kpu.go.id/">KPU</a> | diolah</td>');
    expect(html.indexOf('lebar.')).toBeLessThan(html.indexOf('<table>'));
    expect(html.indexOf('</table>')).toBeLessThan(html.indexOf('Selisihnya'));
  });

  it('an empty header cell is published as an ordinary empty cell (a header must head something)', () => {
    const html = renderBody(importHtml('<table><tr><th>Nama</th><th></th></tr><tr><td>A</td><td>1</td></tr></table>').body, noImages);
    expect(html).toContain('<thead><tr><th scope="col">Nama</th><td></td></tr></thead>');
  });

  it('WordPress’s table block: the figure’s caption is the table’s, and no picture slot is made of it', () => {
    const result = importHtml(
      '<p>Anggaran pendidikan naik.</p><figure class="wp-block-table"><table><tbody><tr><td>2024</td><td>665 T</td></tr><tr><td>2025</td><td>724 T</td></tr></tbody></table><figcaption>Anggaran pendidikan, rupiah</figcaption></figure>',
    );
    expect(allOfType(result.body, 'image-slot')).toHaveLength(0);
    const html = renderBody(result.body, noImages);
    expect(html).toContain(
      '<table><caption>Anggaran pendidikan, rupiah</caption><tbody><tr><td>2024</td><td>665 T</td></tr><tr><td>2025</td><td>724 T</td></tr></tbody></table>',
    );
  });

  it('a table used for layout (one cell, or tables in tables) is read as ordinary paragraphs, every word kept', () => {
    const layout =
      '<table><tr><td><table><tr><td><p>Paragraf pertama dalam tata letak lama.</p></td><td><p>Kolom samping berisi kutipan.</p></td></tr></table></td></tr></table><table><tr><td>Satu sel saja berisi kalimat utuh.</td></tr></table>';
    const result = importHtml(layout);
    expect(allOfType(result.body, 'table')).toHaveLength(0);
    const text = plainTextOf(result.body);
    for (const word of words('Paragraf pertama dalam tata letak lama. Kolom samping berisi kutipan. Satu sel saja berisi kalimat utuh.'))
      expect(text.toLowerCase()).toContain(word);
    expect(allOfType(result.body, 'paragraph').length).toBeGreaterThanOrEqual(3);
  });

  it('a Markdown (GFM) table arrives as a table with its alignment and head row', async () => {
    const md =
      '# Harga\n\nHarga pangan pekan ini.\n\n| Komoditas | Harga (Rp/kg) |\n| :--- | ---: |\n| Beras | 15.000 |\n| Cabai *rawit* | 60.000 |\n';
    const result = await importDraft('markdown', new TextEncoder().encode(md));
    const html = renderBody(result.body, noImages);
    expect(html).toContain(
      '<table><thead><tr><th scope="col">Komoditas</th><th scope="col" class="align-right">Harga (Rp/kg)</th></tr></thead><tbody><tr><td>Beras</td><td class="align-right">15.000</td></tr><tr><td>Cabai <em>rawit</em></td><td class="align-right">60.000</td></tr></tbody></table>',
    );
  });

  it('a Word table (its repeated header row, a merged cell) arrives as a table', async () => {
    const cell = (text: string, span = 1) =>
      `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
    const docx = buildDocxWithBody(
      '<w:p><w:r><w:t>Realisasi anggaran daerah.</w:t></w:r></w:p>' +
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('Provinsi')}${cell('Realisasi')}</w:tr>` +
        `<w:tr>${cell('Jawa Barat')}${cell('91%')}</w:tr>` +
        `<w:tr>${cell('Catatan: angka sementara', 2)}</w:tr>` +
        '</w:tbl><w:p><w:r><w:t>Paragraf sesudah tabel.</w:t></w:r></w:p>',
    );
    const result = await importDraft('docx', docx);
    const html = renderBody(result.body, noImages);
    expect(html).toContain('<thead><tr><th scope="col">Provinsi</th><th scope="col">Realisasi</th></tr></thead>');
    expect(html).toContain('<tr><td>Jawa Barat</td><td>91%</td></tr>');
    expect(html).toContain('<td colspan="2">Catatan: angka sementara</td>');
    expect(html).toContain('<p>Paragraf sesudah tabel.</p>');
  });

  it('Markdown export writes a GFM table (pipes escaped, spans padded, caption above) that imports back the same', async () => {
    const md = renderMarkdown(GOLDEN_CASES.table!, noImages);
    expect(md).toContain(
      [
        '*Hasil hitung cepat \\<Pilpres\\>, dalam persen*',
        '',
        '| Pasangan | Suara | Sumber |',
        '| --- | ---: | --- |',
        '| Anies \\& Muhaimin | 24,9 | [KPU](https://kpu.go.id/hasil?a=1&b=2) |',
        // The spanned cell's place, kept so the columns line up.
        '| Prabowo–Gibran | 58,6 |  |',
        '| Total | **100** |  |',
      ].join('\n'),
    );
    const back = await importDraft('markdown', new TextEncoder().encode(md));
    const cells = allOfType(back.body, 'tablecell');
    expect(cells.length).toBe(12);
    expect(renderBody(back.body, noImages)).toContain('<th scope="col" class="align-right">Suara</th>');
  });

  it('a hostile table (30,000 cells, absurd spans) keeps 20,000 cells as a table and the rest as paragraphs, no word lost', () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, r) => `<tr><td rowspan="999999999">a${r}</td><td colspan="-3">b${r}</td><td>c${r}</td></tr>`,
    );
    const result = importHtml(`<p>Pembuka.</p><table>${rows.join('')}</table>`);
    const cells = allOfType(result.body, 'tablecell');
    expect(cells).toHaveLength(MAX_TABLE_CELLS - (MAX_TABLE_CELLS % 3));
    expect(Math.max(...cells.map((c) => Number(c.rowSpan)))).toBe(100);
    expect(Math.min(...cells.map((c) => Number(c.colSpan)))).toBe(1);
    const text = plainTextOf(result.body);
    for (const r of [0, 6665, 6666, 9999]) for (const c of 'abc') expect(text).toMatch(new RegExp(`\\b${c}${r}\\b`));
  });

  it('the checklist asks for the cells that head the others when a table has none', () => {
    const bare = importHtml('<p>Harga.</p><table><tr><td>Beras</td><td>15.000</td></tr><tr><td>Cabai</td><td>60.000</td></tr></table>');
    expect(analyzeArticle({ headline: 'Harga', hero: null, body: bare.body }).items.map((i) => i.message)).toEqual([
      'The table starting “Beras | 15.000” has no header row or column: mark the cells that head the others',
    ]);
    expect(analyzeArticle({ headline: 'Hasil', hero: null, body: GOLDEN_CASES.table! }).items).toEqual([]);
  });

  it('plain text (search, word counts) reads a table row by row, cells parted by tabs', () => {
    const text = plainTextOf(GOLDEN_CASES.table!);
    expect(text).toContain('Hasil hitung cepat <Pilpres>, dalam persen\n\nPasangan\tSuara\tSumber\nAnies & Muhaimin\t24,9\tKPU\n');
    expect(text).toContain('Total\t100');
  });
});
