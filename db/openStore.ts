// Opens (and migrates) the article store.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
import { isRedaksiStore } from './storeIdentity';

export class StoreOpenError extends Error {
  constructor(
    message: string,
    readonly reason: 'newer_version' | 'corrupt' | 'unreadable' | 'foreign' | 'missing',
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own build). */
  nativeBinding?: string;
  readonly?: boolean;
  /** For tests of the upgrade path: run only the first N migrations. */
  migrations?: readonly Migration[];
}

export function openDatabase(path: string, options: OpenStoreOptions = {}): Database.Database {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, {
      nativeBinding: options.nativeBinding,
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (error) {
    throw new StoreOpenError(`Cannot open the article store at ${path}: ${(error as Error).message}`, 'unreadable');
  }
  const migrations = options.migrations ?? MIGRATIONS;
  try {
    // Checked before anything is written: a foreign or newer file must be left exactly as it was.
    refuseForeign(db, path);
    refuseNewer(db, migrations.length, path);
    configure(db, options.readonly ?? false);
    if (!options.readonly) migrate(db, migrations);
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    const message = (error as Error).message;
    const corrupt = /not a database|malformed|corrupt/i.test(message);
    throw new StoreOpenError(`Cannot open the article store at ${path}: ${message}`, corrupt ? 'corrupt' : 'unreadable');
  }
  return db;
}

function configure(db: Database.Database, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit. With NORMAL (better-sqlite3's default in WAL) a power cut
  // can roll back the last commits, and an acknowledged save must survive a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function refuseForeign(db: Database.Database, path: string): void {
  // Reading the schema fails at once on a file that is not SQLite, before anything is written.
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  if (!isRedaksiStore(db)) {
    throw new StoreOpenError(
      `${path} is an SQLite database, but not a Redaksi article store. It was left untouched; choose a Redaksi store (redaksi.db).`,
      'foreign',
    );
  }
}

function refuseNewer(db: Database.Database, known: number, path: string): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > known) {
    throw new StoreOpenError(
      `The article store at ${path} was written by a newer version of Redaksi (schema ${version}; this version knows up to ${known}). Update Redaksi to open it; the file was left untouched.`,
      'newer_version',
    );
  }
  return version;
}

function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const current = refuseNewer(db, migrations.length, db.name);
  for (let version = current; version < migrations.length; version++) {
    const step = migrations[version]!;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

export { SCHEMA_VERSION };
