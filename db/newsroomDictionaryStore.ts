// The newsroom dictionary's words as this desk last heard them from its server, kept in the store's
// settings so that spelling knows them offline too. Filed under the server's address: words from one
// newsroom never show up with another. A stored value that no longer reads counts as none.
import type { Database, Statement } from 'better-sqlite3';
import { dictionaryWordsSchema, type DictionaryWords } from '../shared/contract/newsroom';

export class NewsroomDictionaryStore {
  private readonly read: Statement;
  private readonly write: Statement;

  constructor(db: Database) {
    this.read = db.prepare("SELECT value FROM settings WHERE key = 'newsroom_dictionary'").pluck();
    this.write = db.prepare(
      "INSERT INTO settings (key, value) VALUES ('newsroom_dictionary', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    );
  }

  get(server: string): DictionaryWords | null {
    const value = this.read.get() as string | undefined;
    if (value === undefined) return null;
    try {
      const kept = JSON.parse(value) as { server?: unknown; words?: unknown };
      const words = dictionaryWordsSchema.safeParse(kept.words);
      return kept.server === server && words.success ? words.data : null;
    } catch {
      return null;
    }
  }

  set(server: string, words: DictionaryWords): void {
    this.write.run(JSON.stringify({ server, words: dictionaryWordsSchema.parse(words) }));
  }
}
