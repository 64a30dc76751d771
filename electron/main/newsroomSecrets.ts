// The desktop keeps the newsroom server's address and token encrypted with Electron's safeStorage
// (the OS keychain / libsecret / DPAPI), in a file of its own beside the window state: never in the
// article store, its backups or its exports. Without OS encryption nothing is kept (asked again).
import { safeStorage } from 'electron';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeDurably } from '../../db/writeDurably';
import type { NewsroomSecrets } from '../service/createService';
import type { SecretBox } from '../../db/secretBox';

export function safeStorageSecrets(file: string, log: (message: string) => void): NewsroomSecrets {
  return {
    load() {
      if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return null;
      try {
        const parsed = JSON.parse(safeStorage.decryptString(readFileSync(file))) as { url?: unknown; token?: unknown };
        return typeof parsed.url === 'string' && typeof parsed.token === 'string' ? { url: parsed.url, token: parsed.token } : null;
      } catch (error) {
        log(`[redaksi] the saved newsroom settings cannot be read: ${(error as Error).message}`);
        return null;
      }
    },
    save(config) {
      if (config === null) {
        rmSync(file, { force: true });
        return;
      }
      if (!safeStorage.isEncryptionAvailable())
        throw new Error('This system offers no encryption for the token; give it with --token instead.');
      writeDurably(file, safeStorage.encryptString(JSON.stringify(config)));
    },
  };
}

/** Publishing credentials sealed by the OS keychain; none when the system offers no encryption (the key file does instead). */
export function safeStorageBox(): SecretBox | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    scheme: 'safeStorage',
    seal: (plain) => safeStorage.encryptString(plain),
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}
