// Whether an SQLite file is a Redaksi store: checked before anything writes to it, so a foreign
// database chosen by mistake is refused untouched, never migrated.
import type Database from 'better-sqlite3';
import { APPLICATION_ID } from './migrations';

/**
 * Only an empty file, a Redaksi store (its application_id), or an older Redaksi store from before
 * the application_id (a schema version and an articles table) is ours to migrate and write.
 */
export function isRedaksiStore(db: Database.Database): boolean {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === APPLICATION_ID) return true;
  if (applicationId !== 0) return false;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if (version === 0) return tables === 0;
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'articles'").get() !== undefined;
}
