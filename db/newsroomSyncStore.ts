// How each article stands with the newsroom server (see migration 7). Written on changes of
// standing only (a first waiting change, an acknowledgement), never per keystroke.
import type { Database, Statement } from 'better-sqlite3';

export type NewsroomSyncState = 'synced' | 'waiting';

export class NewsroomSyncStore {
  private readonly statements: Record<'waiting' | 'synced' | 'all' | 'clear' | 'server' | 'setServer', Statement>;

  constructor(
    db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statements = {
      waiting: db.prepare(
        `INSERT INTO newsroom_sync (article_id, waiting, synced_at) VALUES (?, 1, NULL)
         ON CONFLICT (article_id) DO UPDATE SET waiting = 1 WHERE waiting = 0`,
      ),
      synced: db.prepare(
        `INSERT INTO newsroom_sync (article_id, waiting, synced_at) VALUES (@id, 0, @now)
         ON CONFLICT (article_id) DO UPDATE SET waiting = 0, synced_at = @now`,
      ),
      all: db.prepare('SELECT article_id AS id, waiting FROM newsroom_sync'),
      clear: db.prepare('DELETE FROM newsroom_sync'),
      server: db.prepare("SELECT value FROM settings WHERE key = 'newsroom_sync_server'").pluck(),
      setServer: db.prepare(
        "INSERT INTO settings (key, value) VALUES ('newsroom_sync_server', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ),
    };
    this.forServer = db.transaction(this.forServer.bind(this));
  }

  /** The standings are with `url`'s server: kept when it is the one they were recorded with, else forgotten. */
  forServer(url: string): void {
    if (this.statements.server.get() === url) return;
    this.statements.clear.run();
    this.statements.setServer.run(url);
  }

  /** Changes made here wait for the server; true when that is news. */
  markWaiting(articleId: string): boolean {
    return this.statements.waiting.run(articleId).changes > 0;
  }

  /** The server has every change made here. */
  markSynced(articleId: string): void {
    this.statements.synced.run({ id: articleId, now: this.now().toISOString() });
  }

  states(): Map<string, NewsroomSyncState> {
    const rows = this.statements.all.all() as Array<{ id: string; waiting: number }>;
    return new Map(rows.map((row) => [row.id, row.waiting ? 'waiting' : 'synced']));
  }
}
