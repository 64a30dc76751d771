// redaksi import-wxr on a WordPress export, end to end through the CLI and the worker: the posts
// become articles (tags, byline, time, slug), a second import makes no copies, and the articles are
// found by search, their tags too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('redaksi import-wxr', () => {
  it('imports every post once: a second run finds them and makes no copies', async () => {
    const first = await run('import-wxr', ARCHIVE, '--db', dbPath);
    expect(first.code).toBe(0);
    expect(first.out).toContain('3 posts from https://kabarkota.example: 3 imported, 0 already imported, 0 failed');
    expect(first.out).toContain('not imported: 1 page, 2 attachment, 1 nav_menu_item');
    expect(first.err).toContain('3 of 3 posts');

    const again = await run('import-wxr', ARCHIVE, '--db', dbPath);
    expect(again.out).toContain('3 imported'.replace('3', '0'));
    expect(again.out).toContain('3 already imported');
    const list = await run('list', '--db', dbPath);
    expect(list.out.trim().split('\n')).toHaveLength(3);
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
    expect((await run('list', '--status', 'published', '--db', dbPath)).out.trim().split('\n')).toHaveLength(2);
    const found = await run('search', 'pengungsi', '--db', dbPath);
    expect(found.out).toContain('(banjir-rendam-tiga-kecamatan)');
  });

  it('an archive cut short: the posts before the cut come in, and it says so; a file that is no archive imports nothing', async () => {
    const cut = join(dir, 'cut.xml');
    const text = (await import('node:fs')).readFileSync(ARCHIVE, 'utf8');
    writeFileSync(cut, text.slice(0, text.indexOf('Pedagang menyebut')));
    const result = await run('import-wxr', cut, '--db', join(dir, 'other.db'));
    expect(result.out).toContain('1 posts from https://kabarkota.example: 1 imported');
    expect(result.err).toContain('the file ends inside a post');
    const none = join(dir, 'none.xml');
    writeFileSync(none, 'bukan arsip');
    expect((await run('import-wxr', none, '--db', join(dir, 'other.db'))).out).toContain('0 posts');
  });
});
