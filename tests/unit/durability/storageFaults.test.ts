// A full disk and a read-only store, for real: the save is refused with a typed error the editor
// shows and retries, the store is left intact, and the same save succeeds once there is room.
// The full disk is the running browser-mode server process with its file-size limit lowered
// (prlimit), so SQLite's own write fails exactly as on a full disk.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../../../electron/service/createService';
import { startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { draftFields } from '../../fixtures/bodies';

let dir: string;
let dbPath: string;
let server: BrowserModeServer | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-faults-'));
  dbPath = join(dir, 'redaksi.db');
});
afterEach(async () => {
  await server?.stop();
  server = null;
  rmSync(dir, { recursive: true, force: true });
});

function fields(words: number) {
  return draftFields(Array.from({ length: words }, (_, i) => `kata${i}`).join(' '), { headline: 'Disk penuh' });
}

function setFileSizeLimit(pid: number, bytes: number | 'unlimited'): void {
  execFileSync('prlimit', ['--pid', String(pid), `--fsize=${bytes}:unlimited`]);
}

function integrity(): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('storage faults', () => {
  it(
    'a full disk refuses the save as storage_unavailable, changes nothing, and the retry succeeds once there is room',
    { timeout: 60_000 },
    async () => {
      server = await startBrowserMode(dbPath);
      const created = await server.call('articles:create', { headline: 'Disk penuh' });
      expect(created.ok).toBe(true);
      const article = (created as { value: { id: string; revision: number } }).value;
      // The store is quiet and checkpointed: from here on no file of the server may grow past 64 KB.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      setFileSizeLimit(server.process.pid!, 64 * 1024);
      const request = { id: article.id, baseRevision: article.revision, kind: 'auto' as const, fields: fields(20_000) };

      const refused = await server.call('articles:save', request);
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
      if (!refused.ok) expect(refused.error.message).toMatch(/SQLITE_(FULL|IOERR).*Your text is kept in the editor/);
      expect(await server.call('articles:get', { ref: article.id })).toMatchObject({ ok: true, value: { revision: article.revision } });
      expect(integrity()).toBe('ok');

      setFileSizeLimit(server.process.pid!, 'unlimited');
      const retried = await server.call('articles:save', request);
      expect(retried).toMatchObject({ ok: true, value: { revision: article.revision + 1 } });
      await server.stop();
      server = null;
      const db = new Database(dbPath, { readonly: true });
      const row = db.prepare('SELECT revision, body_json FROM articles WHERE id = ?').get(article.id) as {
        revision: number;
        body_json: string;
      };
      db.close();
      expect(row.revision).toBe(article.revision + 1);
      expect(JSON.parse(row.body_json)).toEqual(request.fields.body);
      expect(integrity()).toBe('ok');
    },
  );

  // Root ignores file permissions and a read-only mount needs privileges, so a read-only store is
  // opened read-only through the same composition root instead of in the server process.
  it('a read-only store refuses saves with a typed error and still reads', async () => {
    const writable = await createService(dbPath, { mode: 'browser', version: 'test' });
    const created = await writable.dispatch('articles:create', { headline: 'Hanya baca' });
    const article = created.ok ? (created.value as { id: string; revision: number }) : null;
    await writable.close();
    const service = await createService(dbPath, { mode: 'browser', version: 'test', storeOptions: { readonly: true } });
    try {
      const refused = await service.dispatch('articles:save', {
        id: article!.id,
        baseRevision: article!.revision,
        kind: 'auto',
        fields: fields(10),
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
      if (!refused.ok) expect(refused.error.message).toContain('SQLITE_READONLY');
      expect(await service.dispatch('articles:get', { ref: article!.id })).toMatchObject({ ok: true, value: { headline: 'Hanya baca' } });
    } finally {
      await service.close();
    }
  });
});
