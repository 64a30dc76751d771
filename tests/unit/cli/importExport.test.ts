// redaksi import / export on the sample article, end to end through the CLI.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../fixtures/cliRunner';
import { createService } from '../../../electron/service/createService';

const SAMPLE = join(__dirname, '..', '..', 'fixtures', 'explainer-id.txt');
let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-import-'));
  dbPath = join(dir, 'store.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redaksi import and export', () => {
  let id = '';

  it('imports the sample, prints the new id and reports what it dropped', async () => {
    const result = await run('import', SAMPLE, '--template', 'explainer', '--db', dbPath);
    expect(result.code).toBe(0);
    id = result.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.err).toContain('dropped 2 navigation lines');
    const shown = await run('show', id, '--json', '--db', dbPath);
    expect(JSON.parse(shown.out)).toMatchObject({
      publishAt: '2025-07-04T17:00:00+07:00',
      timeZone: 'Asia/Jakarta',
      templateId: 'explainer',
      hero: { aspectRatio: '16:9' },
    });
  });

  it('exports a standalone page with images as stripped WebP renditions and a fallback', async () => {
    // Give the hero its picture, with GPS and camera data that must not leave the newsroom.
    const service = await createService(dbPath, { mode: 'browser', version: 'test' });
    const stores = service.stores()!;
    const photo = await sharp({ create: { width: 1920, height: 1080, channels: 3, background: 'teal' } })
      .jpeg()
      .withMetadata({
        exif: {
          IFD0: { Make: 'Camera', Model: 'SN-12345', Artist: 'Fotografer' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 33/1 0/1' },
        },
      })
      .toBuffer();
    const { asset } = await stores.assets.import('dw-1751619146746_169.jpg', photo);
    const article = stores.articles.get(id);
    stores.articles.save({
      id,
      baseRevision: article.revision,
      kind: 'auto',
      fields: {
        headline: article.headline,
        dek: 'Motif strategis',
        byline: 'Redaksi',
        language: article.language,
        timeZone: article.timeZone,
        publishAt: article.publishAt,
        hero: { ...article.hero!, assetId: asset.id, alt: 'Tentara Korea Utara', caption: 'Parade', credit: 'DW' },
        body: article.body,
      },
    });
    await service.close();

    const out = join(dir, 'out');
    const result = await run('export', id, '--out', out, '--db', dbPath);
    expect(result.code, result.err).toBe(0);
    const html = readFileSync(
      join(
        out,
        readdirSync(out).find((f) => f.endsWith('.html'))!,
      ),
      'utf8',
    );
    expect(html).toContain(
      '<h2 id="s-1-dukungan-militer-korea-utara-lebih-dari-sekadar">1. Dukungan Militer Korea Utara, Lebih dari Sekadar Solidaritas</h2>',
    );
    expect(html).toContain(
      '<h2 id="misi-korea-utara-di-rusia-adalah-investasi-geopolitik">Misi Korea Utara di Rusia adalah Investasi Geopolitik</h2>',
    );
    expect(html).toContain('<time datetime="2025-07-04T17:00:00+07:00">4 Juli 2025 17.00 WIB</time>');
    expect(html).not.toMatch(/Fenomena Terkini|Trending/);
    const images = readdirSync(join(out, 'images')).sort();
    expect(images.filter((f) => f.endsWith('.webp')).length).toBe(3); // 480, 960, 1600 — never wider than 1920
    expect(images.some((f) => f.endsWith('.jpg'))).toBe(true);
    // Named after the article, never by the original upload's hash (which would let anyone holding the photo confirm the match).
    const slug = readdirSync(out)
      .find((f) => f.endsWith('.html'))!
      .replace(/\.html$/, '');
    expect(images).toEqual(images.filter((f) => f.startsWith(`${slug}-1`)));
    expect(html).not.toContain(asset.id.slice(0, 12));
    for (const file of images) {
      const meta = await sharp(join(out, 'images', file)).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.xmp, file).toBeUndefined();
      expect(meta.iptc, file).toBeUndefined();
    }
    writeFileSync(join(dir, 'exported-sample.html'), html);

    // Asked to keep the credit: the images carry it, and still nothing else.
    const credited = join(dir, 'credited');
    expect((await run('export', id, '--out', credited, '--keep-credit', '--db', dbPath)).code).toBe(0);
    for (const file of readdirSync(join(credited, 'images'))) {
      const exif = (await sharp(join(credited, 'images', file)).metadata()).exif?.toString('latin1') ?? '';
      expect(exif, file).toContain('DW');
      expect(exif, file).not.toMatch(/SN-12345|Camera/);
    }
  });

  it('exports Markdown and a CMS fragment, or inlines images', async () => {
    const md = join(dir, 'md');
    expect((await run('export', id, '--out', md, '--format', 'md', '--db', dbPath)).code).toBe(0);
    const markdown = readFileSync(
      join(
        md,
        readdirSync(md).find((f) => f.endsWith('.md'))!,
      ),
      'utf8',
    );
    expect(markdown).toContain('## 1. Dukungan Militer Korea Utara, Lebih dari Sekadar Solidaritas');
    const inline = join(dir, 'inline');
    expect((await run('export', id, '--out', inline, '--format', 'fragment', '--images', 'inline', '--db', dbPath)).code).toBe(0);
    expect(readdirSync(inline)).toHaveLength(1);
    const fragment = readFileSync(join(inline, readdirSync(inline)[0]!), 'utf8');
    expect(fragment).not.toContain('<html');
    expect(fragment).toContain('<section>');
  });

  it('fails clearly, writing nothing, for a missing article, a bad option or an unreadable file', async () => {
    const nowhere = join(dir, 'nowhere');
    expect(await run('export', 'tidak-ada', '--out', nowhere, '--db', dbPath)).toMatchObject({
      code: 1,
      err: expect.stringContaining('No article'),
    });
    expect(existsSync(nowhere)).toBe(false);
    expect(await run('export', id, '--out', nowhere, '--format', 'pdf', '--db', dbPath)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown format'),
    });
    expect(await run('export', id, '--db', dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('--out') });
    expect(await run('import', join(dir, 'absent.txt'), '--db', dbPath)).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot read'),
    });
    expect(await run('import', SAMPLE, '--template', 'no-such', '--db', dbPath)).toMatchObject({
      code: 1,
      err: expect.stringContaining('No template'),
    });
    expect(readdirSync(dir).filter((f) => f.startsWith('.redaksi-export-'))).toEqual([]);
  });
});
