import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../db/articleStore';
import { openDatabase } from '../../../db/openStore';
import { run } from '../../fixtures/cliRunner';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';

let dir: string;
let dbPath: string;
let articleId: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-cli-'));
  dbPath = join(dir, 'store.db');
  const store = new ArticleStore(openDatabase(dbPath));
  const a = store.create({ headline: 'Mengapa Korea Utara Antusias?' });
  articleId = a.id;
  store.save({
    id: a.id,
    baseRevision: 1,
    kind: 'auto',
    fields: {
      headline: 'Mengapa Korea Utara Antusias?',
      dek: 'Motif strategis',
      byline: 'Redaksi',
      language: 'id',
      timeZone: 'Asia/Jakarta',
      publishAt: '2025-07-04T17:00:00+07:00',
      hero: null,
      body: bodyOf(paragraph(text('Seperti dikonfirmasi oleh Badan Intelijen Nasional Korea Selatan (NIS).'))),
    },
  });
  const b = store.create({ headline: 'Harga beras' });
  store.setStatus(b.id, 'draft', 'in_review');
  store.db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('redaksi CLI', () => {
  it('lists articles newest first, and filters by status', async () => {
    const all = await run('list', '--db', dbPath);
    expect(all.code).toBe(0);
    expect(all.out.split('\n').map((l) => l.includes('Harga beras'))).toEqual([true, false]);
    const inReview = await run('list', '--status', 'in_review', '--db', dbPath);
    expect(inReview.out).toContain('Harga beras');
    expect(inReview.out).not.toContain('Korea');
  });

  it('searches with highlighted snippets', async () => {
    const result = await run('search', 'intelijen', '--db', dbPath);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Mengapa Korea Utara Antusias?');
    expect(result.out).toContain('[Intelijen]');
  });

  it('shows an article by slug or id, as text or JSON', async () => {
    const bySlug = await run('show', 'mengapa-korea-utara-antusias', '--db', dbPath);
    expect(bySlug.code).toBe(0);
    expect(bySlug.out).toContain('publish time: 2025-07-04T17:00:00+07:00 (Asia/Jakarta)');
    expect(bySlug.out).toContain('Badan Intelijen Nasional');
    const json = JSON.parse((await run('show', articleId, '--json', '--db', dbPath)).out);
    expect(json).toMatchObject({ id: articleId, dek: 'Motif strategis', revision: 2 });
  });

  it('fails clearly, with a non-zero exit, on a missing article, bad arguments or a missing store', async () => {
    const missing = await run('show', 'tidak-ada', '--db', dbPath);
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toContain('No article with id or slug "tidak-ada"');
    expect(await run('frobnicate', '--db', dbPath)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown command "frobnicate"'),
    });
    expect(await run('list', '--status', 'lost', '--db', dbPath)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown status "lost"'),
    });
    expect(await run('list', '--bogus')).toMatchObject({ code: 2, err: expect.stringContaining('--bogus') });
    expect(await run('show', '--db', dbPath)).toMatchObject({ code: 2, err: expect.stringContaining('usage: redaksi show') });
    expect(await run()).toMatchObject({ code: 2 });
    const noStore = await run('list', '--db', join(dir, 'absent.db'));
    expect(noStore).toMatchObject({ code: 1, err: expect.stringContaining('no article store at') });
    expect(existsSync(join(dir, 'absent.db'))).toBe(false);
  });

  it('runs as the built `redaksi` bin on plain Node, taking REDAKSI_DB', async () => {
    const bin = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');
    expect(existsSync(bin), 'run `npm run build` first').toBe(true);
    const out = execFileSync(process.execPath, [bin, 'list'], { env: { ...process.env, REDAKSI_DB: dbPath }, encoding: 'utf8' });
    expect(out).toContain('Harga beras');
    const failed = spawnSync(process.execPath, [bin, 'show', 'tidak-ada', '--db', dbPath], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('No article');
  });
});
