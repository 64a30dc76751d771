// Footnotes: Word's footnotes (through mammoth), Pandoc's and WordPress's become references in the
// text and a notes block at the end; published with working links both ways (numbered by the order
// the text refers to them), GFM footnotes in Markdown; searchable; held by the editor as they came.
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../electron/import/importDraft';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { importHtml } from '../../../shared/import/importHtml';
import { renderBody } from '../../../shared/publish/renderBody';
import { renderMarkdown } from '../../../shared/publish/renderMarkdown';
import { plainTextOf } from '../../../shared/text/plainText';
import { buildDocxWithFootnotes } from '../../fixtures/docx';
import { headlessEditor } from '../../fixtures/headlessEditor';

type Json = { type: string; children?: Json[]; [key: string]: unknown };
const noImages = { resolveImage: () => null };
const top = (body: SerializedBody) => body.root.children as Json[];
const refs = (node: Json): string[] =>
  node.type === 'footnote-ref' ? [String(node.noteId)] : (node.children ?? []).flatMap((child) => refs(child));
const text = (node: Json): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(text).join(''));

describe('footnotes from Word', () => {
  it('become references in the text and a notes block at the end, with working links both ways', async () => {
    const docx = buildDocxWithFootnotes(
      [
        { runs: [{ text: 'Pasukan dikirim pada Oktober.{1} Jumlahnya belum pasti.' }] },
        { style: 'Heading1', runs: [{ text: 'Latar belakang' }] },
        { runs: [{ text: 'Perjanjian ditandatangani Juni 2024.{2}' }] },
      ],
      [['Menurut badan intelijen Korea Selatan.'], ['Perjanjian kemitraan strategis.', 'Teksnya tidak diumumkan.']],
    );
    const result = await importDraft('docx', docx);
    const blocks = top(result.body);
    const notes = blocks.at(-1)!;
    expect(notes.type).toBe('footnotes');
    expect(notes.children!.map(text)).toEqual([
      'Menurut badan intelijen Korea Selatan.',
      'Perjanjian kemitraan strategis.Teksnya tidak diumumkan.',
    ]);
    expect(notes.children!.map((n) => n.noteId)).toEqual(['note-1', 'note-2']);
    expect(blocks.slice(0, -1).flatMap(refs)).toEqual(['note-1', 'note-2']);
    // Word's "[1]" and the "↑" back links are the page's to make, not words of the article.
    expect(plainTextOf(result.body)).not.toMatch(/\[1\]|↑/);
    expect(plainTextOf(result.body)).toContain('Menurut badan intelijen Korea Selatan.');

    const html = renderBody(result.body, noImages);
    expect(html).toContain(
      '<p>Pasukan dikirim pada Oktober.<sup><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup> Jumlahnya belum pasti.</p>',
    );
    expect(html).toContain(
      '<section class="footnotes" role="doc-endnotes">\n<ol>\n' +
        '<li id="fn-1">Menurut badan intelijen Korea Selatan. <a href="#fnref-1" role="doc-backlink">↩</a></li>\n' +
        '<li id="fn-2">Perjanjian kemitraan strategis.<br>Teksnya tidak diumumkan. <a href="#fnref-2" role="doc-backlink">↩</a></li>\n' +
        '</ol>\n</section>',
    );
    expect(renderMarkdown(result.body, noImages)).toContain('Pasukan dikirim pada Oktober.[^1] Jumlahnya belum pasti.');
    expect(renderMarkdown(result.body, noImages)).toContain('[^1]: Menurut badan intelijen Korea Selatan.\n[^2]: Perjanjian');
    // The editor holds them as they came.
    const json = headlessEditor(result.body).getEditorState().toJSON() as unknown as SerializedBody;
    expect(top(json).flatMap(refs)).toEqual(['note-1', 'note-2']);
    expect(top(json).at(-1)!.children!.map(text)).toEqual(notes.children!.map(text));
  });
});

describe('footnotes from the web', () => {
  it('Pandoc’s and Markdown-it’s (fn1 and fnref1, a section of notes)', () => {
    const result = importHtml(
      '<p>Klaim pertama<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> dan kedua<a href="#fn2" class="footnote-ref" id="fnref2"><sup>2</sup></a>.</p>' +
        '<p>Lihat juga <a href="#latar">latar belakang</a>.</p>' +
        '<section class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn1"><p>Sumber <em>satu</em>.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>' +
        '<li id="fn2"><p>Sumber dua.<a href="#fnref2" class="footnote-back">↩︎</a></p></li></ol></section>',
    );
    const blocks = top(result.body);
    expect(blocks.flatMap(refs)).toEqual(['note-1', 'note-2']);
    expect(blocks.at(-1)!.children!.map(text)).toEqual(['Sumber satu.', 'Sumber dua.']);
    // A link to a heading is no footnote: it stays a link.
    expect(JSON.stringify(blocks)).toContain('"url":"#latar"');
  });

  it('Markdown’s [^1] footnotes (a second reference to one note, an inline ^[note], a note of two paragraphs) and back out', async () => {
    const result = await importDraft(
      'markdown',
      new TextEncoder().encode(
        '# Banjir\n\nAir naik[^1] lagi[^kedua] dan[^1] terus.\n\nInline^[Catatan di tempat.] juga.\n\n' +
          '[^1]: Data BPBD, 2025.\n[^kedua]: Paragraf satu.\n\n    Paragraf dua.\n',
      ),
    );
    const blocks = top(result.body);
    expect(blocks.flatMap(refs)).toEqual(['note-1', 'note-2', 'note-1', 'note-3']);
    expect(blocks.at(-1)!.children!.map(text)).toEqual(['Data BPBD, 2025.', 'Paragraf satu.Paragraf dua.', 'Catatan di tempat.']);
    // markdown-it's "[1]", "[1:1]" and "↩︎" are the page's furniture, not the article's words.
    expect(plainTextOf(result.body)).not.toMatch(/\[\d|↩/);
    const markdown = renderMarkdown(result.body, noImages);
    expect(markdown).toContain('Air naik[^1] lagi[^2] dan[^1] terus.');
    expect(markdown).toContain('[^1]: Data BPBD, 2025.\n[^2]: Paragraf satu.');
  });

  it('WordPress’s footnotes block', () => {
    const result = importHtml(
      '<p>Data BPS<sup data-fn="7c3b1e0a" class="fn"><a href="#7c3b1e0a" id="7c3b1e0a-link">1</a></sup> menunjukkan kenaikan.</p>' +
        '<ol class="wp-block-footnotes"><li id="7c3b1e0a">Badan Pusat Statistik, Juli 2025. <a href="#7c3b1e0a-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>',
    );
    expect(top(result.body).flatMap(refs)).toEqual(['note-1']);
    expect(top(result.body).at(-1)!.children!.map(text)).toEqual(['Badan Pusat Statistik, Juli 2025.']);
  });

  it('a link with a malformed escape in its fragment is read as written, not a failed import', () => {
    const result = importHtml('<p>Lihat<a href="#%E0%A4%A">[1]</a> dan <a href="#%">sini</a>.</p><ol><li id="%E0%A4%A">Catatan.</li></ol>');
    expect(top(result.body).flatMap(refs)).toEqual(['note-1']);
  });

  it('an ordinary numbered list stays a list; our own export reads back the same', () => {
    expect(top(importHtml('<ol><li id="satu">Satu</li><li id="dua">Dua</li></ol>').body)[0]!.type).toBe('list');
    const body = importHtml(
      '<p>A<a href="#n1">[1]</a> B<a href="#n2">[2]</a></p><ol><li id="n1">Catatan satu</li><li id="n2">Catatan dua</li></ol>',
    ).body;
    const html = renderBody(body, noImages);
    const back = importHtml(html).body;
    expect(renderBody(back, noImages)).toBe(html);
  });
});

describe('footnotes published', () => {
  const ref = (noteId: string) => ({ type: 'footnote-ref', version: 1, noteId });
  const note = (noteId: string, words: string) => ({
    type: 'footnote',
    version: 1,
    noteId,
    children: [{ type: 'text', version: 1, text: words }],
  });
  const para = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children });
  const words = (t: string) => ({ type: 'text', version: 1, text: t });
  const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } }) as unknown as SerializedBody;

  it('numbered by the order the text refers to them; a second reference has its own id; a note nothing refers to comes last, with no link back', () => {
    const html = renderBody(
      body(para(words('B'), ref('b'), words(' A'), ref('a'), words(' B lagi'), ref('b'), words(' hantu'), ref('missing')), {
        type: 'footnotes',
        version: 1,
        children: [note('a', 'Catatan A'), note('orphan', 'Yatim'), note('b', 'Catatan <B>')],
      }),
      noImages,
    );
    expect(html).toBe(
      '<p>B<sup><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup> A<sup><a href="#fn-2" id="fnref-2" role="doc-noteref">2</a></sup> B lagi<sup><a href="#fn-1" id="fnref-1-2" role="doc-noteref">1</a></sup> hantu</p>\n' +
        '<section class="footnotes" role="doc-endnotes">\n<ol>\n' +
        '<li id="fn-1">Catatan &lt;B&gt; <a href="#fnref-1" role="doc-backlink">↩</a></li>\n' +
        '<li id="fn-2">Catatan A <a href="#fnref-2" role="doc-backlink">↩</a></li>\n' +
        '<li id="fn-3">Yatim</li>\n</ol>\n</section>',
    );
  });

  it('an empty note is left out without shifting the numbers after it', () => {
    const html = renderBody(
      body(para(words('X'), ref('a'), ref('b')), { type: 'footnotes', version: 1, children: [note('a', ' '), note('b', 'Dua')] }),
      noImages,
    );
    expect(html).toContain('<li id="fn-2" value="2">Dua <a href="#fnref-2" role="doc-backlink">↩</a></li>');
  });
});
