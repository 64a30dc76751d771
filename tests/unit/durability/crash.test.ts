// Kill -9 at random moments while saving through the running browser-mode server (the process a
// user runs), and while the CLI imports: the store must stay intact and hold every write it
// acknowledged.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../db/articleStore';
import { openDatabase } from '../../../db/openStore';
import { startBrowserMode } from '../../fixtures/browserMode';
import { draftFields } from '../../fixtures/bodies';
import { openLiveWindow } from '../../fixtures/liveWindow';
import * as Y from 'yjs';
import { DocStore } from '../../../db/docStore';
import { readBodyFromDoc } from '../../../shared/collab/bodyDoc';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { plainTextOf } from '../../../shared/text/plainText';

const KILLS = Number(process.env.REDAKSI_CRASH_KILLS ?? 200);
const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = join(ROOT, 'tests', 'fixtures', 'explainer-id.txt');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-crash-'));
const CLI = join(ROOT, 'dist', 'node', 'cli.cjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The built `redaksi import` run again and again by a shell, the whole process group SIGKILLed
 * after `afterMs`; returns the ids the CLI printed, which it prints only after the import committed.
 */
function importUntilKilled(dbPath: string, file: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    const loop = `while "${process.execPath}" "${CLI}" import "${file}" --db "${dbPath}"; do :; done`;
    const child = spawn('sh', ['-c', loop], { stdio: ['ignore', 'pipe', 'ignore'], cwd: ROOT, detached: true });
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      // A line cut off by the kill is no acknowledgement.
      resolve(printed.split('\n').filter((line) => /^[0-9a-f-]{36}$/.test(line)));
    });
  });
}

/** Random moments between `from` and `to` ms: during start-up, during the first writes, deep in a run. */
const randomMoment = (from: number, to: number) => from + Math.floor(Math.random() * (to - from));

function expectIntact(db: Database.Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
}

describe('crash safety', () => {
  it(
    `keeps every save the server acknowledged through ${KILLS} SIGKILLs of browser mode, with an intact store`,
    { timeout: 900_000 },
    async () => {
      const dbPath = join(dir, 'saves.db');
      const setup = new ArticleStore(openDatabase(dbPath));
      const articleId = setup.create({ headline: 'Uji tabrakan' }).id;
      setup.db.close();
      let acknowledged = 0;
      let stored = 1;
      for (let i = 0; i < KILLS; i++) {
        const server = await startBrowserMode(dbPath);
        // Saves as the editor makes them, each acknowledged only when the HTTP answer says so.
        let base = stored;
        let killed = false;
        const saving = (async () => {
          while (!killed) {
            const body = `Revisi ${base + 1}: ${'kata '.repeat(20 + (base % 50))}`;
            const result = await server
              .call('articles:save', {
                id: articleId,
                baseRevision: base,
                kind: 'auto',
                fields: draftFields(body, { headline: `Judul ${base + 1}` }),
              })
              .catch(() => null);
            if (!result?.ok) return;
            base = (result.value as { revision: number }).revision;
            acknowledged = base;
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, randomMoment(5, 300)));
        killed = true;
        await server.kill();
        await saving;
        const db = openDatabase(dbPath);
        try {
          expectIntact(db);
          const article = new ArticleStore(db).get(articleId);
          expect(article.revision).toBeGreaterThanOrEqual(acknowledged);
          // A save in flight at the kill may have landed unacknowledged: the next round builds on it.
          stored = article.revision;
          const row = db
            .prepare('SELECT headline FROM revisions WHERE article_id = ? AND revision = ?')
            .get(articleId, article.revision) as { headline: string } | undefined;
          if (article.revision > 1) expect(row?.headline).toBe(`Judul ${article.revision}`);
        } finally {
          db.close();
        }
      }
      expect(acknowledged).toBeGreaterThan(1);
    },
  );

  it(`keeps every live-document update acknowledged as saved through ${KILLS} SIGKILLs of browser mode`, { timeout: 900_000 }, async () => {
    const dbPath = join(dir, 'live.db');
    const setup = new ArticleStore(openDatabase(dbPath));
    const articleId = setup.create({ headline: 'Uji tabrakan langsung' }).id;
    setup.db.close();
    const acknowledged: string[] = [];
    for (let round = 0; round < KILLS; round++) {
      const server = await startBrowserMode(dbPath);
      const window = openLiveWindow(server.origin, server.token, articleId, { retryDelaysMs: [60_000] });
      let killed = false;
      let onKilled: () => void = () => undefined;
      const killedNow = new Promise<false>((resolve) => (onKilled = () => resolve(false)));
      const typing = (async () => {
        await Promise.race([window.synced, killedNow]);
        for (let n = 0; !killed; n++) {
          const token = `r${round}k${n}`;
          window.addParagraph(token);
          // Acknowledged only when the main side says this update is on disk.
          const saved = await Promise.race([window.client.whenSaved().then(() => true), killedNow]);
          if (!saved) return;
          acknowledged.push(token);
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, randomMoment(5, 300)));
      killed = true;
      await server.kill();
      onKilled();
      await typing;
      window.close();
      const db = openDatabase(dbPath);
      try {
        expectIntact(db);
        const doc = new Y.Doc();
        for (const update of new DocStore(db).load(articleId).updates) Y.applyUpdate(doc, update);
        const words = new Set(plainTextOf(readBodyFromDoc(doc)).split(/\s+/));
        for (const token of acknowledged) expect(words.has(token), token).toBe(true);
      } finally {
        db.close();
      }
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
    // A clean start after the last kill brings the derived copy (search, export) up to date from the log.
    const server = await startBrowserMode(dbPath);
    const article = await server.call('articles:get', { ref: articleId });
    await server.stop();
    const text = article.ok ? plainTextOf((article.value as { body: SerializedBody }).body) : '';
    expect(acknowledged.every((token) => text.includes(token))).toBe(true);
  });

  it(`keeps every article the CLI reported imported through ${KILLS} SIGKILLs`, { timeout: 600_000 }, async () => {
    const dbPath = join(dir, 'imports.db');
    const acknowledged = new Set<string>();
    for (let i = 0; i < KILLS; i++) {
      // Each run of the CLI takes ~0.6 s here (start-up, migration check, import): kills land in every phase.
      for (const id of await importUntilKilled(dbPath, SAMPLE, randomMoment(100, 1500))) acknowledged.add(id);
      const db = openDatabase(dbPath);
      try {
        expectIntact(db);
        const present = db
          .prepare(
            "SELECT count(*) AS n FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND headline LIKE 'Mengapa Korea Utara%'",
          )
          .get(JSON.stringify([...acknowledged])) as { n: number };
        expect(present.n).toBe(acknowledged.size);
      } finally {
        db.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThan(0);
  });
});
