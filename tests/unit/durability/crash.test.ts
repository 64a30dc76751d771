// Kill -9 at random moments while saving: the store must stay intact and hold every save it acknowledged.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../db/articleStore';
import { openDatabase } from '../../../db/openStore';

const KILLS = Number(process.env.REDAKSI_CRASH_KILLS ?? 200);
const ROOT = join(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-crash-'));
// Bundled inside the project so the child finds better-sqlite3 in node_modules.
const writer = join(ROOT, 'node_modules', '.cache', 'redaksi-crash', `writer-${process.pid}.cjs`);
const dbPath = join(dir, 'store.db');
let articleId = '';

beforeAll(async () => {
  await build({
    entryPoints: [join(__dirname, '..', '..', 'fixtures', 'crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writer,
    external: ['better-sqlite3', 'sharp'],
    logLevel: 'silent',
  });
  const store = new ArticleStore(openDatabase(dbPath));
  articleId = store.create({ headline: 'Uji tabrakan' }).id;
  store.db.close();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(writer, { force: true });
});

function runAndKill(afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, articleId], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: join(__dirname, '..', '..', '..'),
    });
    let lastAck = 0;
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ACK ')) lastAck = Number(line.slice(4));
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself: ${stderr}`));
      else resolve(lastAck);
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs, with an intact store`, { timeout: 600_000 }, async () => {
    let acknowledged = 0;
    for (let i = 0; i < KILLS; i++) {
      // Random moments: during start-up, during the first saves, deep in a run.
      const ack = await runAndKill(30 + Math.floor(Math.random() * 170));
      if (ack > 0) acknowledged = ack;
      const db = openDatabase(dbPath);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const store = new ArticleStore(db);
        const article = store.get(articleId);
        expect(article.revision).toBeGreaterThanOrEqual(acknowledged);
        if (acknowledged > 0) {
          // The acknowledged revision's snapshot is there (kept: it is among the newest autosaves).
          const row = db.prepare('SELECT headline FROM revisions WHERE article_id = ? AND revision = ?').get(articleId, acknowledged) as
            { headline: string } | undefined;
          expect(row?.headline).toBe(`Judul ${acknowledged}`);
        }
      } finally {
        db.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(0);
  });
});
