// The state vector of each document's merged state, kept beside it. A window opening an article not
// in memory is welcomed with the stored state and its state vector; worked out from the state, that
// vector means decoding the whole document (a long article: over 100 ms on the serving thread).
// Each vector is filed under the SHA-256 of the state it describes and used only for that state, so
// a state replaced by anyone (another process compacting, the newsroom) never meets a stale vector.
import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';

function digest(state: Uint8Array): Buffer {
  return createHash('sha256').update(state).digest();
}

export class DocVectorStore {
  private readonly find: Statement;
  private readonly upsert: Statement;

  constructor(db: Database) {
    this.find = db.prepare('SELECT vector FROM doc_vectors WHERE article_id = ? AND state_sha256 = ?').pluck();
    this.upsert = db.prepare(
      `INSERT INTO doc_vectors (article_id, state_sha256, vector) VALUES (?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET state_sha256 = excluded.state_sha256, vector = excluded.vector`,
    );
  }

  /** The vector remembered for exactly this state of the article's document, else null. */
  vectorOf(articleId: string, state: Uint8Array): Uint8Array | null {
    const vector = this.find.get(articleId, digest(state)) as Buffer | undefined;
    return vector ? new Uint8Array(vector) : null;
  }

  /** Remembers `vector` as the state vector of `state`, the article's stored merged state. */
  remember(articleId: string, state: Uint8Array, vector: Uint8Array): void {
    this.upsert.run(articleId, digest(state), vector);
  }
}
