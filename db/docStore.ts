// Live documents on disk: per article, a merged Yjs state plus the updates appended since, in
// arrival order. Appends are single-row inserts (synchronous=FULL: on disk when they return);
// compaction swaps many rows for one merged state in one transaction.
import type { Database, Statement } from 'better-sqlite3';
import { serviceError } from '../shared/contract/errorMessages';

export interface StoredDoc {
  /** The merged state followed by every update since, in order: apply them all to rebuild the document. */
  updates: Uint8Array[];
  /** The id of the newest update row (0 when none): compaction removes rows up to it. */
  lastUpdateId: number;
}

export class DocStore {
  private readonly statements: Record<string, Statement>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    const s = (sql: string) => db.prepare(sql);
    this.statements = {
      state: s('SELECT state FROM docs WHERE article_id = ?').pluck(),
      updates: s('SELECT id, data FROM doc_updates WHERE article_id = ? ORDER BY id'),
      insertDoc: s('INSERT INTO docs (article_id, state, compacted_at) VALUES (?, ?, ?)'),
      append: s('INSERT INTO doc_updates (article_id, data, created_at) VALUES (?, ?, ?)'),
      replaceState: s('UPDATE docs SET state = ?, compacted_at = ? WHERE article_id = ?'),
      dropUpTo: s('DELETE FROM doc_updates WHERE article_id = ? AND id <= ?'),
      withUpdates: s('SELECT DISTINCT article_id FROM doc_updates').pluck(),
      count: s('SELECT count(*) FROM doc_updates WHERE article_id = ?').pluck(),
      bytes: s(`SELECT (SELECT length(state) FROM docs WHERE article_id = @id)
                     + coalesce((SELECT sum(length(data)) FROM doc_updates WHERE article_id = @id), 0)`).pluck(),
    };
  }

  /** The first state of a new article's document (inside the article's creating transaction). */
  create(articleId: string, state: Uint8Array): void {
    this.statements.insertDoc!.run(articleId, state, this.now().toISOString());
  }

  load(articleId: string): StoredDoc {
    const state = this.statements.state!.get(articleId) as Buffer | undefined;
    if (state === undefined) throw serviceError('not_found', 'documentNotFound', { id: articleId });
    const rows = this.statements.updates!.all(articleId) as Array<{ id: number; data: Buffer }>;
    return { updates: [state, ...rows.map((row) => row.data)], lastUpdateId: rows.at(-1)?.id ?? 0 };
  }

  /** Appends one update; when this returns, it is on disk. */
  append(articleId: string, update: Uint8Array): number {
    return Number(this.statements.append!.run(articleId, update, this.now().toISOString()).lastInsertRowid);
  }

  /**
   * Merges the log into one state, in one transaction: `merge` receives everything stored (another
   * process, the CLI say, may have appended or compacted too) and returns the merged state, which
   * replaces the state and every row it was given. No row can slip in between: the transaction
   * holds the write lock from the first read.
   */
  compact(articleId: string, merge: (stored: Uint8Array[]) => Uint8Array): void {
    this.db
      .transaction(() => {
        const { updates, lastUpdateId } = this.load(articleId);
        this.statements.replaceState!.run(merge(updates), this.now().toISOString(), articleId);
        this.statements.dropUpTo!.run(articleId, lastUpdateId);
      })
      .immediate();
  }

  /** Articles whose log holds updates not yet merged (after a crash, their derived copy may lag). */
  articlesWithUpdates(): string[] {
    return this.statements.withUpdates!.all() as string[];
  }

  pendingUpdates(articleId: string): number {
    return this.statements.count!.get(articleId) as number;
  }

  /** Bytes the document takes on disk (state plus log). */
  bytesOnDisk(articleId: string): number {
    return (this.statements.bytes!.get({ id: articleId }) as number | null) ?? 0;
  }
}
