// WAL checkpoints off the save path. SQLite's automatic checkpoint runs inside whichever commit
// crosses 1,000 WAL pages, adding a copy-and-fsync of the database to that save (the slow tail of
// autosave latency). The app instead checkpoints when the store has been quiet for a moment, and
// after many writes regardless, so the WAL stays small in a long session.
import type Database from 'better-sqlite3';

export const CHECKPOINT_IDLE_MS = 1500;
export const CHECKPOINT_MAX_WRITES = 100;

export interface IdleCheckpointer {
  /** Call after each call to the store; only calls that changed rows count (a cheap counter read). */
  noteActivity(): void;
  stop(): void;
}

export function idleCheckpointer(db: Database.Database, log: (message: string) => void = console.error): IdleCheckpointer {
  db.pragma('wal_autocheckpoint = 0');
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writes = 0;
  const changes = db.prepare('SELECT total_changes()').pluck();
  let seenChanges = changes.get() as number;
  const checkpoint = () => {
    timer = null;
    writes = 0;
    try {
      if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      log(`[redaksi] checkpoint failed (the WAL keeps the data): ${(error as Error).message}`);
    }
  };
  return {
    noteActivity() {
      if (!db.open) return;
      const now = changes.get() as number;
      if (now === seenChanges) return;
      seenChanges = now;
      writes++;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(checkpoint, writes >= CHECKPOINT_MAX_WRITES ? 0 : CHECKPOINT_IDLE_MS);
      timer.unref?.();
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
