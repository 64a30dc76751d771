// redaksi import on a WordPress export, end to end through the CLI and the worker: the posts and
// pages become articles (tags, byline, time, slug), a second import makes no copies, the articles
// are found by search, their tags too, and the site's media folder fills their pictures.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../fixtures/cliRunner';

const ARCHIVE = join(__dirname, '..', '..', 'fixtures', 'wxr', 'newsroom-export.xml');
let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-wxr-'));
  dbPath = join(dir, 'store.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redaksi import SITE.xml', () => {
  it('imports every post and page once: a second run finds them and makes no copies', async () => {
    const first = await run('import', ARCHIVE, '--db', dbPath);
    expect(first.code).toBe(0);
    expect(first.out).toContain('4 posts and pages from https://kabarkota.example: 4 imported, 0 already imported, 0 failed');
    expect(first.out).toContain('not imported: 2 attachment, 1 nav_menu_item');
    expect(first.err).toContain('4 of 4 posts and pages');

    // import-wxr, the older name, is the same import.
    const again = await run('import-wxr', ARCHIVE, '--db', dbPath);
    expect(again.out).toContain('0 imported, 4 already imported');
    const list = await run('list', '--db', dbPath);
    expect(list.out.trim().split('\n')).toHaveLength(4);
    expect(JSON.parse((await run('show', 'tentang-kami', '--json', '--db', dbPath)).out)).toMatchObject({
      headline: 'Tentang Kami',
      status: 'published',
    });
  });

  it('keeps the post’s slug, status, author, time, excerpt and tags; search finds it by a tag', async () => {
    const shown = JSON.parse((await run('show', 'banjir-rendam-tiga-kecamatan', '--json', '--db', dbPath)).out);
    expect(shown).toMatchObject({
      headline: 'Banjir Rendam Tiga Kecamatan & Ribuan Warga Mengungsi',
      byline: 'Rina Wulandari',
      publishAt: '2025-07-04T17:00:00+07:00',
      tags: ['Banjir', 'Metropolitan', 'Pengungsi'],
      hero: { role: 'hero', assetId: null },
      // Published on the site, published here (its document says so too: the status travels with it).
      status: 'published',
    });
    const draft = JSON.parse((await run('show', 'draf-jadwal-pemadaman-listrik', '--json', '--db', dbPath)).out);
    expect(draft.status).toBe('draft');
    expect((await run('list', '--status', 'published', '--db', dbPath)).out.trim().split('\n')).toHaveLength(3);
    const found = await run('search', 'pengungsi', '--db', dbPath);
    expect(found.out).toContain('(banjir-rendam-tiga-kecamatan)');
  });

  it('an archive cut short: the posts before the cut come in, and it says so; a file that is no archive imports nothing', async () => {
    const cut = join(dir, 'cut.xml');
    const text = (await import('node:fs')).readFileSync(ARCHIVE, 'utf8');
    writeFileSync(cut, text.slice(0, text.indexOf('Pedagang menyebut')));
    const result = await run('import', cut, '--db', join(dir, 'other.db'));
    expect(result.out).toContain('1 posts and pages from https://kabarkota.example: 1 imported');
    expect(result.err).toContain('the file ends inside a post');
    const none = join(dir, 'none.xml');
    writeFileSync(none, 'bukan arsip');
    expect((await run('import', none, '--db', join(dir, 'other.db'))).out).toContain('0 posts');
  });

  it('--media: the site’s uploads folder fills the featured image and the pictures in the text; the missing one waits', async () => {
    const media = join(dir, 'uploads');
    mkdirSync(join(media, '2025', '07'), { recursive: true });
    const photo = (background: string) =>
      sharp({ create: { width: 1600, height: 900, channels: 3, background } })
        .jpeg()
        .toBuffer();
    writeFileSync(join(media, '2025', '07', 'posko.jpg'), await photo('#336699'));
    const db = join(dir, 'media.db');
    const result = await run('import', ARCHIVE, '--media', media, '--db', db);
    expect(result.code).toBe(0);
    const shown = JSON.parse((await run('show', 'banjir-rendam-tiga-kecamatan', '--json', '--db', db)).out);
    expect(shown.hero.assetId).toMatch(/\S/);
    const slots: Array<{ assetId: string | null }> = [];
    const walk = (node: { type?: string; children?: unknown[] }) => {
      if (node.type === 'image-slot') slots.push(node as { assetId: string | null });
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(shown.body.root);
    // The caption's and the gallery's perahu.jpg are not in the folder: they wait; the gallery's posko.jpg is the hero's file.
    expect(slots.map((slot) => slot.assetId !== null)).toEqual([false, false, true]);
    expect(slots[2]!.assetId).toBe(shown.hero.assetId);

    // Without --media: the uploads folder beside the export, as WordPress lays a site out.
    const site = join(dir, 'situs');
    mkdirSync(join(site, 'wp-content', 'uploads', '2025', '07'), { recursive: true });
    writeFileSync(join(site, 'wp-content', 'uploads', '2025', '07', 'posko.jpg'), await photo('#993366'));
    writeFileSync(join(site, 'kabarkota.WordPress.2025-07-04.xml'), (await import('node:fs')).readFileSync(ARCHIVE));
    const beside = await run('import', join(site, 'kabarkota.WordPress.2025-07-04.xml'), '--db', join(dir, 'beside.db'));
    expect(beside.err).toContain('pictures from the media folder beside the export');
    const hero = JSON.parse((await run('show', 'banjir-rendam-tiga-kecamatan', '--json', '--db', join(dir, 'beside.db'))).out).hero;
    expect(hero.assetId).toMatch(/\S/);

    expect((await run('import', ARCHIVE, '--media', join(dir, 'hilang'), '--db', db)).err).toContain('not a folder');
    expect((await run('import', join(dir, 'cut.xml'), '--template', 'berita', '--db', db)).code).toBe(2);
    expect((await run('import', join(dir, 'none.md'), '--media', media, '--db', db)).err).toContain('--media goes with a WordPress export');
  });
});
