// Store-side benchmarks: autosave through browser mode's server process (the app's own composition,
// over its HTTP transport) in a 10,000-article store, with the WAL's size after the run; full-text
// search over 50,000 articles; and exporting the big article (first run and cached).
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleStore } from '../db/articleStore';
import { assetDirFor } from '../db/assetStore';
import { openDatabase } from '../db/openStore';
import { createService } from '../electron/service/createService';
import { CHECKPOINT_IDLE_MS } from '../electron/service/idleCheckpoint';
import { startBrowserMode } from '../tests/fixtures/browserMode';
import { bodyOf, draftFields, paragraph, text } from '../tests/fixtures/bodies';
import { seedBigArticle } from './bigArticle';
import { paragraphs, rareWord, seeded } from './corpus';
import { figure, percentile, timed, type Figure } from './stats';

/** Fills a store with `count` articles of ~`words` words, in big transactions (setup, not measured). */
function fillStore(store: ArticleStore, count: number, words: number, seed: number): void {
  const next = seeded(seed);
  store.db.pragma('synchronous = OFF');
  const batch = store.db.transaction((n: number) => {
    for (let i = 0; i < n; i++) {
      const language = next() < 0.6 ? 'id' : 'en';
      const body = bodyOf(...paragraphs(next, language, words).map((p) => paragraph(text(p))));
      store.create({ headline: paragraphs(next, language, 8)[0]!.slice(0, 90), language, body });
    }
  });
  for (let done = 0; done < count; done += 1000) batch(Math.min(1000, count - done));
  store.db.pragma('synchronous = FULL');
}

function walBytes(dbPath: string): number {
  return existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0;
}

export async function benchAutosave(dir: string, saves = 300): Promise<Figure[]> {
  const dbPath = join(dir, 'autosave.db');
  rmSync(dbPath, { force: true });
  // Set-up, not measured: 10,000 articles written straight into the file.
  const seeded10k = new ArticleStore(openDatabase(dbPath));
  fillStore(seeded10k, 10_000, 800, 11);
  seeded10k.db.pragma('wal_checkpoint(TRUNCATE)');
  seeded10k.db.close();
  // Baseline: the same JSON inserted into a bare SQLite table, in this process.
  const bare = new Database(join(dir, 'bare.db'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.exec('CREATE TABLE raw (id INTEGER PRIMARY KEY, json TEXT NOT NULL)');
  const rawInsert = bare.prepare('INSERT INTO raw (json) VALUES (?)');
  const server = await startBrowserMode(dbPath);
  const figures: Figure[] = [];
  try {
    for (const [label, words] of [
      ['an 800-word article', 800],
      ['the 20,000-word article', 20_000],
    ] as const) {
      const next = seeded(words);
      const created = await server.call('articles:create', { headline: `Autosave ${label}` });
      if (!created.ok) throw new Error(created.error.message);
      const article = created.value as { id: string; revision: number };
      let revision = article.revision;
      const latencies: number[] = [];
      const raw: number[] = [];
      const texts = paragraphs(next, 'id', words);
      for (let i = 0; i < saves; i++) {
        // Each save differs a little, as typing does.
        texts[i % texts.length] += ` ketik${i}`;
        const fields = { ...draftFields(''), headline: `Autosave ${label}`, body: bodyOf(...texts.map((p) => paragraph(text(p)))) };
        const input = { id: article.id, baseRevision: revision, kind: 'auto' as const, fields };
        // What the editor's autosave does: an HTTP call to the app's server, contract validation, the store's transaction.
        latencies.push(
          await timed(async () => {
            const result = await server.call('articles:save', input);
            if (!result.ok) throw new Error(result.error.message);
            revision = (result.value as { revision: number }).revision;
          }),
        );
        const bytes = JSON.stringify(fields);
        raw.push(await timed(() => rawInsert.run(bytes)));
      }
      figures.push(
        figure(`Autosave p50, ${label} (browser mode, HTTP)`, 'ms', percentile(latencies, 50), { baseline: percentile(raw, 50) }),
        figure(`Autosave p99, ${label} (browser mode, HTTP)`, 'ms', percentile(latencies, 99), {
          baseline: percentile(raw, 99),
          max: 50,
          target: '≤ 50 ms (off the typing path; the serving thread stays free)',
        }),
      );
    }
    const afterRun = walBytes(dbPath);
    // The app checkpoints once the store is quiet; wait a little longer than that.
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_IDLE_MS + 1500));
    const idle = walBytes(dbPath);
    figures.push(
      figure(`WAL size right after ${2 * saves} autosaves`, 'MB', afterRun / 1048576, {
        max: 32,
        target: '≤ 32 MB (bounded by the checkpoints)',
      }),
      figure('WAL size after the store is idle', 'MB', idle / 1048576, { max: 0.5, target: '≤ 0.5 MB (truncated when quiet)' }),
    );
  } finally {
    await server.stop();
    bare.close();
    rmSync(dbPath, { force: true });
  }
  return figures;
}

/** The 50,000-article archive is built once and kept in bench/.cache (it takes minutes). */
function searchArchive(cacheDir: string): string {
  const path = join(cacheDir, 'search-50k-v1.db');
  if (existsSync(path)) {
    openDatabase(path).close(); // brings a cached archive up to the current schema
    return path;
  }
  mkdirSync(cacheDir, { recursive: true });
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const store = new ArticleStore(openDatabase(building));
  fillStore(store, 50_000, 800, 2025);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.close();
  renameSync(building, path);
  return path;
}

export const SEARCH_QUERIES: ReadonlyArray<[string, string]> = [
  ['common word (id)', 'pemerintah'],
  ['two common words (id)', 'harga beras'],
  ['phrase (id)', '"korea utara"'],
  ['common word (en)', 'government'],
  ['phrase (en)', '"north korea"'],
  ['rare word', rareWord(1234)],
  ['rare + common', `${rareWord(77)} presiden`],
  ['prefix as typed', 'intel'],
];

export function benchSearch(cacheDir: string, rounds = 25): Figure[] {
  const store = new ArticleStore(openDatabase(searchArchive(cacheDir), { readonly: true }));
  const raw = store.db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 50');
  const all: number[] = [];
  const baseline: number[] = [];
  const perQuery: Figure[] = [];
  try {
    store.search('pemanasan', undefined); // warm the page cache once
    for (const [label, query] of SEARCH_QUERIES) {
      const samples: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        store.search(query, undefined);
        samples.push(performance.now() - start);
        const rawStart = performance.now();
        raw.all(
          query
            .replace(/"/g, '')
            .split(' ')
            .map((w) => `"${w}"`)
            .join(' '),
        );
        baseline.push(performance.now() - rawStart);
      }
      all.push(...samples);
      perQuery.push(figure(`Search p95: ${label} (${query})`, 'ms', percentile(samples, 95)));
    }
  } finally {
    store.db.close();
  }
  return [
    figure('Search p50, 50,000 articles', 'ms', percentile(all, 50), { baseline: percentile(baseline, 50) }),
    figure('Search p95, 50,000 articles', 'ms', percentile(all, 95), { baseline: percentile(baseline, 95), max: 50 }),
    ...perQuery,
  ];
}

export async function benchExport(dir: string): Promise<Figure[]> {
  const dbPath = join(dir, 'export.db');
  rmSync(dbPath, { force: true });
  rmSync(assetDirFor(dbPath), { recursive: true, force: true });
  const service = await createService(dbPath, { mode: 'browser', version: 'bench' });
  try {
    const { id } = await seedBigArticle(service.dispatch);
    // What the Export button does: the page, its images as WebP renditions, all zipped.
    const exportZip = async () => {
      const result = await service.dispatch('publish:export', { articleId: id, format: 'html', images: 'files', keepCredit: false });
      if (!result.ok) throw new Error(result.error.message);
    };
    const first = await timed(exportZip);
    const cached: number[] = [];
    for (let i = 0; i < 5; i++) cached.push(await timed(exportZip));
    const htmlOnly: number[] = [];
    for (let i = 0; i < 5; i++) htmlOnly.push(await timed(() => service.dispatch('publish:preview', { articleId: id })));
    const html = percentile(htmlOnly, 50);
    return [
      figure('Export, first run (30 images, renditions made)', 'ms', first, { baseline: html }),
      figure('Export, cached renditions', 'ms', percentile(cached, 50), { baseline: html, max: 300 }),
    ];
  } finally {
    await service.close();
    rmSync(dbPath, { force: true });
    rmSync(assetDirFor(dbPath), { recursive: true, force: true });
  }
}
