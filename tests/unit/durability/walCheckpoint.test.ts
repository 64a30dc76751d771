// The running app keeps its write-ahead log small. Before the composition root was shared, the app
// assembled its dispatch without the idle checkpointer: 300 saves of a 35 KB article left an 86 MB
// WAL that grew until quit. This runs the real browser-mode server process, as a user does.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { bodyOf, draftFields, paragraph, text } from '../../fixtures/bodies';
import { openLiveWindow } from '../../fixtures/liveWindow';

const dir = mkdtempSync(join(tmpdir(), 'redaksi-wal-'));
let server: BrowserModeServer | null = null;
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const walBytes = (dbPath: string) => (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0);

describe('WAL size in the running app', () => {
  it(
    'a 35 KB article, then 600 keystrokes through a live window: the WAL stays bounded, then is folded back and truncated',
    { timeout: 120_000 },
    async () => {
      const dbPath = join(dir, 'redaksi.db');
      server = await startBrowserMode(dbPath);
      const created = await server.call('articles:create', { headline: 'WAL' });
      expect(created.ok).toBe(true);
      const { id, revision } = (created as { value: { id: string; revision: number } }).value;
      const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraf ${i}: ${'kata yang diketik editor '.repeat(22)}`);
      const fields = { ...draftFields(''), headline: 'WAL', body: bodyOf(...paragraphs.map((p) => paragraph(text(p)))) };
      expect(JSON.stringify(fields.body).length).toBeGreaterThan(35_000);
      expect((await server.call('articles:save', { id, baseRevision: revision, kind: 'auto', fields })).ok).toBe(true);
      // Every keystroke is an update appended to the store (synchronous=FULL) and derived about once a second.
      const window = openLiveWindow(server.origin, server.token, id);
      await window.synced;
      let peak = 0;
      for (let i = 0; i < 600; i++) {
        window.type(i % 7 === 6 ? ' ' : 'k');
        if (i % 20 === 19) {
          await window.client.whenSaved();
          peak = Math.max(peak, walBytes(dbPath));
        }
      }
      await window.client.whenSaved();
      window.close();
      // Checkpoints every 100 writes keep it bounded while typing goes on…
      expect(peak).toBeLessThan(40 * 1024 * 1024);
      // …and once the store is quiet the WAL is truncated.
      await expect.poll(() => walBytes(dbPath), { timeout: 15_000, interval: 250 }).toBeLessThan(64 * 1024);
      const article = await server.call('articles:get', { ref: id });
      expect(JSON.stringify(article)).toContain('kkkkkk');
    },
  );
});
