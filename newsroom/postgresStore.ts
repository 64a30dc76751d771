// The newsroom store in PostgreSQL, for several server instances behind a load balancer (Redis
// carries the live updates between them; this is what they all keep). Same shape as the SQLite
// store: a merged state plus an append-only log per document. An append is committed (and, with
// PostgreSQL's default synchronous_commit, flushed) before Hocuspocus acknowledges the update.
import pg from 'pg';
import type { NewsroomListing } from '../shared/contract/newsroom';
import { NewsroomStoreError, redactedUrl, type Account, type DictionaryEntry, type NewsroomStore, type StoredImage } from './newsroomStore';

const EMPTY_STATE = Buffer.from([0, 0]);
/** Held while migrating, so instances starting together migrate once ("RdkN"). */
const MIGRATION_LOCK = 0x52646b4e;
const MARKER_TABLE = 'redaksi_newsroom';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     name        text PRIMARY KEY,
     role        text NOT NULL CHECK (role IN ('editor', 'fact-checker', 'desk', 'viewer')),
     token_hash  text NOT NULL UNIQUE,
     created_at  timestamptz NOT NULL
   );
   CREATE TABLE docs (
     article_id   text PRIMARY KEY,
     state        bytea NOT NULL,
     compacted_at timestamptz NOT NULL
   );
   CREATE TABLE doc_updates (
     id          bigserial PRIMARY KEY,
     article_id  text NOT NULL REFERENCES docs (article_id) ON DELETE CASCADE,
     data        bytea NOT NULL,
     created_at  timestamptz NOT NULL DEFAULT now()
   );
   CREATE INDEX doc_updates_by_article ON doc_updates (article_id, id);
   CREATE TABLE doc_meta (
     article_id  text PRIMARY KEY REFERENCES docs (article_id) ON DELETE CASCADE,
     headline    text NOT NULL,
     updated_at  timestamptz NOT NULL,
     updated_by  text
   );
   CREATE TABLE images (
     hash         text PRIMARY KEY,
     mime         text NOT NULL,
     data         bytea NOT NULL,
     bytes        integer NOT NULL,
     uploaded_by  text,
     created_at   timestamptz NOT NULL
   );`,
  `CREATE TABLE dictionary_words (
     language  text NOT NULL CHECK (language IN ('id', 'en')),
     word      text NOT NULL,
     added_by  text,
     added_at  timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (language, word)
   );`,
];

/** Creates or migrates the schema, in one transaction (PostgreSQL's DDL is transactional: all or nothing). */
async function migrate(pool: pg.Pool, location: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const marked = (await client.query('SELECT to_regclass($1) IS NOT NULL AS marked', [MARKER_TABLE])).rows[0].marked as boolean;
    let version = 0;
    if (marked) {
      version = (await client.query(`SELECT schema_version FROM ${MARKER_TABLE}`)).rows[0]?.schema_version ?? 0;
    } else {
      const tables = Number((await client.query('SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()')).rows[0].count);
      if (tables > 0) throw new NewsroomStoreError(`${location} holds other tables: not a Redaksi newsroom store; it was left untouched.`);
      await client.query(
        `CREATE TABLE ${MARKER_TABLE} (one boolean PRIMARY KEY DEFAULT true CHECK (one), schema_version integer NOT NULL)`,
      );
      await client.query(`INSERT INTO ${MARKER_TABLE} (schema_version) VALUES (0)`);
    }
    if (version > MIGRATIONS.length) {
      throw new NewsroomStoreError(`${location} was written by a newer Redaksi server (schema ${version}); it was left untouched.`);
    }
    for (let step = version; step < MIGRATIONS.length; step++) await client.query(MIGRATIONS[step]!);
    await client.query(`UPDATE ${MARKER_TABLE} SET schema_version = $1`, [MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function openPostgresStore(url: string, log: (message: string) => void): Promise<NewsroomStore> {
  const location = redactedUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the database is replaced on the next query; say so, never crash.
  pool.on('error', (error) => log(`[newsroom] PostgreSQL connection lost: ${error.message}`));
  try {
    await migrate(pool, location);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof NewsroomStoreError) throw error;
    throw new NewsroomStoreError(`Cannot open the newsroom store at ${location}: ${(error as Error).message}`);
  }
  const query = (sql: string, values: unknown[] = []) => pool.query(sql, values);
  const account = (row: { name: string; role: Account['role']; created_at: Date }): Account => ({
    name: row.name,
    role: row.role,
    createdAt: row.created_at.toISOString(),
  });
  /** Documents this process has seen stored: their row exists, so an append is one insert. */
  const known = new Set<string>();

  return {
    location,
    async addUser(user, tokenHash) {
      const result = await query(
        'INSERT INTO users (name, role, token_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING',
        [user.name, user.role, tokenHash, user.createdAt],
      );
      return result.rowCount === 1;
    },
    async listUsers() {
      return (await query('SELECT name, role, created_at FROM users ORDER BY name')).rows.map(account);
    },
    async removeUser(name) {
      return (await query('DELETE FROM users WHERE name = $1', [name])).rowCount === 1;
    },
    async replaceTokenHash(name, tokenHash) {
      return (await query('UPDATE users SET token_hash = $2 WHERE name = $1', [name, tokenHash])).rowCount === 1;
    },
    async userByTokenHash(tokenHash) {
      const row = (await query('SELECT name, role, created_at FROM users WHERE token_hash = $1', [tokenHash])).rows[0];
      return row ? account(row) : null;
    },

    async loadDocument(articleId) {
      // One statement, so one snapshot: a compaction committing meanwhile cannot hide rows.
      const { rows } = await query(
        `SELECT state AS data, -1 AS ord FROM docs WHERE article_id = $1
         UNION ALL SELECT data, id FROM doc_updates WHERE article_id = $1 ORDER BY ord`,
        [articleId],
      );
      if (rows.length === 0 || Number(rows[0].ord) !== -1) return null;
      known.add(articleId);
      return rows.map((row: { data: Buffer }) => new Uint8Array(row.data));
    },
    async appendUpdate(articleId, update) {
      if (!known.has(articleId)) {
        await query('INSERT INTO docs (article_id, state, compacted_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING', [
          articleId,
          EMPTY_STATE,
        ]);
        known.add(articleId);
      }
      await query('INSERT INTO doc_updates (article_id, data) VALUES ($1, $2)', [articleId, Buffer.from(update)]);
    },
    async compactDocument(articleId, merge) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const state = await client.query('SELECT state FROM docs WHERE article_id = $1 FOR UPDATE', [articleId]);
        if (state.rowCount === 0) {
          await client.query('ROLLBACK');
          return false;
        }
        const log = await client.query('SELECT id, data FROM doc_updates WHERE article_id = $1 ORDER BY id', [articleId]);
        const merged = merge([state.rows[0].state, ...log.rows.map((row: { data: Buffer }) => row.data)]);
        await client.query('UPDATE docs SET state = $2, compacted_at = now() WHERE article_id = $1', [articleId, Buffer.from(merged)]);
        // Exactly the rows merged: an id handed out earlier may commit later, so "up to the last id" could drop it.
        await client.query('DELETE FROM doc_updates WHERE id = ANY($1::bigint[])', [log.rows.map((row: { id: string }) => row.id)]);
        await client.query('COMMIT');
        return true;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async documentVersion(articleId) {
      const { rows } = await query(
        `SELECT (SELECT compacted_at FROM docs WHERE article_id = $1)::text || ':' || coalesce(max(id), 0) || ':' || count(*) AS version
         FROM doc_updates WHERE article_id = $1`,
        [articleId],
      );
      return String(rows[0]?.version ?? '');
    },
    async describeDocument(articleId, headline, by) {
      await query(
        `INSERT INTO doc_meta (article_id, headline, updated_at, updated_by) VALUES ($1, $2, now(), $3)
         ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, updated_at = excluded.updated_at,
           updated_by = coalesce(excluded.updated_by, doc_meta.updated_by)`,
        [articleId, headline, by],
      );
    },
    async listDocuments() {
      const { rows } = await query('SELECT article_id, headline, updated_at, updated_by FROM doc_meta ORDER BY updated_at DESC');
      return rows.map(
        (row: {
          article_id: string;
          headline: string;
          updated_at: Date;
          updated_by: string | null;
        }): NewsroomListing['articles'][number] => ({
          id: row.article_id,
          headline: row.headline,
          updatedAt: row.updated_at.toISOString(),
          updatedBy: row.updated_by,
        }),
      );
    },

    async imageHashes() {
      return (await query('SELECT hash FROM images ORDER BY hash')).rows.map((row: { hash: string }) => row.hash);
    },
    async image(hash) {
      const row = (await query('SELECT mime, data FROM images WHERE hash = $1', [hash])).rows[0];
      return row ? ({ mime: row.mime, data: row.data } as StoredImage) : null;
    },
    async putImage(hash, image, uploadedBy) {
      await query(
        `INSERT INTO images (hash, mime, data, bytes, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (hash) DO NOTHING`,
        [hash, image.mime, image.data, image.data.byteLength, uploadedBy],
      );
    },

    async dictionaryWords() {
      const { rows } = await query('SELECT language, word FROM dictionary_words ORDER BY language, word');
      return rows as DictionaryEntry[];
    },
    async addDictionaryWord(entry, addedBy) {
      await query('INSERT INTO dictionary_words (language, word, added_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        entry.language,
        entry.word,
        addedBy,
      ]);
    },
    close: () => pool.end(),
  };
}
