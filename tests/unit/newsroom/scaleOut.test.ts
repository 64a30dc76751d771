// The newsroom server scaled out, as a newsroom would run it: `redaksi server --db postgres://…`
// on a real PostgreSQL cluster, and two instances joined by a real Redis. Desks connect to either
// instance (as through a load balancer); what one acknowledges is in PostgreSQL for all of them.
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newsroomListingSchema } from '../../../shared/contract/newsroom';
import {
  addUser,
  newsroomClient,
  sendUpdateMessage,
  serverCli,
  startNewsroom,
  until,
  type NewsroomClient,
  type NewsroomProcess,
} from '../../fixtures/newsroomServer';
import { scaleOutUnavailable, startPostgres, startRedis, type PostgresCluster, type RedisServer } from '../../fixtures/scaleOutServices';

const unavailable = scaleOutUnavailable();
if (unavailable) console.warn(`scale-out tests skipped: ${unavailable}`);

let cluster: PostgresCluster;
let redis: RedisServer;
let redisDown = false;
let db: string;
const servers: NewsroomProcess[] = [];
const clients: NewsroomClient[] = [];

function client(server: NewsroomProcess, documentName: string, token: string): NewsroomClient {
  const c = newsroomClient(server.url, documentName, token);
  clients.push(c);
  return c;
}

async function server(...flags: string[]): Promise<NewsroomProcess> {
  const started = await startNewsroom(db, 0, ...flags);
  servers.push(started);
  return started;
}

describe.skipIf(unavailable)('the newsroom server on PostgreSQL, and several instances through Redis', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    [cluster, redis] = await Promise.all([startPostgres(), startRedis()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([cluster?.stop(), redis?.stop()]);
  });
  beforeEach(async () => {
    db = await cluster.database();
  });
  afterEach(async () => {
    // A test that failed with Redis down: back up, or the instances' shutdown waits on it.
    if (redisDown) redis = await startRedis(redis.port);
    redisDown = false;
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.stop();
  });

  it('keeps accounts, documents, the listing and images in PostgreSQL, and loses nothing acknowledged when killed', async () => {
    const ana = addUser(db, 'Ana', 'editor');
    addUser(db, 'Dewi', 'desk');
    expect(serverCli(db, 'user', 'list')).toMatch(/Ana\s+editor[\s\S]*Dewi\s+desk/);
    expect(() => addUser(db, 'Ana', 'viewer')).toThrow(/exists already/);
    const rotated = serverCli(db, 'user', 'token', 'Dewi');
    serverCli(db, 'user', 'remove', 'Dewi');
    expect(serverCli(db, 'user', 'list')).not.toContain('Dewi');

    let s = await server();
    expect(s.output()).toContain('store: postgres://redaksi@127.0.0.1');
    const id = randomUUID();
    const refused = client(s, id, rotated);
    await until(() => refused.failures.length > 0, 10_000, 'a removed account refused');

    for (let round = 0; round < 4; round++) {
      const a = client(s, id, ana);
      await a.synced;
      if (round === 0) a.doc.getMap('fields').set('headline', 'Harga beras di Jakarta');
      for (let i = 0; i < 40; i++) a.text.insert(a.text.length, `k${round}.${i} `);
      await a.settled();
      const expected = a.text.toString();
      await s.kill();
      a.destroy();
      s = await server();
      const check = client(s, id, ana);
      await check.synced;
      expect(check.text.toString()).toBe(expected);
      check.destroy();
    }

    // Typed just before each kill, merged when the restarted server loaded it: listed.
    const url = `${s.httpOrigin}/api/articles`;
    let listing = newsroomListingSchema.parse({ articles: [] });
    for (let tries = 0; listing.articles.length === 0 && tries < 100; tries++) {
      listing = newsroomListingSchema.parse(await (await fetch(url, { headers: { Authorization: `Bearer ${ana}` } })).json());
      if (listing.articles.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(listing.articles).toEqual([expect.objectContaining({ id, headline: 'Harga beras di Jakarta' })]);

    const image = Buffer.from('\x89PNG\r\n\x1a\n pixels kept in PostgreSQL');
    const hash = createHash('sha256').update(image).digest('hex');
    const imageUrl = `${s.httpOrigin}/api/images/${hash}`;
    const auth = { Authorization: `Bearer ${ana}` };
    const put = await fetch(imageUrl, { method: 'PUT', headers: { ...auth, 'Content-Type': 'image/png' }, body: new Uint8Array(image) });
    expect(put.status).toBe(200);
    expect(Buffer.from(await (await fetch(imageUrl, { headers: auth })).arrayBuffer()).equals(image)).toBe(true);

    // The newsroom's dictionary is kept there too.
    const dictionaryUrl = `${s.httpOrigin}/api/dictionary`;
    const added = await fetch(dictionaryUrl, { method: 'POST', headers: auth, body: JSON.stringify({ language: 'id', word: 'Kursk' }) });
    expect(added.status).toBe(200);
    expect(await (await fetch(dictionaryUrl, { headers: auth })).json()).toEqual({ id: ['Kursk'], en: [] });

    // The log was merged into one state row, and nothing else is left behind.
    const sql = new pg.Client(db);
    await sql.connect();
    try {
      const { rows } = await sql.query('SELECT (SELECT count(*) FROM docs)::int AS docs, (SELECT count(*) FROM images)::int AS images');
      expect(rows[0]).toEqual({ docs: 1, images: 1 });
    } finally {
      await sql.end();
    }
  });

  it('refuses a database that holds other tables, and leaves it untouched', async () => {
    const sql = new pg.Client(db);
    await sql.connect();
    try {
      await sql.query('CREATE TABLE subscribers (email text)');
      expect(() => serverCli(db, 'user', 'list')).toThrow(/not a Redaksi newsroom store; it was left untouched/);
      const { rows } = await sql.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      expect(rows).toEqual([{ tablename: 'subscribers' }]);
    } finally {
      await sql.end();
    }
  });

  it('refuses malformed document updates from a signed-in desk without storing them', async () => {
    const ana = addUser(db, 'Ana', 'editor');
    let s = await server();
    const id = randomUUID();
    const a = client(s, id, ana);
    await a.synced;
    a.text.insert(0, 'Kalimat yang tersimpan.');
    await a.settled();
    const fuzz = client(s, id, ana);
    await fuzz.synced;
    const reasons: unknown[] = [];
    fuzz.provider.on('close', ({ event }: { event: { reason: unknown } }) => reasons.push(event.reason));
    sendUpdateMessage(fuzz, new Uint8Array([5, 0xff, 0x13, 0x37, 0x00, 0x42]));
    await until(() => reasons.includes('A malformed document update was refused.'), 10_000, `the refusal (closes: ${reasons.join(', ')})`);
    await s.kill();
    const sql = new pg.Client(db);
    await sql.connect();
    try {
      const { rows } = await sql.query('SELECT state AS data FROM docs UNION ALL SELECT data FROM doc_updates');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows as Array<{ data: Buffer }>) expect(() => Y.decodeUpdate(new Uint8Array(row.data))).not.toThrow();
    } finally {
      await sql.end();
    }
    s = await server();
    const check = client(s, id, ana);
    await check.synced;
    expect(check.text.toString()).toBe('Kalimat yang tersimpan.');
  });

  it('two instances through Redis: edits, presence and the status policy cross; a killed instance loses nothing it acknowledged', async () => {
    const ana = addUser(db, 'Ana', 'editor');
    const budi = addUser(db, 'Budi', 'fact-checker');
    const dewi = addUser(db, 'Dewi', 'desk');
    const one = await server('--redis', redis.url);
    const two = await server('--redis', redis.url);
    expect(one.output()).toContain('with the other instances through redis://127.0.0.1');
    const id = randomUUID();
    const a = client(one, id, ana);
    const b = client(two, id, budi);
    await Promise.all([a.synced, b.synced]);

    a.text.insert(0, 'Harga beras naik ');
    await until(() => b.text.toString() === 'Harga beras naik ', 10_000, 'B (instance two) to see A (instance one)');
    b.text.insert(b.text.length, '12 persen.');
    await until(() => a.text.toString() === 'Harga beras naik 12 persen.', 10_000, 'A to see B');

    a.provider.setAwarenessField('user', { name: 'Ana' });
    await until(
      () => [...b.provider.awareness!.getStates().values()].some((state) => state.user?.name === 'Ana'),
      10_000,
      "Ana's presence on instance two",
    );

    const status = (c: NewsroomClient) => c.doc.getMap('fields').get('status');
    b.doc.getMap('fields').set('status', 'fact_check');
    await until(() => status(a) === 'fact_check', 10_000, 'the status to cross');
    b.doc.getMap('fields').set('status', 'published');
    await until(() => status(b) === 'fact_check', 10_000, "the fact-checker's Published put back by instance two");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(status(a)).toBe('fact_check');
    const desk = client(one, id, dewi);
    await desk.synced;
    desk.doc.getMap('fields').set('status', 'ready');
    await until(() => status(b) === 'ready', 10_000, "the desk's Ready (instance one) to reach instance two");

    // Redis goes down; A keeps typing on instance one, which acknowledges (it is in PostgreSQL) but
    // cannot pass it on, and is then killed. Instance two catches up from PostgreSQL: another desk
    // there sees it all without A reconnecting.
    await redis.stop();
    redisDown = true;
    for (let i = 0; i < 60; i++) a.text.insert(a.text.length, ` t${i}`);
    await a.settled();
    const expected = a.text.toString();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(b.text.toString()).not.toBe(expected);
    await one.kill();
    desk.destroy();
    const moved = client(two, id, dewi);
    await moved.synced;
    await until(() => moved.text.toString() === expected && b.text.toString() === expected, 10_000, 'instance two to catch up');
    b.destroy();

    // And from PostgreSQL alone: a third instance that never had the document open, Redis back.
    moved.destroy();
    a.destroy();
    redis = await startRedis(redis.port);
    redisDown = false;
    const three = await server('--redis', redis.url);
    const fresh = client(three, id, budi);
    await fresh.synced;
    expect(fresh.text.toString()).toBe(expected);
    expect(status(fresh)).toBe('ready');
  });
});
