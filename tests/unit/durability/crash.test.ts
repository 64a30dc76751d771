// Kill -9 at random moments while saving, and while the CLI imports: the store must stay intact
// and hold every write it acknowledged.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../db/articleStore';
import { openDatabase } from '../../../db/openStore';

const KILLS = Number(process.env.REDAKSI_CRASH_KILLS ?? 200);
const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = join(ROOT, 'tests', 'fixtures', 'explainer-id.txt');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-crash-'));
// Bundled inside the project so the child finds better-sqlite3 in node_modules.
const bundled = (name: string) => join(ROOT, 'node_modules', '.cache', 'redaksi-crash', `${name}-${process.pid}.cjs`);
const writer = bundled('crashWriter');
const importer = bundled('crashImporter');

beforeAll(async () => {
  for (const name of ['crashWriter', 'crashImporter']) {
    await build({
      entryPoints: [join(__dirname, '..', '..', 'fixtures', `${name}.ts`)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundled(name),
      external: ['better-sqlite3', 'sharp'],
      logLevel: 'silent',
    });
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(writer, { force: true });
  rmSync(importer, { force: true });
});

/** Runs the writer, SIGKILLs it after `afterMs`, and returns what it acknowledged. */
function runAndKill(script: string, args: string[], afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
    const acks: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ACK ')) acks.push(line.slice(4));
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself: ${stderr}`));
      else resolve(acks);
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
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs, with an intact store`, { timeout: 600_000 }, async () => {
    const dbPath = join(dir, 'saves.db');
    const setup = new ArticleStore(openDatabase(dbPath));
    const articleId = setup.create({ headline: 'Uji tabrakan' }).id;
    setup.db.close();
    let acknowledged = 0;
    for (let i = 0; i < KILLS; i++) {
      const acks = await runAndKill(writer, [dbPath, articleId], randomMoment(30, 200));
      if (acks.length > 0) acknowledged = Number(acks.at(-1));
      const db = openDatabase(dbPath);
      try {
        expectIntact(db);
        const article = new ArticleStore(db).get(articleId);
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

  it(`keeps every article the CLI reported imported through ${KILLS} SIGKILLs`, { timeout: 600_000 }, async () => {
    const dbPath = join(dir, 'imports.db');
    const acknowledged = new Set<string>();
    for (let i = 0; i < KILLS; i++) {
      // The CLI takes ~0.45 s to load here, then imports the sample every ~10 ms.
      for (const id of await runAndKill(importer, [dbPath, SAMPLE], randomMoment(250, 700))) acknowledged.add(id);
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
