// Fact-check claims. The document carries only claim ids (on mark nodes); the records are here.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  claimFieldsSchema,
  defaultClaimFields,
  type Claim,
  type ClaimComment,
  type ClaimFields,
  type SignOff,
} from '../shared/claims/claimSchema';
import { DEFAULT_SCALE_ID, VERDICT_SCALES } from '../shared/claims/verdictScales';
import { serviceError } from '../shared/contract/errorMessages';

export interface ClaimRow {
  id: string;
  article_id: string;
  quote: string;
  fields_json: string;
  comments_json: string;
  sign_off_json: string | null;
  created_at: string;
  updated_at: string;
}

export function toClaim(row: ClaimRow): Claim {
  // Fields written by an older version get today's defaults for anything new.
  const fields = claimFieldsSchema.safeParse({ ...defaultClaimFields(), ...(JSON.parse(row.fields_json) as object) });
  return {
    id: row.id,
    articleId: row.article_id,
    quote: row.quote,
    ...(fields.success ? fields.data : defaultClaimFields()),
    comments: JSON.parse(row.comments_json) as ClaimComment[],
    signOff: row.sign_off_json ? (JSON.parse(row.sign_off_json) as SignOff) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class ClaimStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private row(id: string): ClaimRow {
    const row = this.db.prepare('SELECT * FROM claims WHERE id = ?').get(id) as ClaimRow | undefined;
    if (!row) throw serviceError('not_found', 'claimNotFound', { id });
    return row;
  }

  get(id: string): Claim {
    return toClaim(this.row(id));
  }

  list(articleId: string): Claim[] {
    return (this.db.prepare('SELECT * FROM claims WHERE article_id = ? ORDER BY created_at, rowid').all(articleId) as ClaimRow[]).map(
      toClaim,
    );
  }

  create(articleId: string, quote: string, fields: Partial<ClaimFields> = {}): Claim {
    if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId))
      throw serviceError('not_found', 'articleNotFound', { id: articleId });
    const id = randomUUID();
    const now = this.now().toISOString();
    const kind = fields.kind ?? 'statistic';
    this.db
      .prepare('INSERT INTO claims (id, article_id, quote, fields_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, articleId, quote, JSON.stringify({ ...defaultClaimFields(kind), ...fields }), now, now);
    return this.get(id);
  }

  update(id: string, patch: Partial<ClaimFields>): Claim {
    const current = this.get(id);
    const { id: _id, articleId: _a, quote: _q, comments: _c, signOff: _s, createdAt: _cr, updatedAt: _u, ...fields } = current;
    const next = claimFieldsSchema.parse({ ...fields, ...patch });
    this.db
      .prepare('UPDATE claims SET fields_json = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(next), this.now().toISOString(), id);
    return this.get(id);
  }

  addComment(id: string, author: string, text: string): Claim {
    const claim = this.get(id);
    const comments = [...claim.comments, { author, at: this.now().toISOString(), text }];
    this.db
      .prepare('UPDATE claims SET comments_json = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(comments), this.now().toISOString(), id);
    return this.get(id);
  }

  signOff(id: string, by: string, revision: number, text: string): Claim {
    this.row(id);
    const signOff: SignOff = { by, at: this.now().toISOString(), revision, text };
    this.db.prepare('UPDATE claims SET sign_off_json = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(signOff), signOff.at, id);
    return this.get(id);
  }

  delete(id: string): void {
    this.row(id);
    this.db.prepare('DELETE FROM claims WHERE id = ?').run(id);
  }

  /**
   * Makes the table match the article's live document (the records' home): changed records are
   * rewritten, new ones inserted, ones the document no longer holds deleted. One transaction.
   */
  storeFromDoc(articleId: string, claims: readonly Claim[]): void {
    const upsert = this.db
      .prepare(`INSERT INTO claims (id, article_id, quote, fields_json, comments_json, sign_off_json, created_at, updated_at)
      VALUES (@id, @articleId, @quote, @fields, @comments, @signOff, @createdAt, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET quote = excluded.quote, fields_json = excluded.fields_json, comments_json = excluded.comments_json,
        sign_off_json = excluded.sign_off_json, updated_at = excluded.updated_at WHERE claims.article_id = excluded.article_id`);
    this.db.transaction(() => {
      const current = new Map(this.list(articleId).map((claim) => [claim.id, JSON.stringify(claim)]));
      for (const claim of claims) {
        if (current.get(claim.id) === JSON.stringify(claim)) continue;
        const { id, articleId: _a, quote, comments, signOff, createdAt, updatedAt, ...fields } = claim;
        upsert.run({
          id,
          articleId,
          quote,
          fields: JSON.stringify(fields),
          comments: JSON.stringify(comments),
          signOff: signOff ? JSON.stringify(signOff) : null,
          createdAt,
          updatedAt,
        });
      }
      const keep = new Set(claims.map((claim) => claim.id));
      for (const id of current.keys()) if (!keep.has(id)) this.db.prepare('DELETE FROM claims WHERE id = ?').run(id);
    })();
  }

  verdictScaleId(): string {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'verdictScale'").get() as { value: string } | undefined;
    return row && VERDICT_SCALES.some((s) => s.id === row.value) ? row.value : DEFAULT_SCALE_ID;
  }

  setVerdictScale(id: string): void {
    if (!VERDICT_SCALES.some((s) => s.id === id)) throw serviceError('invalid_input', 'noVerdictScale', { id });
    this.db
      .prepare("INSERT INTO settings (key, value) VALUES ('verdictScale', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(id);
  }
}
