// The newsroom server's own SQLite file: accounts and every shared article's live document. The
// documents use the desktop's store code (DocStore: a merged state plus an append-only update log),
// so an update the server acknowledges is on disk first (synchronous=FULL) and compaction is the
// same swap in one transaction.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DocStore } from '../db/docStore';
import { NewsroomStoreError } from './newsroomStore';

/** Marks the file as a Redaksi newsroom store ("RdkN"), so a desktop store or another file is refused. */
const APPLICATION_ID = 0x52646b4e;

type Migration = (db: Database.Database) => void;

const MIGRATIONS: readonly Migration[] = [
  (db) =>
    db.exec(`
      CREATE TABLE users (
        name        TEXT PRIMARY KEY NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('editor', 'fact-checker', 'desk', 'viewer')),
        token_hash  TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL
      );
      CREATE TABLE docs (
        article_id   TEXT PRIMARY KEY NOT NULL,
        state        BLOB NOT NULL,
        compacted_at TEXT NOT NULL
      );
      CREATE TABLE doc_updates (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  TEXT NOT NULL REFERENCES docs (article_id) ON DELETE CASCADE,
        data        BLOB NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX doc_updates_by_article ON doc_updates (article_id, id);
      -- What the library lists without loading every document (refreshed when a document is stored).
      CREATE TABLE doc_meta (
        article_id  TEXT PRIMARY KEY NOT NULL REFERENCES docs (article_id) ON DELETE CASCADE,
        headline    TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        updated_by  TEXT
      );
    `),
  (db) =>
    db.exec(`
      CREATE TABLE images (
        hash         TEXT PRIMARY KEY NOT NULL,
        mime         TEXT NOT NULL,
        data         BLOB NOT NULL,
        bytes        INTEGER NOT NULL,
        uploaded_by  TEXT,
        created_at   TEXT NOT NULL
      );
    `),
  (db) =>
    db.exec(`
      -- The newsroom's dictionary: words every desk's spellchecker knows (names, places, jargon).
      CREATE TABLE dictionary_words (
        language  TEXT NOT NULL CHECK (language IN ('id', 'en')),
        word      TEXT NOT NULL,
        added_by  TEXT,
        added_at  TEXT NOT NULL,
        PRIMARY KEY (language, word)
      );
    `),
];

export interface ServerStore {
  db: Database.Database;
  docs: DocStore;
  close(): void;
}

/**
 * Opens (creating if needed) and migrates the server's store. A file that is not a newsroom store
 * is refused untouched; before a migration of an existing store, a copy is kept beside it.
 */
export function openServerStore(path: string): ServerStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const existed = path !== ':memory:' && existsSync(path);
  const db = new Database(path);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
    if (appId !== APPLICATION_ID && !(appId === 0 && tables === 0)) {
      throw new NewsroomStoreError(`${path} is not a Redaksi newsroom store; it was left untouched.`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new NewsroomStoreError(`${path} was written by a newer Redaksi server (schema ${version}); it was left untouched.`);
    }
    db.pragma('journal_mode = WAL');
    // Every acknowledged update is on disk: FULL syncs the WAL at each commit.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (existed && version < MIGRATIONS.length && version > 0) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      copyFileSync(path, `${path}.before-migration-${version}.bak`);
    }
    for (let step = version; step < MIGRATIONS.length; step++) {
      db.transaction(() => {
        MIGRATIONS[step]!(db);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${step + 1}`);
      })();
    }
  } catch (error) {
    db.close();
    throw error instanceof NewsroomStoreError
      ? error
      : new NewsroomStoreError(`Cannot open the newsroom store at ${path}: ${(error as Error).message}`);
  }
  return { db, docs: new DocStore(db), close: () => db.close() };
}
