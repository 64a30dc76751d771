// Schema migrations, numbered from 1. The database's schema version is PRAGMA user_version;
// each migration runs inside one transaction together with the version bump.
import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { newArticleDocState } from '../shared/collab/articleDoc';
import { writeClaimToDoc } from '../shared/collab/claimsDoc';
import { toClaim, type ClaimRow } from './claimStore';
import type { ArticleFields } from '../shared/contract/channels';
import { emptyBody, findBodyProblem, type SerializedBody } from '../shared/contract/lexicalState';
import type { ImageSlot } from '../shared/editor/imageSlot';

export type Migration = (db: Database) => void;

/** PRAGMA application_id of a Redaksi store: "RDKS". */
export const APPLICATION_ID = 0x52444b53;

export const MIGRATIONS: readonly Migration[] = [
  // 1: articles, revisions, full-text index.
  (db) => {
    db.exec(`
      CREATE TABLE articles (
        id          TEXT PRIMARY KEY NOT NULL,
        slug        TEXT NOT NULL UNIQUE,
        headline    TEXT NOT NULL DEFAULT '',
        dek         TEXT NOT NULL DEFAULT '',
        byline      TEXT NOT NULL DEFAULT '',
        language    TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft','in_review','fact_check','ready','published')),
        time_zone   TEXT NOT NULL,
        publish_at  TEXT,
        body_json   TEXT NOT NULL,
        body_text   TEXT NOT NULL DEFAULT '',
        revision    INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      );
      CREATE INDEX articles_by_update ON articles (deleted_at, updated_at DESC);

      CREATE TABLE revisions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision    INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('auto','manual','conflict_copy')),
        label       TEXT,
        headline    TEXT NOT NULL,
        dek         TEXT NOT NULL,
        byline      TEXT NOT NULL,
        body_json   TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX revisions_by_article ON revisions (article_id, revision DESC);

      -- Diacritics folded (remove_diacritics 2), so "cafe" finds "café".
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        headline, dek, body_text,
        content = 'articles', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Headline matches weigh most, then the dek, then the body.
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');

      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, headline, dek, body_text)
        VALUES (new.rowid, new.headline, new.dek, new.body_text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body_text)
        VALUES ('delete', old.rowid, old.headline, old.dek, old.body_text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, dek, body_text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body_text)
        VALUES ('delete', old.rowid, old.headline, old.dek, old.body_text);
        INSERT INTO articles_fts (rowid, headline, dek, body_text)
        VALUES (new.rowid, new.headline, new.dek, new.body_text);
      END;
    `);
  },
  // 2: templates, image assets, and the article's hero slot and template.
  (db) => {
    db.exec(`
      ALTER TABLE articles ADD COLUMN hero_json TEXT;
      ALTER TABLE articles ADD COLUMN template_id TEXT;
      ALTER TABLE revisions ADD COLUMN hero_json TEXT;

      CREATE TABLE templates (
        id          TEXT PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        definition  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE UNIQUE INDEX templates_by_name ON templates (name COLLATE NOCASE);

      -- Content-addressed: the id is the SHA-256 of the imported bytes, so a file is stored once.
      CREATE TABLE assets (
        id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 64),
        mime          TEXT NOT NULL,
        width         INTEGER NOT NULL CHECK (width > 0),
        height        INTEGER NOT NULL CHECK (height > 0),
        bytes         INTEGER NOT NULL CHECK (bytes > 0),
        file_name     TEXT NOT NULL,
        original_name TEXT NOT NULL DEFAULT '',
        caption       TEXT NOT NULL DEFAULT '',
        credit        TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL
      );
    `);
  },
  // 3: fact-check claims, and newsroom settings (the verdict scale).
  (db) => {
    db.exec(`
      CREATE TABLE claims (
        id          TEXT PRIMARY KEY NOT NULL,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote       TEXT NOT NULL,
        fields_json TEXT NOT NULL,
        comments_json TEXT NOT NULL DEFAULT '[]',
        sign_off_json TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX claims_by_article ON claims (article_id, created_at);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      );
    `);
  },
  // 4: search filters by status and trash from an index alone. deleted_at is the row's last column,
  // behind the body's overflow pages: reading it from the table for every match cost seconds.
  (db) => {
    db.exec('CREATE INDEX articles_by_status ON articles (status, deleted_at)');
  },
  // 5: the store says it is Redaksi's (application_id), so a foreign SQLite file is never migrated;
  // each image records the SHA-256 of the file as stored (turned upright, it differs from the id),
  // so backups can verify the copies they keep.
  (db) => {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('ALTER TABLE assets ADD COLUMN file_sha256 TEXT');
  },
  // 6: one live document (Y.Doc) per article. The merged state and the update log appended since;
  // articles.body_json and the fields stay as the copy derived from the document (search, export).
  // Every existing article becomes a document here, in this one transaction, after the pre-migration backup.
  (db) => {
    db.exec(`
      CREATE TABLE docs (
        article_id   TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
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
    `);
    const insert = db.prepare('INSERT INTO docs (article_id, state, compacted_at) VALUES (?, ?, ?)');
    const now = new Date().toISOString();
    const rows = db
      .prepare('SELECT id, headline, dek, byline, language, time_zone, publish_at, body_json, hero_json FROM articles')
      .iterate() as IterableIterator<Record<string, string | null>>;
    const states: Array<[string, Uint8Array]> = [];
    const unconverted: Array<Record<string, string | null>> = [];
    for (const row of rows) {
      const fields: ArticleFields = {
        headline: row.headline ?? '',
        dek: row.dek ?? '',
        byline: row.byline ?? '',
        language: row.language ?? 'id',
        timeZone: row.time_zone ?? 'Asia/Jakarta',
        publishAt: row.publish_at ?? null,
        hero: row.hero_json ? (JSON.parse(row.hero_json) as ImageSlot) : null,
        body: emptyBody(),
      };
      try {
        const body = JSON.parse(row.body_json!) as SerializedBody;
        if (findBodyProblem(body)) throw new Error(findBodyProblem(body)!);
        states.push([row.id!, newArticleDocState({ ...fields, body })]);
      } catch {
        // Never lost: a body that cannot become a document stays in the history, as it was.
        states.push([row.id!, newArticleDocState(fields)]);
        unconverted.push(row);
      }
    }
    // The article's claim records go into its document too (the claims table becomes their derived copy).
    const claimRows = db.prepare('SELECT * FROM claims WHERE article_id = ? ORDER BY created_at, rowid');
    for (const [id, state] of states) insert.run(id, withClaims(state, claimRows.all(id) as ClaimRow[]), now);
    const keep =
      db.prepare(`INSERT INTO revisions (article_id, revision, kind, label, headline, dek, byline, body_json, hero_json, created_at)
      SELECT id, revision, 'manual', ?, headline, dek, byline, body_json, hero_json, ? FROM articles WHERE id = ?`);
    for (const row of unconverted)
      keep.run('The body before live documents (it could not be converted; nothing was changed in it)', now, row.id);
  },
  // 7: how each article stands with the newsroom server this desk syncs with: waiting (changes made
  // here the server has not acknowledged, e.g. made offline) or synced. No row: never synced.
  (db) => {
    db.exec(`
      CREATE TABLE newsroom_sync (
        article_id  TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        waiting     INTEGER NOT NULL CHECK (waiting IN (0, 1)),
        synced_at   TEXT
      );
    `);
  },
  // 8: the version history says what made each version (an import, a status change, a publication,
  // a restore) and who; a version keeps the claims as they were, so a comparison shows their changes.
  // SQLite cannot widen a CHECK in place: the table is copied (nothing references it).
  (db) => {
    db.exec(`
      CREATE TABLE revisions_v8 (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        revision    INTEGER NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('auto','manual','import','status','publish','restore','conflict_copy')),
        label       TEXT,
        author      TEXT,
        role        TEXT,
        headline    TEXT NOT NULL,
        dek         TEXT NOT NULL,
        byline      TEXT NOT NULL,
        body_json   TEXT NOT NULL,
        hero_json   TEXT,
        claims_json TEXT,
        created_at  TEXT NOT NULL
      );
      INSERT INTO revisions_v8 (id, article_id, revision, kind, label, headline, dek, byline, body_json, hero_json, created_at)
        SELECT id, article_id, revision,
               CASE WHEN kind = 'manual' AND label = 'Imported' AND revision = 1 THEN 'import' ELSE kind END,
               label, headline, dek, byline, body_json, hero_json, created_at
        FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_v8 RENAME TO revisions;
      CREATE INDEX revisions_by_article ON revisions (article_id, revision DESC);
    `);
  },
  // 9: the state vector of each document's merged state, so opening an article need not decode its
  // whole document to work it out (see DocVectorStore). Empty at first: filled as documents open.
  (db) => {
    db.exec(`
      CREATE TABLE doc_vectors (
        article_id   TEXT PRIMARY KEY NOT NULL REFERENCES docs (article_id) ON DELETE CASCADE,
        state_sha256 BLOB NOT NULL,
        vector       BLOB NOT NULL
      );
    `);
  },
  // 10: an article's tags (one per line), searched with its words: the full-text index is made
  // again with a tags column (weighed between the headline and the dek) and filled from the table.
  (db) => {
    db.exec(`
      ALTER TABLE articles ADD COLUMN tags TEXT NOT NULL DEFAULT '';
      DROP TRIGGER articles_fts_insert;
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        headline, dek, body_text, tags,
        content = 'articles', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 6.0)');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, headline, dek, body_text, tags)
        VALUES (new.rowid, new.headline, new.dek, new.body_text, new.tags);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body_text, tags)
        VALUES ('delete', old.rowid, old.headline, old.dek, old.body_text, old.tags);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, dek, body_text, tags ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, dek, body_text, tags)
        VALUES ('delete', old.rowid, old.headline, old.dek, old.body_text, old.tags);
        INSERT INTO articles_fts (rowid, headline, dek, body_text, tags)
        VALUES (new.rowid, new.headline, new.dek, new.body_text, new.tags);
      END;
      INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
    `);
  },
  // 11: where imported articles came from (a WordPress post by its site and id): a second import of
  // the same archive finds them (ImportSourceStore).
  (db) => {
    db.exec(`
      CREATE TABLE import_sources (
        source     TEXT PRIMARY KEY NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
      );
      CREATE INDEX import_sources_by_article ON import_sources (article_id);
    `);
  },
  // 12: publishing to a CMS. Destinations with their credentials sealed (never in plain text);
  // per article and destination, the remote post it became and what was last sent (to see a remote
  // edit before overwriting it); per picture, the remote media it became (a retry reuses it); the
  // corrections published with an article (every later publication carries them).
  (db) => {
    db.exec(`
      CREATE TABLE destinations (
        name        TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
        kind        TEXT NOT NULL CHECK (kind IN ('wordpress', 'ghost')),
        url         TEXT NOT NULL,
        user        TEXT,
        secret      BLOB NOT NULL,
        sealed_with TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE TABLE publications (
        article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        destination     TEXT NOT NULL COLLATE NOCASE,
        site            TEXT NOT NULL,
        remote_id       TEXT NOT NULL,
        link            TEXT,
        status          TEXT NOT NULL,
        remote_modified TEXT NOT NULL,
        sent            TEXT NOT NULL,
        overridden_by   TEXT,
        published_at    TEXT NOT NULL,
        PRIMARY KEY (article_id, destination)
      );
      CREATE TABLE published_media (
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        destination TEXT NOT NULL COLLATE NOCASE,
        site        TEXT NOT NULL,
        asset_id    TEXT NOT NULL,
        remote_id   TEXT NOT NULL,
        remote_url  TEXT NOT NULL,
        PRIMARY KEY (article_id, destination, asset_id)
      );
      CREATE TABLE corrections (
        id          INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        note        TEXT NOT NULL,
        made_at     TEXT NOT NULL,
        made_by     TEXT
      );
      CREATE INDEX corrections_by_article ON corrections (article_id, id);
    `);
  },
];

function withClaims(state: Uint8Array, rows: ClaimRow[]): Uint8Array {
  if (rows.length === 0) return state;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  for (const row of rows) {
    const claim = toClaim(row);
    writeClaimToDoc(doc, claim);
  }
  return Y.encodeStateAsUpdate(doc);
}

export const SCHEMA_VERSION = MIGRATIONS.length;
