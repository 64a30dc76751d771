// The newsroom store in the server's own SQLite file (the default). Synchronous underneath
// (better-sqlite3, synchronous=FULL): an append is on disk when its promise is made, so before
// Hocuspocus acknowledges the update.
import type { NewsroomListing } from '../shared/contract/newsroom';
import type { Account, DictionaryEntry, NewsroomStore, StoredImage } from './newsroomStore';
import { openServerStore } from './serverStore';

/** The empty Yjs update: the first state of a document that so far has only its log. */
const EMPTY_STATE = new Uint8Array([0, 0]);

export function openSqliteStore(path: string): NewsroomStore {
  const { db, docs, close } = openServerStore(path);
  const s = (sql: string) => db.prepare(sql);
  const statements = {
    addUser: s('INSERT OR IGNORE INTO users (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)'),
    listUsers: s('SELECT name, role, created_at AS createdAt FROM users ORDER BY name'),
    removeUser: s('DELETE FROM users WHERE name = ?'),
    replaceToken: s('UPDATE users SET token_hash = ? WHERE name = ?'),
    byToken: s('SELECT name, role, created_at AS createdAt FROM users WHERE token_hash = ?'),
    hasDoc: s('SELECT 1 FROM docs WHERE article_id = ?').pluck(),
    version: s(
      `SELECT (SELECT compacted_at FROM docs WHERE article_id = @id) || ':' || coalesce(max(id), 0) || ':' || count(*)
       FROM doc_updates WHERE article_id = @id`,
    ).pluck(),
    describe: s(
      `INSERT INTO doc_meta (article_id, headline, updated_at, updated_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, updated_at = excluded.updated_at,
         updated_by = coalesce(excluded.updated_by, doc_meta.updated_by)`,
    ),
    listing: s(
      'SELECT article_id AS id, headline, updated_at AS updatedAt, updated_by AS updatedBy FROM doc_meta ORDER BY updated_at DESC',
    ),
    imageHashes: s('SELECT hash FROM images ORDER BY hash').pluck(),
    image: s('SELECT mime, data FROM images WHERE hash = ?'),
    putImage: s('INSERT OR IGNORE INTO images (hash, mime, data, bytes, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    dictionary: s('SELECT language, word FROM dictionary_words ORDER BY language, word'),
    addWord: s('INSERT OR IGNORE INTO dictionary_words (language, word, added_by, added_at) VALUES (?, ?, ?, ?)'),
  };
  const has = (articleId: string) => statements.hasDoc.get(articleId) !== undefined;
  const appendNow = db.transaction((articleId: string, update: Uint8Array) => {
    if (!has(articleId)) docs.create(articleId, EMPTY_STATE);
    docs.append(articleId, update);
  });

  // `async` turns a thrown SQLite error into a rejection, as the PostgreSQL store's would be.
  return {
    location: path,
    addUser: async (account: Account, tokenHash: string) =>
      statements.addUser.run(account.name, account.role, tokenHash, account.createdAt).changes > 0,
    listUsers: async () => statements.listUsers.all() as Account[],
    removeUser: async (name: string) => statements.removeUser.run(name).changes > 0,
    replaceTokenHash: async (name: string, tokenHash: string) => statements.replaceToken.run(tokenHash, name).changes > 0,
    userByTokenHash: async (tokenHash: string) => (statements.byToken.get(tokenHash) as Account | undefined) ?? null,
    loadDocument: async (articleId: string) => (has(articleId) ? docs.load(articleId).updates : null),
    appendUpdate: async (articleId: string, update: Uint8Array) => appendNow(articleId, update),
    compactDocument: async (articleId: string, merge: (stored: Uint8Array[]) => Uint8Array) => {
      if (!has(articleId)) return false;
      docs.compact(articleId, merge);
      return true;
    },
    documentVersion: async (articleId: string) => String(statements.version.get({ id: articleId }) ?? ''),
    describeDocument: async (articleId: string, headline: string, by: string | null) => {
      statements.describe.run(articleId, headline, new Date().toISOString(), by);
    },
    listDocuments: async () => statements.listing.all() as NewsroomListing['articles'],
    imageHashes: async () => statements.imageHashes.all() as string[],
    image: async (hash: string) => (statements.image.get(hash) as StoredImage | undefined) ?? null,
    putImage: async (hash: string, image: StoredImage, uploadedBy: string) => {
      statements.putImage.run(hash, image.mime, image.data, image.data.byteLength, uploadedBy, new Date().toISOString());
    },
    dictionaryWords: async () => statements.dictionary.all() as DictionaryEntry[],
    addDictionaryWord: async (entry: DictionaryEntry, addedBy: string) => {
      statements.addWord.run(entry.language, entry.word, addedBy, new Date().toISOString());
    },
    close: async () => close(),
  };
}
