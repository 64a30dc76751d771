// Corrections to a published article: each note, when and by whom, oldest first. Every later
// publication of the article carries all of them (a correction is never quietly dropped).
import type Database from 'better-sqlite3';

export interface Correction {
  note: string;
  madeAt: string;
  madeBy: string | null;
}

export class CorrectionStore {
  constructor(private readonly db: Database.Database) {}

  list(articleId: string): Correction[] {
    return this.db
      .prepare('SELECT note, made_at AS madeAt, made_by AS madeBy FROM corrections WHERE article_id = ? ORDER BY id')
      .all(articleId) as Correction[];
  }

  add(articleId: string, note: string, madeBy: string | null, madeAt = new Date().toISOString()): Correction {
    this.db
      .prepare('INSERT INTO corrections (article_id, note, made_at, made_by) VALUES (?, ?, ?, ?)')
      .run(articleId, note, madeAt, madeBy);
    return { note, madeAt, madeBy };
  }
}
