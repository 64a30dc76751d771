// Rolling backups, the store check and restore: a damaged or lost store can be brought back.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../db/articleStore';
import {
  BACKUPS_KEPT,
  backupBeforeMigration,
  backupDirFor,
  checkStoreFile,
  dailyBackupDue,
  listBackups,
  restoreBackup,
  rollingBackup,
} from '../../../db/backups';
import { openDatabase } from '../../../db/openStore';
import { SCHEMA_VERSION } from '../../../db/migrations';
import {
  breakForeignKey,
  bytesOf,
  damagePages,
  writeGarbage,
  writeNewerStore,
  writeOlderStore,
  writeStore,
} from '../../fixtures/storeFiles';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-backup-'));
  dbPath = join(dir, 'redaksi.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function headlines(path: string): string[] {
  const store = new ArticleStore(openDatabase(path, { readonly: true }));
  try {
    return store
      .list(undefined)
      .map((a) => a.headline)
      .sort();
  } finally {
    store.db.close();
  }
}

describe('rolling backups', () => {
  it('copies the open store, including saves still in the WAL, without closing it', async () => {
    const store = new ArticleStore(openDatabase(dbPath));
    store.create({ headline: 'Sebelum cadangan' });
    const backup = await rollingBackup(store.db, dbPath, 'daily');
    store.create({ headline: 'Sesudah cadangan' });
    expect(backup.file.startsWith(backupDirFor(dbPath))).toBe(true);
    expect(backup.reason).toBe('daily');
    expect(checkStoreFile(backup.file).ok).toBe(true);
    expect(headlines(backup.file)).toEqual(['Sebelum cadangan']);
    expect(store.list(undefined)).toHaveLength(2);
    store.db.close();
  });

  it(`keeps the newest ${BACKUPS_KEPT.quit} quit backups and leaves other kinds alone`, async () => {
    writeStore(dbPath, ['Satu']);
    const db = new Database(dbPath);
    const start = Date.parse('2026-01-01T00:00:00Z');
    await rollingBackup(db, dbPath, 'daily', new Date(start));
    for (let i = 1; i <= BACKUPS_KEPT.quit + 3; i++) await rollingBackup(db, dbPath, 'quit', new Date(start + i * 60_000));
    db.close();
    const backups = listBackups(dbPath);
    expect(backups.filter((b) => b.reason === 'quit')).toHaveLength(BACKUPS_KEPT.quit);
    expect(backups.filter((b) => b.reason === 'daily')).toHaveLength(1);
    // Newest first, and the oldest quit backups were the ones removed.
    expect(backups[0]!.createdAt).toBe(new Date(start + (BACKUPS_KEPT.quit + 3) * 60_000).toISOString());
    expect(readdirSync(backupDirFor(dbPath)).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('is due daily: none yet, or the newest is a day old', async () => {
    expect(dailyBackupDue(dbPath)).toBe(true);
    writeStore(dbPath, ['Satu']);
    const db = new Database(dbPath);
    const made = new Date('2026-03-01T08:00:00Z');
    await rollingBackup(db, dbPath, 'quit', made);
    db.close();
    expect(dailyBackupDue(dbPath, new Date('2026-03-01T20:00:00Z'))).toBe(false);
    expect(dailyBackupDue(dbPath, new Date('2026-03-02T08:00:01Z'))).toBe(true);
  });

  it('backs up an older store before it is migrated, and only then', async () => {
    writeOlderStore(dbPath, 'Artikel lama');
    const backup = await backupBeforeMigration(dbPath);
    expect(backup?.reason).toBe('migration');
    const db = new Database(backup!.file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
    openDatabase(dbPath).close();
    // Current now: nothing more to back up.
    expect(await backupBeforeMigration(dbPath)).toBeNull();
    expect(listBackups(dbPath)).toHaveLength(1);
  });

  it('makes no migration backup of a missing, garbage or newer file (the opener reports those)', async () => {
    expect(await backupBeforeMigration(dbPath)).toBeNull();
    writeGarbage(dbPath);
    expect(await backupBeforeMigration(dbPath)).toBeNull();
    writeNewerStore(join(dir, 'newer.db'));
    expect(await backupBeforeMigration(join(dir, 'newer.db'))).toBeNull();
  });
});

describe('check', () => {
  it('passes a healthy store', () => {
    writeStore(dbPath, ['Satu', 'Dua']);
    expect(checkStoreFile(dbPath)).toEqual({ ok: true, problems: [], schemaVersion: SCHEMA_VERSION });
  });

  it('reports damaged pages', () => {
    writeStore(
      dbPath,
      Array.from({ length: 200 }, (_, i) => `Artikel nomor ${i} ${'isi '.repeat(50)}`),
    );
    damagePages(dbPath);
    const report = checkStoreFile(dbPath);
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it('reports a broken foreign key', () => {
    const store = new ArticleStore(openDatabase(dbPath));
    const a = store.create({ headline: 'Yatim' });
    store.save({ id: a.id, baseRevision: a.revision, kind: 'manual', fields: { ...store.get(a.id), headline: 'Yatim 2' } });
    store.db.close();
    breakForeignKey(dbPath);
    const report = checkStoreFile(dbPath);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/foreign key: revisions/);
  });

  it('reports garbage, a missing file and a newer schema without throwing', () => {
    writeGarbage(dbPath);
    expect(checkStoreFile(dbPath).ok).toBe(false);
    expect(checkStoreFile(join(dir, 'nope.db')).problems[0]).toMatch(/cannot open/);
    writeNewerStore(join(dir, 'newer.db'));
    expect(checkStoreFile(join(dir, 'newer.db')).problems.join()).toMatch(/newer Redaksi/);
  });
});

describe('restore', () => {
  it('replaces the store with the backup and keeps the replaced file aside, byte for byte', async () => {
    writeStore(dbPath, ['Yang dicadangkan']);
    const db = new Database(dbPath);
    const backup = await rollingBackup(db, dbPath, 'daily');
    db.close();
    writeGarbage(dbPath);
    const damaged = bytesOf(dbPath);
    const { asidePath } = await restoreBackup(dbPath, backup.file);
    expect(headlines(dbPath)).toEqual(['Yang dicadangkan']);
    expect(bytesOf(asidePath!).equals(damaged)).toBe(true);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    writeStore(dbPath, ['Tetap di sini']);
    const before = bytesOf(dbPath);
    const bad = join(dir, 'bad.db');
    writeGarbage(bad);
    await expect(restoreBackup(dbPath, bad)).rejects.toThrow(/cannot be restored.*Nothing was changed/);
    const newer = join(dir, 'newer.db');
    writeNewerStore(newer);
    await expect(restoreBackup(dbPath, newer)).rejects.toThrow(/newer Redaksi/);
    expect(bytesOf(dbPath).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['bad.db', 'newer.db', 'redaksi.db']);
  });

  it('restores where no store exists yet', async () => {
    const source = join(dir, 'other.db');
    writeStore(source, ['Dari tempat lain']);
    expect((await restoreBackup(dbPath, source)).asidePath).toBeNull();
    expect(existsSync(dbPath)).toBe(true);
    expect(headlines(dbPath)).toEqual(['Dari tempat lain']);
  });
});

describe('restore while the store is open', () => {
  it('is refused while another connection has the store open, and allowed once it closes', async () => {
    writeStore(dbPath, ['Sedang dipakai']);
    const source = join(dir, 'other.db');
    writeStore(source, ['Cadangan']);
    const inUse = openDatabase(dbPath);
    inUse.prepare('SELECT count(*) FROM articles').get();
    const before = bytesOf(dbPath);
    await expect(restoreBackup(dbPath, source)).rejects.toThrow(/open in Redaksi or another program/);
    expect(bytesOf(dbPath).equals(before)).toBe(true);
    inUse.close();
    await restoreBackup(dbPath, source);
    expect(headlines(dbPath)).toEqual(['Cadangan']);
  });
});
