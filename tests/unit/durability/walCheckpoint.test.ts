// The running app keeps its write-ahead log small. Before the composition root was shared, the app
// assembled its dispatch without the idle checkpointer: 300 saves of a 35 KB article left an 86 MB
// WAL that grew until quit. This runs the real browser-mode server process, as a user does.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { bodyOf, draftFields, paragraph, text } from '../../fixtures/bodies';

const dir = mkdtempSync(join(tmpdir(), 'redaksi-wal-'));
let server: BrowserModeServer | null = null;
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const walBytes = (dbPath: string) => (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0);

describe('WAL size in the running app', () => {
  it(
    '300 saves of a 35 KB article through browser mode, then a quiet moment: the WAL is folded back and truncated',
    { timeout: 120_000 },
    async () => {
      const dbPath = join(dir, 'redaksi.db');
      server = await startBrowserMode(dbPath);
      const created = await server.call('articles:create', { headline: 'WAL' });
      expect(created.ok).toBe(true);
      let revision = (created as { value: { id: string; revision: number } }).value.revision;
      const id = (created as { value: { id: string } }).value.id;
      const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraf ${i}: ${'kata yang diketik editor '.repeat(22)}`);
      let peak = 0;
      for (let i = 0; i < 300; i++) {
        paragraphs[i % 60] += ` ketik${i}`;
        const fields = { ...draftFields(''), headline: 'WAL', body: bodyOf(...paragraphs.map((p) => paragraph(text(p)))) };
        if (i === 0) expect(JSON.stringify(fields.body).length).toBeGreaterThan(35_000);
        const saved = await server.call('articles:save', { id, baseRevision: revision, kind: 'auto', fields });
        expect(saved.ok).toBe(true);
        revision = (saved as { value: { revision: number } }).value.revision;
        peak = Math.max(peak, walBytes(dbPath));
      }
      // Checkpoints every 100 writes keep it bounded while typing goes on…
      expect(peak).toBeLessThan(40 * 1024 * 1024);
      // …and once the store is quiet the WAL is truncated.
      await expect.poll(() => walBytes(dbPath), { timeout: 10_000, interval: 250 }).toBeLessThan(64 * 1024);
      expect(statSync(dbPath).size).toBeGreaterThan(1024 * 1024);
    },
  );
});
