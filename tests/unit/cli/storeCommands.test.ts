// `redaksi backup|restore|check|backups`, and every command's answer to a store it cannot open.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rollingBackup } from '../../../db/backups';
import { run } from '../../fixtures/cliRunner';
import { breakForeignKey, bytesOf, damagePages, writeGarbage, writeNewerStore, writeStore } from '../../fixtures/storeFiles';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-cli-store-'));
  dbPath = join(dir, 'redaksi.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('redaksi backup / restore / check', () => {
  it('backs up to a file, which restores the store after it is lost', async () => {
    writeStore(dbPath, ['Berita penting']);
    const out = join(dir, 'cadangan.db');
    const backup = await run('backup', '--out', out, '--db', dbPath);
    expect(backup).toMatchObject({ code: 0, out: `Backed up ${dbPath} to ${out}.` });
    expect(await run('backup', '--out', out, '--db', dbPath)).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });

    writeGarbage(dbPath);
    const damaged = bytesOf(dbPath);
    const restored = await run('restore', out, '--db', dbPath);
    expect(restored.code).toBe(0);
    const aside = /kept at (.+)\.$/.exec(restored.out)![1]!;
    expect(bytesOf(aside).equals(damaged)).toBe(true);
    expect((await run('list', '--db', dbPath)).out).toContain('Berita penting');
  });

  it('restore refuses a bad file with a clear message and leaves the store as it was', async () => {
    writeStore(dbPath, ['Jangan disentuh']);
    const before = bytesOf(dbPath);
    const bad = join(dir, 'rusak.db');
    writeGarbage(bad);
    const result = await run('restore', bad, '--db', dbPath);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot be restored.*Nothing was changed/);
    expect(bytesOf(dbPath).equals(before)).toBe(true);
    expect(await run('restore', join(dir, 'tidak-ada.db'), '--db', dbPath)).toMatchObject({ code: 1 });
  });

  it('check: exit 0 on a healthy store, 1 with the problems on damage', async () => {
    writeStore(dbPath, ['Sehat']);
    expect(await run('check', '--db', dbPath)).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: /) });

    const fk = join(dir, 'fk.db');
    writeStore(fk, ['Satu', 'Dua']);
    breakForeignKey(fk);
    const fkResult = await run('check', '--db', fk);
    expect(fkResult.code).toBe(1);
    expect(fkResult.err).toMatch(/foreign key: revisions/);

    const pages = join(dir, 'pages.db');
    writeStore(
      pages,
      Array.from({ length: 200 }, (_, i) => `Artikel ${i} ${'isi '.repeat(50)}`),
    );
    damagePages(pages);
    expect(await run('check', '--db', pages)).toMatchObject({ code: 1, err: expect.stringContaining('is damaged') });
  });

  it('lists the automatic backups', async () => {
    writeStore(dbPath, ['Satu']);
    expect((await run('backups', '--db', dbPath)).out).toMatch(/No automatic backups yet/);
    const db = new Database(dbPath);
    await rollingBackup(db, dbPath, 'daily', new Date('2026-02-03T04:05:06.007Z'));
    db.close();
    expect((await run('backups', '--db', dbPath)).out).toMatch(/^2026-02-03T04:05:06.007Z {2}daily/);
  });

  it('every command exits 1 with a clear message on a corrupt or newer store, and never writes it', async () => {
    writeGarbage(dbPath);
    const newer = join(dir, 'newer.db');
    writeNewerStore(newer);
    for (const [path, message] of [
      [dbPath, /not a database|corrupt/i],
      [newer, /newer version of Redaksi/],
    ] as const) {
      const before = bytesOf(path);
      for (const args of [
        ['list'],
        ['search', 'x'],
        ['show', 'x'],
        ['export', 'x', '--out', join(dir, 'out')],
        ['import', join(dir, 'nope.txt')],
      ]) {
        const result = await run(...args, '--db', path);
        expect(result.code, args.join(' ')).toBe(1);
        if (args[0] !== 'import') expect(result.err, args.join(' ')).toMatch(message);
      }
      expect(bytesOf(path).equals(before)).toBe(true);
    }
    expect(readdirSync(dir).some((name) => name.endsWith('-backups'))).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
