// Backups of the article store that hold everything needed to restore the library: the database,
// copied with SQLite's online backup API (a consistent copy while the store stays open), and every
// image it uses. Rolling backups share one content-addressed image pool in the backup folder (each
// image kept once, however many backups use it); `backup --out FILE` embeds the images in FILE.
// Restoring checks it all (integrity, foreign keys, schema, every image by its SHA-256) before it
// changes anything, and swaps the store in with one atomic rename.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  createReadStream,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { assetDirFor } from './assetStore';
import { SCHEMA_VERSION } from './migrations';
import { isRedaksiStore } from './storeIdentity';
import { writeDurably } from './writeDurably';

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

/** The image pool of the backups in a folder: one file per image, named by the SHA-256 of its bytes. */
export function imagePoolFor(backupFile: string): string {
  return join(dirname(backupFile), 'images');
}

const NAME_PATTERN = /^redaksi-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z]+)\.db$/;
/** The table in a backup file that lists its images (and, in an embedded backup, holds them). */
const IMAGES_TABLE = 'backup_images';

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function dateOfStamp(stamp: string): string {
  const [day, time] = stamp.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${day}T${h}:${m}:${s}.${ms}Z`;
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

interface AssetRow {
  id: string;
  file_name: string;
  file_sha256: string | null;
}

function assetRows(db: Database.Database): AssetRow[] {
  const columns = (db.pragma('table_info(assets)') as Array<{ name: string }>).map((c) => c.name);
  if (columns.length === 0) return [];
  const sha = columns.includes('file_sha256') ? 'file_sha256' : 'NULL AS file_sha256';
  return db.prepare(`SELECT id, file_name, ${sha} FROM assets ORDER BY id`).all() as AssetRow[];
}

/** SHA-256 of a file, read in chunks off the main thread's way (the app makes backups while windows are open). */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Copies an image into the pool under the hash of the bytes copied; whole or absent. */
async function poolCopy(live: string, pool: string): Promise<{ sha256: string; bytes: number }> {
  await mkdir(pool, { recursive: true });
  const partial = join(pool, `.incoming-${process.pid}-${Date.now()}`);
  await copyFile(live, partial);
  const hash = await hashFile(partial);
  const target = join(pool, hash);
  const handle = await open(partial, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, target);
  return { sha256: hash, bytes: (await stat(target)).size };
}

/**
 * Copies an open store to `file` with its images; resolves once the copy is complete on disk.
 * `images: 'pool'` keeps each image once in the backup folder's pool; 'embedded' puts them in the
 * file. Returns the hashes it had to compute, for the store to remember.
 */
export async function backupTo(
  db: Database.Database,
  file: string,
  assetDir: string,
  images: 'pool' | 'embedded',
  options: BackupOptions = {},
): Promise<Map<string, string>> {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await db.backup(partial);
  const computed = new Map<string, string>();
  const copy = new Database(partial, { fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    // The copy keeps the store's WAL mode; in rollback mode it is one file, and reading it leaves no -wal/-shm beside it.
    copy.pragma('journal_mode = DELETE');
    copy.exec(
      `CREATE TABLE ${IMAGES_TABLE} (id TEXT PRIMARY KEY NOT NULL, file_name TEXT NOT NULL, sha256 TEXT, bytes INTEGER, data BLOB)`,
    );
    const insert = copy.prepare(`INSERT INTO ${IMAGES_TABLE} (id, file_name, sha256, bytes, data) VALUES (?, ?, ?, ?, ?)`);
    const pool = imagePoolFor(file);
    for (const row of assetRows(copy)) {
      const live = join(assetDir, row.file_name);
      if (!existsSync(live)) {
        // Already gone from the store: the backup says so, and a restore will too.
        insert.run(row.id, row.file_name, null, null, null);
        continue;
      }
      if (images === 'embedded') {
        const data = await readFile(live);
        insert.run(row.id, row.file_name, sha256(data), data.byteLength, data);
        continue;
      }
      const pooled = row.file_sha256 ? join(pool, row.file_sha256) : null;
      if (pooled && existsSync(pooled)) {
        insert.run(row.id, row.file_name, row.file_sha256, statSync(pooled).size, null);
        continue;
      }
      const copied = await poolCopy(live, pool);
      if (row.file_sha256 && copied.sha256 !== row.file_sha256) {
        throw new Error(`the image file ${row.file_name} no longer matches its checksum; run "redaksi check"`);
      }
      if (!row.file_sha256) computed.set(row.id, copied.sha256);
      insert.run(row.id, row.file_name, copied.sha256, copied.bytes, null);
    }
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  // Renamed only when complete, so a crash mid-backup never leaves a half file that looks like a backup.
  renameSync(partial, file);
  return computed;
}

/** A rolling backup of `reason` in the store's backup folder; prunes the oldest of that kind and the images no backup uses. */
export async function rollingBackup(
  db: Database.Database,
  dbPath: string,
  reason: BackupReason,
  now = new Date(),
  options: BackupOptions = {},
): Promise<BackupInfo> {
  const dir = backupDirFor(dbPath);
  const name = `redaksi-${stampOf(now)}-${reason}.db`;
  const computed = await backupTo(db, join(dir, name), assetDirFor(dbPath), 'pool', options);
  rememberHashes(db, computed);
  const kept = listBackups(dbPath).filter((backup) => backup.reason === reason);
  for (const old of kept.slice(BACKUPS_KEPT[reason])) rmSync(old.file, { force: true });
  prunePool(dbPath, options);
  return listBackups(dbPath).find((backup) => backup.name === name)!;
}

/** Images stored before their checksum was recorded get it now, so the next backup need not read them again. */
function rememberHashes(db: Database.Database, computed: Map<string, string>): void {
  if (computed.size === 0 || db.readonly) return;
  const columns = (db.pragma('table_info(assets)') as Array<{ name: string }>).map((c) => c.name);
  if (!columns.includes('file_sha256')) return; // an older store, about to be migrated
  const update = db.prepare('UPDATE assets SET file_sha256 = ? WHERE id = ? AND file_sha256 IS NULL');
  db.transaction(() => {
    for (const [id, hash] of computed) update.run(hash, id);
  })();
}

/** Deletes pooled images that no remaining backup lists. A backup that cannot be read keeps everything. */
function prunePool(dbPath: string, options: BackupOptions): void {
  const pool = join(backupDirFor(dbPath), 'images');
  if (!existsSync(pool)) return;
  const used = new Set<string>();
  for (const backup of listBackups(dbPath)) {
    try {
      for (const image of imagesOf(backup.file, options)) if (image.sha256) used.add(image.sha256);
    } catch {
      return;
    }
  }
  for (const name of readdirSync(pool)) if (/^[0-9a-f]{64}$/.test(name) && !used.has(name)) rmSync(join(pool, name), { force: true });
}

interface BackupImage {
  id: string;
  file_name: string;
  sha256: string | null;
  embedded: boolean;
}

/** The images a backup file lists; null when it was made by an older Redaksi that kept no images. */
function imagesOf(file: string, options: BackupOptions): BackupImage[] {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '${IMAGES_TABLE}'`).get();
    if (!table) return [];
    return (
      db.prepare(`SELECT id, file_name, sha256, data IS NOT NULL AS embedded FROM ${IMAGES_TABLE}`).all() as Array<
        Omit<BackupImage, 'embedded'> & { embedded: number }
      >
    ).map((row) => ({ ...row, embedded: row.embedded === 1 }));
  } finally {
    db.close();
  }
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
  if (!hasArticles || !isRedaksiStore(db)) problems.push('not a Redaksi article store');
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

/** Every image a backup needs, verified by hash; problems are listed, nothing is written. */
function verifiedImages(
  file: string,
  dbPath: string,
  options: BackupOptions,
): { images: Map<string, Uint8Array>; problems: string[]; notes: string[] } {
  const images = new Map<string, Uint8Array>();
  const problems: string[] = [];
  const notes: string[] = [];
  const listed = imagesOf(file, options);
  if (listed.length === 0) {
    // A backup from before images were backed up: the images must still be in the store's folder.
    const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    let rows: AssetRow[];
    try {
      rows = assetRows(db);
    } finally {
      db.close();
    }
    const missing = rows.filter((row) => !existsSync(join(assetDirFor(dbPath), row.file_name)));
    if (missing.length)
      problems.push(`it holds no images (made by an older Redaksi) and ${missing.length} of its images are not in ${assetDirFor(dbPath)}`);
    return { images, problems, notes };
  }
  const embedded = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    const blob = embedded.prepare(`SELECT data FROM ${IMAGES_TABLE} WHERE id = ?`).pluck();
    let absent = 0;
    for (const image of listed) {
      if (!image.sha256) {
        absent++;
        continue;
      }
      const pooled = join(imagePoolFor(file), image.sha256);
      const data = image.embedded ? (blob.get(image.id) as Buffer) : existsSync(pooled) ? readFileSync(pooled) : null;
      if (!data) problems.push(`image ${image.id.slice(0, 12)}… is missing from ${imagePoolFor(file)}`);
      else if (sha256(data) !== image.sha256) problems.push(`image ${image.id.slice(0, 12)}… is damaged (its checksum does not match)`);
      else images.set(image.file_name, data);
      if (problems.length > 20) break;
    }
    if (absent)
      notes.push(`${absent} ${absent === 1 ? 'image was' : 'images were'} already missing from the store when this backup was made`);
  } finally {
    embedded.close();
  }
  return { images, problems, notes };
}

/**
 * Replaces the store at `dbPath` with the backup `file`. Everything is checked first (integrity,
 * foreign keys, a schema this version knows, every image by hash). Then the images go into the
 * store's image folder, the database is prepared as `<store>.restoring`, the current store is kept
 * aside (a hard link, so the live path never disappears), and one atomic rename puts the backup in
 * place: a crash at any moment leaves either the old store or the restored one, never none.
 */
export async function restoreBackup(
  dbPath: string,
  file: string,
  options: BackupOptions = {},
  now = new Date(),
): Promise<{ asidePath: string | null; notes: string[] }> {
  refuseIfInUse(dbPath, options);
  const report = checkStoreFile(file, options);
  if (!report.ok) throw new RestoreError(`${file} cannot be restored: ${report.problems.join('; ')}. Nothing was changed.`);
  const { images, problems, notes } = verifiedImages(file, dbPath, options);
  if (problems.length) throw new RestoreError(`${file} cannot be restored: ${problems.join('; ')}. Nothing was changed.`);

  const assetDir = assetDirFor(dbPath);
  for (const [fileName, data] of images) {
    const target = join(assetDir, fileName);
    if (existsSync(target) && sha256(readFileSync(target)) === sha256(data)) continue;
    writeDurably(target, data);
  }

  const incoming = `${dbPath}.restoring`;
  rmSync(incoming, { force: true });
  mkdirSync(dirname(dbPath), { recursive: true });
  const source = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    await source.backup(incoming);
  } finally {
    source.close();
  }
  const prepared = new Database(incoming, { fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    prepared.exec(`DROP TABLE IF EXISTS ${IMAGES_TABLE}`);
    prepared.pragma('journal_mode = DELETE');
  } finally {
    prepared.close();
  }
  fsyncFile(incoming);

  let asidePath: string | null = null;
  if (existsSync(dbPath)) {
    asidePath = asideNameFor(dbPath, now);
    keepAside(dbPath, asidePath, options);
  }
  renameSync(incoming, dbPath);
  rmSync(`${dbPath}-shm`, { force: true });
  return { asidePath, notes };
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Keeps the current store at `asidePath` while it stays at `dbPath` too. Its WAL is folded in first
 * (so no log is left to be read against the restored file); a WAL that cannot be folded (a damaged
 * store) moves aside with it.
 */
function keepAside(dbPath: string, asidePath: string, options: BackupOptions): void {
  try {
    const db = new Database(dbPath, { fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // Damaged beyond a checkpoint: the WAL is moved aside below, untouched.
  }
  try {
    linkSync(dbPath, asidePath);
  } catch {
    copyFileSync(dbPath, asidePath);
  }
  if (existsSync(`${dbPath}-wal`)) renameSync(`${dbPath}-wal`, `${asidePath}-wal`);
}

/**
 * Before an older store is migrated, a copy of it as it was goes to the backup folder. Files that
 * are not an older Redaksi store are left for the opener to report; a failed backup stops the open.
 */
export async function backupBeforeMigration(dbPath: string, options: BackupOptions = {}): Promise<BackupInfo | null> {
  if (!existsSync(dbPath)) return null;
  let db: Database.Database;
  try {
    db = new Database(dbPath, { fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch {
    return null;
  }
  try {
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      if (!isRedaksiStore(db)) return null;
    } catch {
      return null;
    }
    if (version === 0 || version >= SCHEMA_VERSION) return null;
    return await rollingBackup(db, dbPath, 'migration', new Date(), options);
  } finally {
    db.close();
  }
}
