// Newsroom accounts: a name, a role and a token. The token is shown once, when made; only its
// SHA-256 is stored (tokens are 256 random bits, so a plain hash is enough: nothing to brute-force).
import type { Database } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from '../shared/contract/newsroom';

export { ROLE_RIGHTS, ROLES, type Role } from '../shared/contract/newsroom';

export interface Account {
  name: string;
  role: Role;
  createdAt: string;
}

const nameSchema = z
  .string()
  .trim()
  .min(1, 'A user needs a name.')
  .max(80, 'A user name is at most 80 characters.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u, "A user name holds letters, digits, spaces and . _ ' - only.");

export class AccountError extends Error {}

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newToken(): string {
  return `rdk_${randomBytes(32).toString('base64url')}`;
}

export class Accounts {
  constructor(private readonly db: Database) {}

  /** Adds a user; returns their token (the only time it is shown). */
  add(name: string, role: string): string {
    const parsedName = nameSchema.safeParse(name);
    if (!parsedName.success) throw new AccountError(parsedName.error.issues[0]!.message);
    if (!(ROLES as readonly string[]).includes(role)) throw new AccountError(`Unknown role "${role}". Use one of: ${ROLES.join(', ')}.`);
    const token = newToken();
    try {
      this.db
        .prepare('INSERT INTO users (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)')
        .run(parsedName.data, role, hashToken(token), new Date().toISOString());
    } catch (error) {
      if (/UNIQUE|PRIMARY KEY/.test((error as Error).message)) throw new AccountError(`A user named "${parsedName.data}" exists already.`);
      throw error;
    }
    return token;
  }

  list(): Account[] {
    return this.db.prepare('SELECT name, role, created_at AS createdAt FROM users ORDER BY name').all() as Account[];
  }

  remove(name: string): void {
    if (this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes === 0) throw new AccountError(`No user named "${name}".`);
  }

  /** A new token for the user; the old one stops working at once. */
  rotate(name: string): string {
    const token = newToken();
    if (this.db.prepare('UPDATE users SET token_hash = ? WHERE name = ?').run(hashToken(token), name).changes === 0) {
      throw new AccountError(`No user named "${name}".`);
    }
    return token;
  }

  /** The account a token belongs to, or null (looked up by hash, so no token is ever compared in plain). */
  verify(token: unknown): Account | null {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
    return (
      (this.db.prepare('SELECT name, role, created_at AS createdAt FROM users WHERE token_hash = ?').get(hashToken(token)) as
        Account | undefined) ?? null
    );
  }
}
