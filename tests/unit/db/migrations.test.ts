import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../../db/migrations';
import { openDatabase, StoreOpenError } from '../../../db/openStore';
import * as Y from 'yjs';
import { DocStore } from '../../../db/docStore';
import { readFieldsFromDoc } from '../../../shared/collab/articleDoc';
import { readBodyFromDoc } from '../../../shared/collab/bodyDoc';
import { readClaimsFromDoc } from '../../../shared/collab/claimsDoc';
import { importPlainText } from '../../../shared/import/importPlainText';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a fresh store', () => {
  it('is migrated to the current schema with WAL, foreign keys and full sync', () => {
    const db = openDatabase(join(dir, 'fresh.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'revisions', 'articles_fts']));
    db.close();
  });

  it('creates the folder it lives in', () => {
    const db = openDatabase(join(dir, 'nested', 'deeper', 'store.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('migration 6: every article becomes a live document', () => {
  it('carries the body, the fields and the claims into the document, and the JSON copy comes back identical', () => {
    const path = join(dir, 'v5.db');
    const v5 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 5) });
    const { body } = importPlainText(readFileSync(join(__dirname, '..', '..', 'fixtures', 'explainer-id.txt'), 'utf8'));
    v5.prepare(
      `INSERT INTO articles (id, slug, headline, dek, byline, language, time_zone, body_json, created_at, updated_at)
       VALUES ('a', 'a', 'Mengapa Korea Utara', 'Dek', 'Tim', 'id', 'Asia/Jakarta', ?, 'x', 'x')`,
    ).run(JSON.stringify(body));
    v5.prepare(
      `INSERT INTO claims (id, article_id, quote, fields_json, comments_json, created_at, updated_at)
       VALUES ('8d6f3a62-1c1b-4a59-9a39-6c1d7f1e2b10', 'a', 'ribuan tentara', '{"verdict":"true"}', '[]', 'x', 'x')`,
    ).run();
    v5.close();
    const db = openDatabase(path);
    const doc = new Y.Doc();
    for (const update of new DocStore(db).load('a').updates) Y.applyUpdate(doc, update);
    expect(JSON.parse(JSON.stringify(readBodyFromDoc(doc)))).toEqual(JSON.parse(JSON.stringify(body)));
    expect(
      readFieldsFromDoc(doc, { headline: '', dek: '', byline: '', language: 'en', timeZone: 'UTC', publishAt: null, hero: null }),
    ).toMatchObject({
      headline: 'Mengapa Korea Utara',
      dek: 'Dek',
      byline: 'Tim',
    });
    expect(readClaimsFromDoc(doc, 'a')).toMatchObject([{ quote: 'ribuan tentara', verdict: 'true' }]);
    db.close();
  });
});

describe('upgrading', () => {
  const addColumn: Migration = (db) => db.exec("ALTER TABLE articles ADD COLUMN kicker TEXT NOT NULL DEFAULT ''");

  it('runs only the missing migrations and keeps the data', () => {
    const path = join(dir, 'old.db');
    const v1 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare(
      `INSERT INTO articles (id, slug, language, time_zone, body_json, created_at, updated_at) VALUES ('a', 'a', 'id', 'Asia/Jakarta', '{}', 'x', 'x')`,
    ).run();
    v1.close();
    const upgraded = openDatabase(path, { migrations: [...MIGRATIONS, addColumn] });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    expect(upgraded.prepare('SELECT id, kicker FROM articles').all()).toEqual([{ id: 'a', kicker: '' }]);
    upgraded.close();
  });

  it('rolls a failing migration back whole, leaving the previous version', () => {
    const path = join(dir, 'fail.db');
    openDatabase(path).close();
    const halfDone: Migration = (db) => {
      db.exec('CREATE TABLE half_done (x INTEGER)');
      throw new Error('disk on fire');
    };
    expect(() => openDatabase(path, { migrations: [...MIGRATIONS, halfDone] })).toThrow(/disk on fire/);
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });
});

/** What opening the store at `path` throws (nothing, if it opens). */
function openingError(path: string): unknown {
  try {
    openDatabase(path).close();
    return null;
  } catch (error) {
    return error;
  }
}

describe('refusing to open', () => {
  it('a store written by a newer version, with a clear message, leaving the file as it was', () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(StoreOpenError);
    expect(() => openDatabase(path)).toThrow(/newer version of Redaksi/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a file that is not a database, and says so', () => {
    const path = join(dir, 'corrupt.db');
    writeFileSync(path, 'this is not a database, just text '.repeat(200));
    const before = readFileSync(path);
    const error = openingError(path);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).reason).toBe('corrupt');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  // store:openOther used to migrate any SQLite file whose user_version was 0: a foreign database
  // chosen by mistake was written into. Now only Redaksi's own stores (application_id) are opened.
  for (const [label, make] of [
    [
      "another program's database (its own application_id)",
      (db: Database.Database) => {
        db.pragma('application_id = 1234');
        db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
      },
    ],
    ['an unmarked database with tables of its own', (db: Database.Database) => db.exec('CREATE TABLE contacts (name TEXT, phone TEXT)')],
    [
      'a versioned database without an articles table',
      (db: Database.Database) => {
        db.pragma('user_version = 3');
        db.exec('CREATE TABLE things (id INTEGER)');
      },
    ],
  ] as const) {
    it(`${label}: refused as foreign, left byte for byte as it was`, () => {
      const path = join(dir, 'foreign.db');
      const db = new Database(path);
      make(db);
      db.close();
      const before = readFileSync(path);
      const error = openingError(path);
      expect(error).toBeInstanceOf(StoreOpenError);
      expect((error as StoreOpenError).reason).toBe('foreign');
      expect((error as StoreOpenError).message).toContain('not a Redaksi article store');
      expect(readFileSync(path).equals(before)).toBe(true);
    });
  }
});

describe('application_id', () => {
  it("marks a new store as Redaksi's, and an older store when it is migrated", () => {
    const fresh = openDatabase(join(dir, 'fresh.db'));
    expect(fresh.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    fresh.close();
    const older = join(dir, 'older.db');
    openDatabase(older, { migrations: MIGRATIONS.slice(0, 4) }).close();
    const before = new Database(older);
    expect(before.pragma('application_id', { simple: true })).toBe(0);
    before.close();
    const migrated = openDatabase(older);
    expect(migrated.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(migrated.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    migrated.close();
  });
});
