// Content from other sites and editors: their furniture is recognised by its shape (not the sample's
// words), left out with its text and place, and can be brought back where it was; real paragraphs
// are never dropped; redirecting links keep their real target; heading levels become an outline;
// Word's Title and Subtitle are the headline and the dek.
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../electron/import/importDraft';
import { importHtml } from '../../../shared/import/importHtml';
import { importPlainText } from '../../../shared/import/importPlainText';
import type { ImportResult } from '../../../shared/import/importResult';
import { unwrapRedirect } from '../../../shared/import/redirectLinks';
import { renderBody } from '../../../shared/publish/renderBody';
import { $restorePassages } from '../../../renderer/editor/restorePassages';
import { buildDocx } from '../../fixtures/docx';
import { headlessEditor } from '../../fixtures/headlessEditor';
import { OTHER_SITE_PAGE } from '../../fixtures/otherSitePage';

const noImages = { resolveImage: () => null };
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The body's paragraphs' text, in order, after the dropped lines are brought back. */
function restoredText(result: ImportResult): string[] {
  const editor = headlessEditor(result.body);
  editor.update(() => $restorePassages(result.dropped), { discrete: true });
  return editor.getEditorState().read(() =>
    $getRoot()
      .getAllTextNodes()
      .map((node) => node.getTextContent()),
  );
}

/** Every word of the source is in the headline, the dek, the body or what was dropped (nothing lost silently). */
function lostWords(source: string, result: ImportResult): string[] {
  const kept = new Set(words([result.headline, result.dek, JSON.stringify(result.body), ...result.dropped.map((d) => d.text)].join(' ')));
  return words(source).filter((word) => !kept.has(word));
}

const OTHER_SITE = [
  'Harga Cabai Melonjak Jelang Lebaran',
  '',
  'Harga cabai rawit di Pasar Induk naik dua kali lipat dalam sepekan, kata pedagang.',
  '',
  'Baca juga: Pemerintah Janji Operasi Pasar',
  '',
  'Pedagang menyebut pasokan dari Jawa Tengah berkurang karena hujan.',
  'Tags: cabai, harga pangan, Lebaran',
  '',
  'Semoga cepat turun.',
  '',
  'Baca Juga',
  'Berita Terkait',
  'Terpopuler',
].join('\n');

describe('another site’s furniture (plain text)', () => {
  const result = importPlainText(OTHER_SITE);

  it('is left out, each line reported with its text — the labels and promos of any site, not the sample’s', () => {
    expect(result.dropped.map(({ text, kind }) => [kind, text])).toEqual([
      ['promo', 'Baca juga: Pemerintah Janji Operasi Pasar'],
      ['share', 'Tags: cabai, harga pangan, Lebaran'],
      ['trailing', 'Baca Juga'],
      ['trailing', 'Berita Terkait'],
      ['trailing', 'Terpopuler'],
    ]);
    const messages = result.report.map((note) => note.message);
    expect(messages).toContain('dropped 3 navigation lines at the end: “Baca Juga”, “Berita Terkait”, “Terpopuler”');
    expect(messages).toContain(
      'dropped 2 promo or share lines in the text: “Baca juga: Pemerintah Janji Operasi Pasar”, “Tags: cabai, harga pangan, Lebaran”',
    );
    expect(lostWords(OTHER_SITE, result)).toEqual([]);
  });

  it('keeps a short real last paragraph, and brings every line back where it was', () => {
    expect(JSON.stringify(result.body)).toContain('Semoga cepat turun.');
    expect(restoredText(result)).toEqual([
      'Harga cabai rawit di Pasar Induk naik dua kali lipat dalam sepekan, kata pedagang.',
      'Baca juga: Pemerintah Janji Operasi Pasar',
      'Pedagang menyebut pasokan dari Jawa Tengah berkurang karena hujan.',
      'Tags: cabai, harga pangan, Lebaran',
      'Semoga cepat turun.',
      'Baca Juga',
      'Berita Terkait',
      'Terpopuler',
    ]);
  });

  it('never takes verse, a list of names or a text without a paragraph for navigation', () => {
    const verse = [
      'Puisi untuk Ibu',
      '',
      'Ibu menulis surat setiap pagi.',
      '',
      ...Array.from({ length: 14 }, (_, i) => `baris sajak ke-${i + 1}`),
    ];
    expect(importPlainText(verse.join('\n')).dropped).toEqual([]);
    expect(importPlainText('Judul\n\nbaris satu\nbaris dua\nbaris tiga').dropped).toEqual([]);
    // A list item at the end is content.
    expect(importPlainText('Judul\n\nIni paragraf.\n\n- satu\n- dua').dropped).toEqual([]);
    // So are an article's sources and credits, however short (a fact-checker needs them); navigation after them still goes.
    const sourced = importPlainText('Judul\n\nIni paragraf.\n\nSumber: BPS, Kemendag\nhttps://bps.go.id/harga\nEditor: Rina\n\nTerpopuler');
    expect(sourced.dropped.map((passage) => passage.text)).toEqual(['Terpopuler']);
    expect(JSON.stringify(sourced.body)).toContain('https://bps.go.id/harga');
  });
});

describe('another site’s furniture (HTML)', () => {
  const page = OTHER_SITE_PAGE;
  const result = importHtml(page);

  it('drops promos, share lines, trailing navigation and a page footer, each with its text and its links', () => {
    expect(result.dropped.map(({ text, kind }) => [kind, text])).toEqual([
      ['promo', 'Baca juga: Tanggul Laut Belum Rampung'],
      ['share', 'Share: Facebook Twitter WhatsApp'],
      ['trailing', 'Terpopuler'],
      ['trailing', 'Lihat Semua Berita'],
      ['trailing', '© 2025 Kabar Pesisir'],
      ['trailing', 'Tentang Kami | Kontak | Pedoman Media Siber'],
    ]);
    expect(result.dropped[0]!.links).toEqual([{ text: 'Tanggul Laut Belum Rampung', url: 'https://contoh.id/tanggul' }]);
    expect(renderBody(result.body, noImages)).toBe(
      '<p>Air laut masuk ke permukiman warga sejak Senin pagi, kata BPBD.</p>\n<p>Warga mengungsi ke masjid terdekat dan menunggu air surut.</p>',
    );
    expect(lostWords(page.replace(/<[^>]+>/g, ' '), result).filter((w) => !['https', 'contoh', 'id', 'tanggul'].includes(w))).toEqual([]);
  });

  it('brings them back in place, the promo’s link linked again', () => {
    const editor = headlessEditor(result.body);
    editor.update(() => $restorePassages(result.dropped), { discrete: true });
    const body = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(body.indexOf('Baca juga')).toBeGreaterThan(body.indexOf('Air laut'));
    expect(body.indexOf('Baca juga')).toBeLessThan(body.indexOf('Warga mengungsi'));
    expect(body.trimEnd().endsWith('Tentang Kami | Kontak | Pedoman Media Siber')).toBe(true);
    const html = renderBody(editor.getEditorState().toJSON() as never, noImages);
    expect(html).toContain('<p>Baca juga: <a href="https://contoh.id/tanggul">Tanggul Laut Belum Rampung</a></p>');
  });

  it('keeps everything when pasted: a paste is the person’s own choice', async () => {
    const { pastedBlocks } = await import('../../../shared/import/importHtml');
    expect(JSON.stringify(pastedBlocks('<p>Baca juga: <a href="https://contoh.id/x">Judul</a></p><p>Terpopuler</p>'))).toContain(
      'Baca juga',
    );
  });
});

describe('links, headings and Word styles', () => {
  it('unwraps Google, Facebook and Outlook redirects; other links are left as they are', () => {
    expect(unwrapRedirect('https://www.google.com/url?q=https://bps.go.id/data%3Fy%3D2025&sa=D&source=editors&ust=1')).toBe(
      'https://bps.go.id/data?y=2025',
    );
    expect(unwrapRedirect('https://l.facebook.com/l.php?u=https%3A%2F%2Fkompas.id%2Fbaca&h=AT0')).toBe('https://kompas.id/baca');
    expect(unwrapRedirect('https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.bmkg.go.id%2F&data=x')).toBe(
      'https://www.bmkg.go.id/',
    );
    expect(unwrapRedirect('https://www.google.com/url?q=javascript:alert(1)')).toBe('https://www.google.com/url?q=javascript:alert(1)');
    expect(unwrapRedirect('https://www.google.com/search?q=banjir')).toBe('https://www.google.com/search?q=banjir');
    const result = importHtml('<p>Menurut <a href="https://www.google.com/url?q=https://bps.go.id/&amp;sa=D">BPS</a>, harga naik.</p>');
    expect(renderBody(result.body, noImages)).toBe('<p>Menurut <a href="https://bps.go.id/">BPS</a>, harga naik.</p>');
  });

  it('opens sections at the top heading level found: a post’s H3s under its title are its sections', () => {
    const posts = importHtml('<h1>Judul</h1><p>Pembuka.</p><h3>Latar</h3><p>Satu.</p><h3>Dampak</h3><h4>Bagi petani</h4><p>Dua.</p>');
    expect(renderBody(posts.body, noImages)).toBe(
      [
        '<p>Pembuka.</p>',
        '<section>\n<h2 id="latar">Latar</h2>\n<p>Satu.</p>\n</section>',
        '<section>\n<h2 id="dampak">Dampak</h2>\n<h3 id="bagi-petani">Bagi petani</h3>\n<p>Dua.</p>\n</section>',
      ].join('\n'),
    );
    const mixed = importHtml('<h1>Judul</h1><h4>Sekilas</h4><p>Ringkasan.</p><h2>Bagian</h2><h5>Rinci</h5><p>Isi.</p>');
    expect(renderBody(mixed.body, noImages)).toBe(
      '<h2 id="sekilas">Sekilas</h2>\n<p>Ringkasan.</p>\n<section>\n<h2 id="bagian">Bagian</h2>\n<h3 id="rinci">Rinci</h3>\n<p>Isi.</p>\n</section>',
    );
  });

  it('Word: the Title style is the headline and the Subtitle the dek', async () => {
    const docx = buildDocx([
      { style: 'Title', runs: [{ text: 'Gempa Guncang Cianjur' }] },
      { style: 'Subtitle', runs: [{ text: 'Ratusan rumah rusak, warga mengungsi.' }] },
      { style: 'Heading1', runs: [{ text: 'Kronologi' }] },
      { runs: [{ text: 'Gempa terjadi pukul 13.21 WIB.' }] },
    ]);
    const result = await importDraft('docx', docx);
    expect(result.headline).toBe('Gempa Guncang Cianjur');
    expect(result.dek).toBe('Ratusan rumah rusak, warga mengungsi.');
    expect(renderBody(result.body, noImages)).toBe(
      '<section>\n<h2 id="kronologi">Kronologi</h2>\n<p>Gempa terjadi pukul 13.21 WIB.</p>\n</section>',
    );
    expect(result.report).toEqual([]);
  });
});
