// `--db` names either the server's own SQLite file (a path) or a PostgreSQL database (a URL).
import { isPostgresUrl, type NewsroomStore } from './newsroomStore';
import { openPostgresStore } from './postgresStore';
import { openSqliteStore } from './sqliteStore';

export async function openNewsroomStore(location: string, log: (message: string) => void): Promise<NewsroomStore> {
  return isPostgresUrl(location) ? openPostgresStore(location, log) : openSqliteStore(location);
}
