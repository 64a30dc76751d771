// Rolling backups of the article store, made with SQLite's online backup API (a consistent copy
// while the store stays open), plus the checks and the restore that use them.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SCHEMA_VERSION } from './migrations';

export const BACKUP_REASONS = ['quit', 'daily', 'migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How many backups of each kind are kept; older ones are deleted after a new one is written. */
export const BACKUPS_KEPT: Record<BackupReason, number> = { quit: 5, daily: 7, migration: 3 };
export const DAILY_BACKUP_MS = 24 * 60 * 60 * 1000;

export interface BackupInfo {
  file: string;
  name: string;
  reason: BackupReason;
  createdAt: string;
  bytes: number;
}

export interface BackupOptions {
  nativeBinding?: string;
}

/** Backups live beside the store: redaksi.db → redaksi-backups/. */
export function backupDirFor(dbPath: string): string {
  return dbPath.replace(/\.[^./\\]+$/, '') + '-backups';
}

const NAME_PATTERN = /^redaksi-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z]+)\.db$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): string {
  const [day, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

/** Copies an open store to `file` with the online backup API; resolves once the copy is complete on disk. */
export async function backupTo(db: Database.Database, file: string, options: BackupOptions = {}): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await db.backup(partial);
  standalone(partial, options.nativeBinding);
  // Renamed only when complete, so a crash mid-backup never leaves a half file that looks like a backup.
  renameSync(partial, file);
}

/** The copy keeps the store's WAL mode; in rollback mode it is one file, and reading it leaves no -wal/-shm beside it. */
function standalone(file: string, nativeBinding?: string): void {
  const copy = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** A rolling backup of `reason` in the store's backup folder; prunes the oldest of that kind. */
export async function rollingBackup(
  db: Database.Database,
  dbPath: string,
  reason: BackupReason,
  now = new Date(),
  options: BackupOptions = {},
): Promise<BackupInfo> {
  const dir = backupDirFor(dbPath);
  const name = `redaksi-${stampOf(now)}-${reason}.db`;
  await backupTo(db, join(dir, name), options);
  const kept = listBackups(dbPath).filter((backup) => backup.reason === reason);
  for (const old of kept.slice(BACKUPS_KEPT[reason])) rmSync(old.file, { force: true });
  return listBackups(dbPath).find((backup) => backup.name === name)!;
}

/** The store's backups, newest first. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDirFor(dbPath);
  if (!existsSync(dir)) return [];
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const match = NAME_PATTERN.exec(name);
    if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[2]!)) continue;
    const file = join(dir, name);
    backups.push({ file, name, reason: match[2] as BackupReason, createdAt: dateOfStamp(match[1]!), bytes: statSync(file).size });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function dailyBackupDue(dbPath: string, now = new Date()): boolean {
  const newest = listBackups(dbPath)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAILY_BACKUP_MS;
}

export interface CheckReport {
  ok: boolean;
  problems: string[];
  schemaVersion: number | null;
}

/** `PRAGMA integrity_check` and `foreign_key_check` on a store file, opened read-only. Never throws. */
export function checkStoreFile(file: string, options: BackupOptions = {}): CheckReport {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    return { ok: false, problems: [`cannot open: ${(error as Error).message}`], schemaVersion: null };
  }
  try {
    return checkOpenStore(db);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message], schemaVersion: null };
  } finally {
    db.close();
  }
}

export function checkOpenStore(db: Database.Database): CheckReport {
  const problems: string[] = [];
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
  const foreign = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  for (const row of foreign) problems.push(`foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
  if (schemaVersion > SCHEMA_VERSION)
    problems.push(`written by a newer Redaksi (schema ${schemaVersion}; this one knows ${SCHEMA_VERSION})`);
  const hasArticles = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'articles'").get();
  if (!hasArticles) problems.push('not a Redaksi article store (no articles table)');
  return { ok: problems.length === 0, problems, schemaVersion };
}

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreError';
  }
}

/**
 * A store open elsewhere (the app, another terminal) must not be swapped underneath it: that process
 * would go on writing into the file moved aside. In WAL mode every open connection holds a shared
 * lock on the file, so an exclusive lock is refused while anyone has it open.
 */
function refuseIfInUse(dbPath: string, options: BackupOptions): void {
  if (!existsSync(dbPath)) return;
  let db: Database.Database;
  try {
    db = new Database(dbPath, { fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch {
    return; // unreadable: nobody can be using it as a store either
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('BEGIN EXCLUSIVE').run();
    db.prepare('ROLLBACK').run();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY')
      throw new RestoreError(`${dbPath} is open in Redaksi or another program; close it first. Nothing was changed.`);
  } finally {
    db.close();
  }
}

/** Where a store that is replaced by a restore is kept: never deleted, only moved aside. */
export function asideNameFor(dbPath: string, now = new Date()): string {
  return join(dirname(dbPath), `${basename(dbPath).replace(/\.[^.]+$/, '')}.replaced-${stampOf(now)}.db`);
}

/**
 * Replaces the store at `dbPath` with the backup `file`: the backup is checked first (integrity,
 * foreign keys, a schema this version knows), the current store and its WAL are moved aside, and the
 * copy is written under a temporary name and renamed into place. The store must not be open.
 */
export async function restoreBackup(
  dbPath: string,
  file: string,
  options: BackupOptions = {},
  now = new Date(),
): Promise<{ asidePath: string | null }> {
  refuseIfInUse(dbPath, options);
  const report = checkStoreFile(file, options);
  if (!report.ok) throw new RestoreError(`${file} cannot be restored: ${report.problems.join('; ')}. Nothing was changed.`);
  const source = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  const incoming = `${dbPath}.restoring`;
  try {
    rmSync(incoming, { force: true });
    mkdirSync(dirname(dbPath), { recursive: true });
    await source.backup(incoming);
    standalone(incoming, options.nativeBinding);
  } finally {
    source.close();
  }
  let asidePath: string | null = null;
  if (existsSync(dbPath)) {
    asidePath = asideNameFor(dbPath, now);
    renameSync(dbPath, asidePath);
    for (const suffix of ['-wal', '-shm']) if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, asidePath + suffix);
  }
  renameSync(incoming, dbPath);
  return { asidePath };
}

/**
 * Before an older store is migrated, a copy of it as it was goes to the backup folder. Files that
 * are not an older Redaksi store are left for the opener to report; a failed backup stops the open.
 */
export async function backupBeforeMigration(dbPath: string, options: BackupOptions = {}): Promise<BackupInfo | null> {
  if (!existsSync(dbPath)) return null;
  let db: Database.Database;
  let version: number;
  try {
    db = new Database(dbPath, { fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch {
    return null;
  }
  try {
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch {
      return null;
    }
    if (version === 0 || version >= SCHEMA_VERSION) return null;
    return await rollingBackup(db, dbPath, 'migration', new Date(), options);
  } finally {
    db.close();
  }
}
