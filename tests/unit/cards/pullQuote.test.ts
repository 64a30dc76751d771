// The pull quote card: recognised in WordPress's pullquote block, other sites' classes and Word's
// Intense Quote style (a block quote stays a block quote); published as a figure with its
// attribution; written to Markdown and plain text; held by the editor as it came.
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../electron/import/importDraft';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { importHtml } from '../../../shared/import/importHtml';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { plainTextOf } from '../../../shared/text/plainText';
import { buildDocx } from '../../fixtures/docx';
import { GOLDEN_CASES } from '../../fixtures/goldenBodies';
import { headlessEditor } from '../../fixtures/headlessEditor';

const noImages = { resolveImage: () => null };
/** The body's block types, without the empty paragraph an import ends with (somewhere to go on writing). */
const types = (body: SerializedBody) =>
  (body.root.children as Array<{ type: string; children?: unknown[] }>)
    .filter((b, i, all) => !(i === all.length - 1 && b.type === 'paragraph' && !b.children?.length))
    .map((b) => b.type);

describe('pull quotes', () => {
  it('WordPress’s pullquote block becomes a pull quote with its attribution (the dash left to the page)', () => {
    const result = importHtml(
      '<p>Pembuka.</p><figure class="wp-block-pullquote"><blockquote><p>Kami tidak akan <em>mundur</em>.</p><cite>— Menteri Pertahanan</cite></blockquote></figure><p>Penutup.</p>',
    );
    expect(types(result.body)).toEqual(['paragraph', 'pull-quote', 'pull-quote-cite', 'paragraph']);
    expect(renderBody(result.body, noImages)).toContain(
      '<figure class="pull-quote"><blockquote><p>Kami tidak akan <em>mundur</em>.</p></blockquote><figcaption>Menteri Pertahanan</figcaption></figure>',
    );
    // The editor holds it as it came.
    const json = headlessEditor(result.body).getEditorState().toJSON() as unknown as SerializedBody;
    expect(types(json)).toEqual(['paragraph', 'pull-quote', 'pull-quote-cite', 'paragraph']);
  });

  it('other sites’ classes make a pull quote — an <aside class="pullquote"> is not furniture — and a plain block quote stays one', () => {
    const result = importHtml(
      '<p>Satu paragraf yang cukup panjang untuk menjadi tulisan sungguhan di sini.</p><aside class="pullquote">Air sudah setinggi lutut.</aside><blockquote class="graf graf--pullquote">Kami menunggu bantuan.</blockquote><blockquote><p>Kutipan biasa.</p></blockquote><div class="pull-quote"><p>Dari div.</p><footer>Warga</footer></div>',
    );
    expect(types(result.body)).toEqual(['paragraph', 'pull-quote', 'pull-quote', 'quote', 'pull-quote', 'pull-quote-cite']);
    expect(result.dropped).toEqual([]);
  });

  it('a wrapper with such a class around a long passage is read as the text it holds', () => {
    const long = 'Kalimat panjang yang berulang. '.repeat(40);
    const result = importHtml(`<div class="pullquote-wrapper"><p>${long}</p><p>Paragraf kedua.</p></div>`);
    expect(types(result.body)).toEqual(['paragraph', 'paragraph']);
  });

  it('Word’s Intense Quote style is a pull quote; its Quote style a block quote', async () => {
    const docx = buildDocx([
      { runs: [{ text: 'Paragraf pertama.' }] },
      { style: 'IntenseQuote', runs: [{ text: 'Harga beras naik lagi.' }] },
      { style: 'Quote', runs: [{ text: 'Kutipan biasa.' }] },
    ]);
    const result = await importDraft('docx', docx);
    expect(types(result.body)).toEqual(['paragraph', 'pull-quote', 'quote']);
  });

  it('Markdown has none: a block quote with its attribution as the last line; plain text keeps both', () => {
    const md = renderMarkdown(GOLDEN_CASES['pull-quote']!, noImages);
    expect(md).toContain(
      '> Kami tidak akan mundur *sejengkal* pun.\n>\n> — Menteri \\<Pertahanan\\>\n\n> Tanpa nama.\n\nNama tanpa kutipan\n',
    );
    expect(plainTextOf(GOLDEN_CASES['pull-quote']!)).toContain(
      'Kami tidak akan mundur sejengkal pun.\n\nMenteri <Pertahanan>\n\nTanpa nama.',
    );
  });
});
