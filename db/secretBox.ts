// Credentials at rest. The desktop app seals them with Electron's safeStorage (the OS keychain);
// browser mode and the command line with AES-256-GCM under a key kept in a file of its own beside
// the store (readable by this user only), so the store, its backups and its copies hold only
// ciphertext: a store sent to a colleague or left in a backup gives away no password.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeDurably } from './writeDurably';

export interface SecretBox {
  /** Recorded beside each sealed value, so the right box opens it. */
  readonly scheme: string;
  seal(plain: string): Buffer;
  open(sealed: Buffer): string;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key file beside a store: `articles.db` → `articles.db.secret-key`. */
export function keyFileFor(dbPath: string): string {
  return `${dbPath}.secret-key`;
}

function readOrMakeKey(file: string): Buffer {
  if (existsSync(file)) {
    const key = readFileSync(file);
    if (key.length !== KEY_BYTES) throw new Error(`The key file ${file} is damaged; remove it and add the destinations again.`);
    return key;
  }
  const key = randomBytes(KEY_BYTES);
  writeDurably(file, key, 0o600);
  return key;
}

export function keyFileBox(dbPath: string): SecretBox {
  const file = keyFileFor(dbPath);
  let key: Buffer | null = null;
  // Made on first use: a store that never keeps a credential gets no key file.
  const theKey = () => (key ??= readOrMakeKey(file));
  return {
    scheme: 'key-file',
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      if (!existsSync(file)) throw new Error('the key that sealed it is not on this computer');
      const decipher = createDecipheriv('aes-256-gcm', theKey(), sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
