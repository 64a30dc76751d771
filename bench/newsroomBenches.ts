// The newsroom server under load, as a newsroom runs it (`redaksi server`, its own process, on
// loopback) with real Hocuspocus clients: fan-out to 50 clients on one article (against 2), the
// time two replicas take to converge after 1,000 offline edits each (against 10 each), and the
// server's memory per open document; then the same on PostgreSQL (against the SQLite figures of the
// same run), and fan-out across two instances joined by Redis (when both run here).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addUser, newsroomClient, startNewsroom, until, type NewsroomClient, type NewsroomProcess } from '../tests/fixtures/newsroomServer';
import { scaleOutUnavailable, startPostgres, startRedis } from '../tests/fixtures/scaleOutServices';
import { figure, percentile, type Figure } from './stats';

const TOKENS = 100;
const KEY_INTERVAL_MS = 70;

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/**
 * One writer types TOKENS tokens; every other client's arrival time per token, in ms after it was
 * typed. With several URLs (instances), clients are dealt round them; the writer is on the first.
 */
async function fanOut(urls: string | string[], token: string, clients: number): Promise<number[]> {
  const id = randomUUID();
  const all: NewsroomClient[] = [];
  const servers = [urls].flat();
  try {
    for (let i = 0; i < clients; i++) all.push(newsroomClient(servers[i % servers.length]!, id, token));
    await Promise.all(all.map((c) => c.synced));
    const [writer, ...readers] = all;
    const sentAt: number[] = [];
    const latencies: number[] = [];
    for (const reader of readers) {
      let seen = 0;
      reader.text.observe(() => {
        const text = reader.text.toString();
        while (text.includes(`t${seen}.`)) latencies.push(performance.now() - sentAt[seen++]!);
      });
    }
    for (let i = 0; i < TOKENS; i++) {
      sentAt.push(performance.now());
      writer!.text.insert(writer!.text.length, `t${i}. `);
      await new Promise((resolve) => setTimeout(resolve, KEY_INTERVAL_MS));
    }
    await until(() => latencies.length === TOKENS * readers.length, 30_000, 'every token at every reader');
    return latencies;
  } finally {
    for (const c of all) c.destroy();
  }
}

/** Two replicas edit apart (`edits` each), then connect: ms until both hold the same text. */
async function convergence(url: string, token: string, edits: number): Promise<number> {
  const id = randomUUID();
  const offline = [new Y.Doc(), new Y.Doc()];
  offline.forEach((doc, n) => {
    for (let i = 0; i < edits; i++) doc.getText('probe').insert(doc.getText('probe').length, `r${n}e${i} `);
  });
  const started = performance.now();
  const clients = offline.map(() => newsroomClient(url, id, token));
  try {
    clients.forEach((c, n) => Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(offline[n]!)));
    await until(
      () =>
        clients[0]!.text.length > 0 &&
        clients[0]!.text.toString() === clients[1]!.text.toString() &&
        clients[0]!.text.toString().includes(`r1e${edits - 1} `) &&
        clients[1]!.text.toString().includes(`r0e${edits - 1} `),
      60_000,
      'the replicas to converge',
    );
    return performance.now() - started;
  } finally {
    for (const c of clients) c.destroy();
  }
}

/** The server's resident memory per open document (each holding ~2,000 paragraphs' worth of text). */
async function memoryPerDocument(url: string, token: string, pid: number, documents: number): Promise<number> {
  const before = rssMb(pid);
  const clients: NewsroomClient[] = [];
  try {
    for (let d = 0; d < documents; d++) {
      const c = newsroomClient(url, randomUUID(), token);
      clients.push(c);
      await c.synced;
      c.doc.transact(() => {
        for (let p = 0; p < 2000; p++)
          c.text.insert(c.text.length, `Paragraf ${p} dokumen ${d}: harga beras naik dua belas persen bulan ini.\n`);
      });
      await c.settled();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return (rssMb(pid) - before) / documents;
  } finally {
    for (const c of clients) c.destroy();
  }
}

export async function benchNewsroom(dir: string): Promise<Figure[]> {
  const dbPath = join(dir, 'newsroom.db');
  const token = addUser(dbPath, 'Bench', 'editor');
  const server = await startNewsroom(dbPath);
  let few: number[], many: number[], small: number, large: number, perDoc: number;
  try {
    few = await fanOut(server.url, token, 2);
    many = await fanOut(server.url, token, 50);
    small = await convergence(server.url, token, 10);
    large = await convergence(server.url, token, 1000);
    perDoc = await memoryPerDocument(server.url, token, server.process.pid!, 20);
  } finally {
    await server.stop();
  }
  const figures = [
    figure("Newsroom: another desk's keystroke arrives, p50, 50 clients on one article", 'ms', percentile(many, 50), {
      baseline: percentile(few, 50),
    }),
    figure("Newsroom: another desk's keystroke arrives, p95, 50 clients on one article", 'ms', percentile(many, 95), {
      baseline: percentile(few, 95),
      max: 250,
      target: '≤ 250 ms (baseline: 2 clients)',
    }),
    // Baseline: the same with 10 offline edits each.
    figure('Newsroom: two replicas converge after 1,000 offline edits each', 'ms', large, { baseline: small }),
    figure('Newsroom: server memory per open document (~2,000 paragraphs)', 'MB', perDoc),
  ];
  const unavailable = scaleOutUnavailable();
  if (unavailable) {
    console.warn(`newsroom on PostgreSQL/Redis not measured: ${unavailable}`);
    return figures;
  }
  return [...figures, ...(await benchScaleOut(percentile(many, 95), large))];
}

/** The same server on PostgreSQL, and two instances through Redis; baselines: the SQLite figures above. */
async function benchScaleOut(sqliteP95: number, sqliteConvergence: number): Promise<Figure[]> {
  const [cluster, redis] = await Promise.all([startPostgres(), startRedis()]);
  const servers: NewsroomProcess[] = [];
  try {
    const db = await cluster.database();
    const token = addUser(db, 'Bench', 'editor');
    servers.push(await startNewsroom(db));
    const many = await fanOut(servers[0]!.url, token, 50);
    const large = await convergence(servers[0]!.url, token, 1000);
    await servers.pop()!.stop();
    servers.push(await startNewsroom(db, 0, '--redis', redis.url), await startNewsroom(db, 0, '--redis', redis.url));
    const across = await fanOut(
      servers.map((s) => s.url),
      token,
      50,
    );
    return [
      figure("Newsroom on PostgreSQL: another desk's keystroke arrives, p95, 50 clients", 'ms', percentile(many, 95), {
        baseline: sqliteP95,
        max: 250,
        target: '≤ 250 ms (baseline: SQLite)',
      }),
      figure('Newsroom on PostgreSQL: two replicas converge after 1,000 offline edits each', 'ms', large, {
        baseline: sqliteConvergence,
      }),
      figure("Newsroom, two instances through Redis: another desk's keystroke arrives, p95, 50 clients", 'ms', percentile(across, 95), {
        baseline: sqliteP95,
        max: 250,
        target: '≤ 250 ms (baseline: one SQLite instance)',
      }),
    ];
  } finally {
    for (const s of servers) await s.stop();
    await Promise.all([cluster.stop(), redis.stop()]);
  }
}
