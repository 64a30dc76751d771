// WAL checkpoints off the save path. SQLite's automatic checkpoint runs inside whichever commit
// crosses 1,000 WAL pages, adding a copy-and-fsync of the database to that save (the slow tail of
// autosave latency). The app instead checkpoints when the store has been quiet for a moment
// (TRUNCATE: the WAL file shrinks to nothing), and after many writes regardless (PASSIVE: never
// waits), so the WAL stays small in a long session. journal_size_limit caps what a reset WAL keeps.
import type Database from 'better-sqlite3';

export const CHECKPOINT_IDLE_MS = 1500;
export const CHECKPOINT_MAX_WRITES = 100;
export const WAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024;

export interface IdleCheckpointer {
  /** Call after each call to the store; only calls that changed rows count (a cheap counter read). */
  noteActivity(): void;
  stop(): void;
}

export function idleCheckpointer(db: Database.Database, log: (message: string) => void = console.error): IdleCheckpointer {
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writes = 0;
  const changes = db.prepare('SELECT total_changes()').pluck();
  let seenChanges = changes.get() as number;
  const schedule = (mode: 'PASSIVE' | 'TRUNCATE', delay: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(checkpoint, delay, mode);
    timer.unref?.();
  };
  function checkpoint(mode: 'PASSIVE' | 'TRUNCATE'): void {
    timer = null;
    writes = 0;
    if (!db.open) return;
    // Never wait on the thread that serves the windows: a reader elsewhere (the CLI) makes this one
    // return busy, and the next idle moment tries again.
    const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
    try {
      db.pragma('busy_timeout = 0');
      db.pragma(`wal_checkpoint(${mode})`);
    } catch (error) {
      log(`[redaksi] checkpoint failed (the WAL keeps the data): ${(error as Error).message}`);
    } finally {
      db.pragma(`busy_timeout = ${busyTimeout}`);
    }
    // After a checkpoint forced by many writes, still shrink the WAL at the next quiet moment.
    if (mode === 'PASSIVE') schedule('TRUNCATE', CHECKPOINT_IDLE_MS);
  }
  return {
    noteActivity() {
      if (!db.open) return;
      const now = changes.get() as number;
      if (now === seenChanges) return;
      seenChanges = now;
      writes++;
      if (writes >= CHECKPOINT_MAX_WRITES) schedule('PASSIVE', 0);
      else schedule('TRUNCATE', CHECKPOINT_IDLE_MS);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
