// A restore can be cut off at any moment (a crash, a power cut). After every single file-system step
// it takes, a whole store must be at the store's path — the old one or the restored one, never
// none: the restore used to be two renames, and a crash between them left no store, which the next
// start silently replaced with an empty one.
import type * as NodeFs from 'node:fs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const steps = vi.hoisted(() => ({ after: null as null | ((what: string) => void) }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeFs>();
  const watched = <F extends (...args: never[]) => unknown>(name: string, fn: F) =>
    ((...args: Parameters<F>) => {
      const result = fn(...args);
      steps.after?.(`${name}(${args.slice(0, 2).map(String).join(', ')})`);
      return result;
    }) as F;
  return {
    ...actual,
    renameSync: watched('rename', actual.renameSync),
    linkSync: watched('link', actual.linkSync),
    rmSync: watched('rm', actual.rmSync),
    unlinkSync: watched('unlink', actual.unlinkSync),
    copyFileSync: watched('copy', actual.copyFileSync),
  };
});

const { rollingBackup, restoreBackup, checkStoreFile } = await import('../../../db/backups');
const { writeStore, writeGarbage } = await import('../../fixtures/storeFiles');
const Database = (await import('better-sqlite3')).default;

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-atomic-'));
  dbPath = join(dir, 'redaksi.db');
});
afterEach(() => {
  steps.after = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('restore is atomic', () => {
  for (const [label, prepare] of [
    ['over a healthy store', () => writeStore(dbPath, ['Sekarang'])],
    ['over a damaged store', () => writeGarbage(dbPath)],
  ] as const) {
    it(`${label}: after every step a whole store is in place`, async () => {
      writeStore(join(dir, 'source.db'), ['Cadangan']);
      const source = new Database(join(dir, 'source.db'));
      const backup = await rollingBackup(source, join(dir, 'source.db'), 'daily');
      source.close();
      prepare();
      const seen: string[] = [];
      steps.after = (what) => {
        seen.push(what);
        expect(existsSync(dbPath), `no store after ${what}`).toBe(true);
      };
      await restoreBackup(dbPath, backup.file);
      steps.after = null;
      expect(
        seen.some((step) => step === `rename(${dbPath}.restoring, ${dbPath})`),
        seen.join('\n'),
      ).toBe(true);
      expect(checkStoreFile(dbPath)).toMatchObject({ ok: true });
    });
  }
});
