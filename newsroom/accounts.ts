// Newsroom accounts: a name, a role and a token. The token is shown once, when made; only its
// SHA-256 is stored (tokens are 256 random bits, so a plain hash is enough: nothing to brute-force).
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from '../shared/contract/newsroom';
import type { Account, NewsroomStore } from './newsroomStore';

export { ROLE_RIGHTS, ROLES, type Role } from '../shared/contract/newsroom';
export type { Account } from './newsroomStore';

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
  constructor(private readonly store: NewsroomStore) {}

  /** Adds a user; returns their token (the only time it is shown). */
  async add(name: string, role: string): Promise<string> {
    const parsedName = nameSchema.safeParse(name);
    if (!parsedName.success) throw new AccountError(parsedName.error.issues[0]!.message);
    if (!(ROLES as readonly string[]).includes(role)) throw new AccountError(`Unknown role "${role}". Use one of: ${ROLES.join(', ')}.`);
    const token = newToken();
    const account: Account = { name: parsedName.data, role: role as Role, createdAt: new Date().toISOString() };
    if (!(await this.store.addUser(account, hashToken(token)))) throw new AccountError(`A user named "${parsedName.data}" exists already.`);
    return token;
  }

  list(): Promise<Account[]> {
    return this.store.listUsers();
  }

  async remove(name: string): Promise<void> {
    if (!(await this.store.removeUser(name))) throw new AccountError(`No user named "${name}".`);
  }

  /** A new token for the user; the old one stops working at once. */
  async rotate(name: string): Promise<string> {
    const token = newToken();
    if (!(await this.store.replaceTokenHash(name, hashToken(token)))) throw new AccountError(`No user named "${name}".`);
    return token;
  }

  /** The account a token belongs to, or null (looked up by hash, so no token is ever compared in plain). */
  async verify(token: unknown): Promise<Account | null> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
    return this.store.userByTokenHash(hashToken(token));
  }
}
