// The composition root's hold on its store: a bad store file gives a recovery screen, never a crash
// and never an overwrite; backups are made daily, at quit and before a migration.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { run } from '../../fixtures/cliRunner';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listBackups, rollingBackup } from '../../../db/backups';
import { createService, type Service } from '../../../electron/service/createService';
import type { StoreStatus } from '../../../shared/contract/channels';
import { bytesOf, writeGarbage, writeNewerStore, writeOlderStore, writeStore } from '../../fixtures/storeFiles';

let dir: string;
let dbPath: string;
let host: Service | null = null;
let quits = 0;
const logged: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-host-'));
  dbPath = join(dir, 'redaksi.db');
  quits = 0;
  logged.length = 0;
});
afterEach(async () => {
  await host?.close();
  host = null;
  rmSync(dir, { recursive: true, force: true });
});

async function start(path = dbPath): Promise<Service> {
  const service = await createService(path, {
    mode: 'browser',
    version: 'test',
    rollingBackups: true,
    quit: () => quits++,
    log: (m) => logged.push(m),
  });
  host = service;
  return service;
}

async function status(h: Service): Promise<StoreStatus> {
  const result = await h.dispatch('store:status', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as StoreStatus;
}

async function headlines(h: Service): Promise<string[]> {
  const result = await h.dispatch('articles:list', {});
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { items: Array<{ headline: string }> }).items.map((a) => a.headline).sort();
}

/** A good store with a daily backup. */
async function backedUpStore(headline: string): Promise<void> {
  writeStore(dbPath, [headline]);
  const db = new Database(dbPath);
  await rollingBackup(db, dbPath, 'daily');
  db.close();
}

/** A good store with a daily backup, whose file is then replaced by garbage. */
async function damagedStoreWithBackup(): Promise<void> {
  await backedUpStore('Tersimpan di cadangan');
  writeGarbage(dbPath);
}

describe('createService: the store and its recovery', () => {
  it('opens a healthy store and makes the first daily backup', async () => {
    writeStore(dbPath, ['Satu']);
    const h = await start();
    expect(await status(h)).toMatchObject({ state: 'open', path: dbPath });
    expect(await headlines(h)).toEqual(['Satu']);
    await expect.poll(() => listBackups(dbPath).map((b) => b.reason)).toEqual(['daily']);
  });

  it('backs up at quit and closes the store cleanly', async () => {
    writeStore(dbPath, ['Satu']);
    const h = await start();
    await h.dispatch('articles:create', { headline: 'Ditulis sebelum keluar' });
    await h.close();
    host = null;
    const quit = listBackups(dbPath).find((b) => b.reason === 'quit');
    expect(quit).toBeDefined();
    const copy = new Database(quit!.file, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
    copy.close();
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('backs up an older store before migrating it', async () => {
    writeOlderStore(dbPath, 'Artikel lama');
    const h = await start();
    expect(await headlines(h)).toEqual(['Artikel lama']);
    expect(listBackups(dbPath).map((b) => b.reason)).toContain('migration');
  });

  for (const [label, write, reason] of [
    ['corrupt', writeGarbage, 'corrupt'],
    ['newer', writeNewerStore, 'newer_version'],
  ] as const) {
    it(`stays up with a ${label} store, refuses every other call, and leaves the file untouched`, async () => {
      write(dbPath);
      const before = bytesOf(dbPath);
      const h = await start();
      const s = await status(h);
      expect(s).toMatchObject({ state: 'unavailable', reason, path: dbPath, canChooseFile: false });
      if (s.state === 'unavailable') expect(s.message).toContain(dbPath);
      const list = await h.dispatch('articles:list', {});
      expect(list).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
      const create = await h.dispatch('articles:create', { headline: 'x' });
      expect(create).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
      await h.close();
      host = null;
      expect(bytesOf(dbPath).equals(before)).toBe(true);
      expect(listBackups(dbPath)).toEqual([]);
    });
  }

  it('restores a backup from the problem screen, keeping the damaged file aside', async () => {
    await damagedStoreWithBackup();
    const damaged = bytesOf(dbPath);
    const h = await start();
    const s = await status(h);
    expect(s.state).toBe('unavailable');
    const restored = await h.dispatch('store:restoreBackup', { name: s.backups[0]!.name });
    expect(restored).toMatchObject({ ok: true, value: { state: 'open' } });
    expect(await headlines(h)).toEqual(['Tersimpan di cadangan']);
    const aside = readdirSync(dir).find((name) => name.includes('.replaced-'));
    expect(aside && bytesOf(join(dir, aside)).equals(damaged)).toBe(true);
  });

  it('refuses backup names that are not its own backups (no paths)', async () => {
    await damagedStoreWithBackup();
    const h = await start();
    for (const name of ['../redaksi.db', '/etc/passwd', 'redaksi-2026-01-01T00-00-00-000Z-daily.db']) {
      const result = await h.dispatch('store:restoreBackup', { name });
      expect(result.ok).toBe(false);
    }
    expect((await status(h)).state).toBe('unavailable');
  });

  it('opens another store file by path; refuses relative and missing paths', async () => {
    writeGarbage(dbPath);
    const other = join(dir, 'lain.db');
    writeStore(other, ['Di berkas lain']);
    const h = await start();
    expect(await h.dispatch('store:openOther', { path: 'lain.db' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await h.dispatch('store:openOther', { path: join(dir, 'tidak-ada.db') })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(existsSync(join(dir, 'tidak-ada.db'))).toBe(false);
    expect(await h.dispatch('store:openOther', { path: other })).toMatchObject({ ok: true, value: { state: 'open', path: other } });
    expect(await headlines(h)).toEqual(['Di berkas lain']);
  });

  it('asks the quit callback to stop the app', async () => {
    writeGarbage(dbPath);
    const h = await start();
    expect(await h.dispatch('app:quit', {})).toEqual({ ok: true, value: {} });
    expect(quits).toBe(1);
  });

  it('a restored backup that is older gets migrated like any older store', async () => {
    writeOlderStore(join(dir, 'old.db'), 'Lama sekali');
    writeGarbage(dbPath);
    // Put the old store in the backup folder under a backup name, as an old Redaksi would have left it.
    const h = await start();
    const backups = join(dir, 'redaksi-backups');
    rmSync(backups, { recursive: true, force: true });
    mkdirSync(backups);
    copyFileSync(join(dir, 'old.db'), join(backups, 'redaksi-2025-01-01T00-00-00-000Z-daily.db'));
    const result = await h.dispatch('store:restoreBackup', { name: 'redaksi-2025-01-01T00-00-00-000Z-daily.db' });
    expect(result).toMatchObject({ ok: true, value: { state: 'open' } });
    expect(await headlines(h)).toEqual(['Lama sekali']);
  });

  it('a store that is gone where one was kept is reported with its backups, never replaced by a new empty one', async () => {
    await backedUpStore('Jangan hilang');
    rmSync(dbPath);
    const h = await start();
    const s = await status(h);
    expect(s).toMatchObject({ state: 'unavailable', reason: 'missing' });
    if (s.state === 'unavailable') {
      expect(s.message).toMatch(/missing, but a store was kept there before \(1 backup\)/);
      expect(s.backups).toHaveLength(1);
    }
    expect(existsSync(dbPath)).toBe(false);
    // The backup brings it back.
    expect(await h.dispatch('store:restoreBackup', { name: s.backups[0]!.name })).toMatchObject({ ok: true, value: { state: 'open' } });
    expect(await headlines(h)).toEqual(['Jangan hilang']);
  });

  it('the CLI says the store is missing and points at the backups; even an import does not start an empty one', async () => {
    await backedUpStore('Jangan hilang');
    rmSync(dbPath);
    const list = await run('list', '--db', dbPath);
    expect(list).toMatchObject({
      code: 1,
      err: expect.stringMatching(/missing, but a store was kept there before[\s\S]*redaksi restore FILE/),
    });
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, 'Judul\n\nIsi.');
    expect(await run('import', draft, '--db', dbPath)).toMatchObject({ code: 1, err: expect.stringContaining('missing') });
    expect(existsSync(dbPath)).toBe(false);
  });

  it('opening another file that is not a Redaksi store refuses it untouched', async () => {
    writeStore(dbPath, ['Punya kita']);
    const foreign = join(dir, 'kontak.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('Sumber rahasia', '0812')");
    other.close();
    const before = bytesOf(foreign);
    const h = await start();
    const result = await h.dispatch('store:openOther', { path: foreign });
    expect(result).toMatchObject({ ok: true, value: { state: 'unavailable', reason: 'foreign' } });
    expect(bytesOf(foreign).equals(before)).toBe(true);
    expect(existsSync(`${foreign}-wal`)).toBe(false);
  });
});
