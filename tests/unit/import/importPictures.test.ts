// Pictures inside an imported file, through the service the app runs (the worker parses, the main
// side stores): a Word document's picture and an HTML page's data: URIs fill their slots with their
// alt text and caption; a remote picture is never fetched (its slot waits and the notes name it);
// a picture that is not an image is named in the notes, and its slot waits — nothing is lost silently.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../fixtures/cliRunner';
import type { ImageSlot } from '../../../shared/editor/imageSlot';
import { buildDocxWithPicture } from '../../fixtures/docx';
import { openTestService, type TestService } from '../../fixtures/testService';

let t: TestService;
beforeEach(async () => {
  t = await openTestService();
});
afterEach(async () => {
  await t.close();
});

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer();

function slotsIn(node: { type?: string; children?: unknown[] }, found: ImageSlot[] = []): ImageSlot[] {
  if (node.type === 'image-slot') found.push(node as unknown as ImageSlot);
  for (const child of (node.children ?? []) as Array<{ type?: string; children?: unknown[] }>) slotsIn(child, found);
  return found;
}

async function importFile(format: 'html' | 'docx' | 'zip', data: Uint8Array) {
  const result = await t.dispatch('articles:import', { data, format });
  if (!result.ok) throw new Error(result.error.message);
  const { article, report } = result.value as { article: { id: string }; report: Array<{ message: string }> };
  const saved = t.articles.get(article.id);
  return { saved, slots: slotsIn(saved.body.root as never), notes: report.map((note) => note.message) };
}

describe('pictures inside imported files', () => {
  it('an HTML page’s data: pictures fill the hero and the body’s slots; a remote one waits, named, never fetched', async () => {
    const hero = (await png(1600, 900)).toString('base64');
    const inline = (await png(800, 600)).toString('base64');
    const html = `<header><h1>Kebakaran Hutan</h1><figure><img src="data:image/png;base64,${hero}" alt="Asap di atas hutan"><figcaption>Asap tebal <span class="credit">Foto: Redaksi</span></figcaption></figure></header>
      <p>Api meluas ke tiga desa.</p>
      <figure><img src="https://cdn.contoh.id/foto/pemadam.jpg?w=800" alt="Petugas pemadam"></figure>
      <p>Petugas bekerja semalaman.</p>
      <p><img src="data:image/png;base64,${inline}" alt="Peta sebaran api"></p>
      <figure><img src="data:image/png;base64,bm90IGFuIGltYWdl" alt="Rusak"><figcaption>Gambar rusak</figcaption></figure>`;
    const { saved, slots, notes } = await importFile('html', new TextEncoder().encode(html));

    expect(saved.hero).toMatchObject({ alt: 'Asap di atas hutan', caption: 'Asap tebal', credit: 'Foto: Redaksi' });
    expect(saved.hero!.assetId).toMatch(/^[0-9a-f]{64}$/);
    expect(t.assets.get(saved.hero!.assetId!)).toMatchObject({ width: 1600, height: 900 });
    expect(slots.map((slot) => [slot.alt, slot.assetId !== null])).toEqual([
      ['Petugas pemadam', false],
      ['Peta sebaran api', true],
      ['Rusak', false],
    ]);
    expect(slots[2]!.caption).toBe('Gambar rusak');
    expect(notes).toContain('1 image is waiting for its file (not fetched): “pemadam.jpg”');
    expect(notes.find((note) => note.startsWith('the picture "picture-3.png" inside the file was not used'))).toMatch(
      /its slot waits for a file$/,
    );
    // The text around the picture in a paragraph is still there.
    expect(JSON.stringify(saved.body)).toContain('Petugas bekerja semalaman.');
  });

  it('a Word document’s picture fills a slot in the body, with its alt text, between its paragraphs', async () => {
    const docx = buildDocxWithPicture(
      [{ style: 'Title', runs: [{ text: 'Banjir Bandang di Garut' }] }, { runs: [{ text: 'Air datang tengah malam.' }] }],
      { png: await png(1200, 800), alt: 'Rumah terendam lumpur' },
      [{ runs: [{ text: 'Warga mengungsi ke balai desa.' }] }],
    );
    const { saved, slots, notes } = await importFile('docx', docx);
    expect(saved.headline).toBe('Banjir Bandang di Garut');
    expect(slots).toHaveLength(1);
    expect(slots[0]).toMatchObject({ alt: 'Rumah terendam lumpur' });
    expect(t.assets.get(slots[0]!.assetId!)).toMatchObject({ width: 1200, height: 800 });
    const order = (saved.body.root.children as Array<{ type: string }>).map((block) => block.type);
    expect(order.slice(0, 3)).toEqual(['paragraph', 'image-slot', 'paragraph']);
    expect(notes).toEqual([]);
  });

  it('a zip of a saved page and its images folder: the pictures it names fill their slots; one outside it or missing waits', async () => {
    const page = `<h1>Panen Raya</h1><p>Petani mulai memanen padi.</p>
      <figure><img src="images/sawah%20kuning.png" alt="Sawah menguning"><figcaption>Sawah di Karawang</figcaption></figure>
      <p><img src="../../rahasia.png" alt="Di luar arsip"></p><p><img src="images/hilang.png" alt="Tidak ada"></p>`;
    const zip = zipSync({
      'panen/index.html': strToU8(page),
      'panen/images/sawah kuning.png': await png(1000, 750),
      'rahasia.png': await png(10, 10),
      '__MACOSX/panen/._index.html': strToU8('junk'),
    });
    const { saved, slots, notes } = await importFile('zip', zip);
    expect(saved.headline).toBe('Panen Raya');
    expect(slots.map((slot) => [slot.alt, slot.assetId !== null])).toEqual([
      ['Sawah menguning', true],
      ['Di luar arsip', false],
      ['Tidak ada', false],
    ]);
    expect(slots[0]!.caption).toBe('Sawah di Karawang');
    expect(notes).toContain('2 images are waiting for their files (not fetched): “rahasia.png”, “hilang.png”');
  });

  it('files chosen together (a flat zip): a picture is found by its name alone, unless two have it', async () => {
    const page = '<h1>Pasar</h1><p><img src="pasar_files/sayur.png" alt="Sayur"></p><p><img src="x/foto.png" alt="Dua foto"></p>';
    const zip = zipSync({
      'pasar.html': strToU8(page),
      'sayur.png': await png(640, 480),
      'a/foto.png': await png(10, 10),
      'b/foto.png': await png(20, 20),
    });
    const { slots } = await importFile('zip', zip);
    expect(slots.map((slot) => [slot.alt, slot.assetId !== null])).toEqual([
      ['Sayur', true],
      ['Dua foto', false],
    ]);
  });

  it('a zip of a Markdown post and its pictures; a zip without a draft, or too big to be one, is refused and changes nothing', async () => {
    const md = '# Pasar Terapung\n\nPedagang berperahu sejak subuh.\n\n![Perahu sayur](img/perahu.png)\n\nHarga sayur stabil.\n';
    const { slots } = await importFile('zip', zipSync({ 'post.md': strToU8(md), 'img/perahu.png': await png(900, 600) }));
    expect(slots.map((slot) => [slot.alt, slot.assetId !== null])).toEqual([['Perahu sayur', true]]);

    const before = t.articles.list(undefined).length;
    const none = await t.dispatch('articles:import', { data: zipSync({ 'a.png': await png(10, 10) }), format: 'zip' });
    expect(none.ok || none.error.message).toBe(
      'There is no draft to import among these files (an .html, .md or .txt file). Nothing was changed.',
    );
    // The same checks as a Word file's archive (bombs: tests/unit/import/adversarial.test.ts): here, too many files.
    const many = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`f${i}.txt`, new Uint8Array(0)]));
    const refused = await t.dispatch('articles:import', { data: zipSync(many), format: 'zip' });
    expect(refused.ok || refused.error.message).toBe(
      'This zip file cannot be imported: its archive holds 5001 files (a draft and its pictures are a few hundred). Nothing was changed.',
    );
    expect(t.articles.list(undefined).length).toBe(before);
  });

  it('redaksi import FOLDER: the draft and its pictures as they sit on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-folder-'));
    try {
      mkdirSync(join(dir, 'post', 'gambar'), { recursive: true });
      writeFileSync(
        join(dir, 'post', 'artikel.md'),
        '# Festival Kopi\n\nPengunjung antre sejak pagi.\n\n![Barista menuang kopi](gambar/kopi.png)\n',
      );
      writeFileSync(join(dir, 'post', 'gambar', 'kopi.png'), await png(800, 800));
      const dbPath = join(dir, 'store.db');
      const result = await run('import', join(dir, 'post'), '--db', dbPath);
      expect(result.code, result.err).toBe(0);
      const shown = JSON.parse((await run('show', result.out.trim(), '--json', '--db', dbPath)).out) as { headline: string; body: never };
      expect(shown.headline).toBe('Festival Kopi');
      expect(slotsIn((shown.body as { root: never }).root)[0]).toMatchObject({
        alt: 'Barista menuang kopi',
        assetId: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
