// Where imported articles came from (a WordPress post: its site and id), so importing the same
// archive again finds them instead of making copies. A purged article takes its entry with it.
import type Database from 'better-sqlite3';

export class ImportSourceStore {
  private readonly find: Database.Statement;
  private readonly insert: Database.Statement;

  constructor(readonly db: Database.Database) {
    this.find = db.prepare('SELECT article_id FROM import_sources WHERE source = ?').pluck();
    this.insert = db.prepare('INSERT INTO import_sources (source, article_id) VALUES (?, ?)');
  }

  /** The article imported from `source`, if it is still in the store. */
  articleFor(source: string): string | null {
    return (this.find.get(source) as string | undefined) ?? null;
  }

  remember(source: string, articleId: string): void {
    this.insert.run(source, articleId);
  }
}
