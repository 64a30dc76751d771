// This desk's profile (shared/people/profile.ts), kept in the store's settings. A stored value that
// no longer reads as a profile counts as none (the person is asked again), never as an error.
import type { Database, Statement } from 'better-sqlite3';
import { profileSchema, type Profile } from '../shared/people/profile';

export class ProfileStore {
  private readonly read: Statement;
  private readonly write: Statement;

  constructor(db: Database) {
    this.read = db.prepare("SELECT value FROM settings WHERE key = 'profile'").pluck();
    this.write = db.prepare(
      "INSERT INTO settings (key, value) VALUES ('profile', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    );
  }

  get(): Profile | null {
    const value = this.read.get() as string | undefined;
    if (value === undefined) return null;
    try {
      const parsed = profileSchema.safeParse(JSON.parse(value));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  set(profile: Profile): Profile {
    const parsed = profileSchema.parse(profile);
    this.write.run(JSON.stringify(parsed));
    return parsed;
  }
}
