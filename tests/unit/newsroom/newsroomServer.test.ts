// The newsroom server as a process (`redaksi server`), with accounts from its CLI and real Hocuspocus
// clients: sharing, roles, refusals, a kill after acknowledgement, bad input.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selfSignedCert } from '../../fixtures/selfSignedCert';
import WebSocket from 'ws';
import { newsroomListingSchema } from '../../../shared/contract/newsroom';
import { startBrowserMode } from '../../fixtures/browserMode';
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

let dir: string;
let dbPath: string;
let server: NewsroomProcess | null = null;
const clients: NewsroomClient[] = [];

function client(documentName: string, token: string): NewsroomClient {
  const c = newsroomClient(server!.url, documentName, token);
  clients.push(c);
  return c;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-newsroom-'));
  dbPath = join(dir, 'newsroom.db');
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.stop();
  server = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('redaksi server', { timeout: 60_000 }, () => {
  it('manages accounts from the CLI: a token is shown once, listed without it, rotated and removed', () => {
    const token = addUser(dbPath, 'Ana', 'editor');
    expect(token).toMatch(/^rdk_[\w-]{43}$/);
    addUser(dbPath, 'Dewi', 'desk');
    const list = serverCli(dbPath, 'user', 'list');
    expect(list).toMatch(/Ana\s+editor/);
    expect(list).toMatch(/Dewi\s+desk/);
    expect(list).not.toContain(token);
    const rotated = serverCli(dbPath, 'user', 'token', 'Ana');
    expect(rotated).not.toBe(token);
    serverCli(dbPath, 'user', 'remove', 'Dewi');
    expect(serverCli(dbPath, 'user', 'list')).not.toContain('Dewi');
    expect(() => serverCli(dbPath, 'user', 'add', 'Eko', '--role', 'boss')).toThrow(/Unknown role/);
    expect(() => serverCli(dbPath, 'user', 'add', 'Ana', '--role', 'viewer')).toThrow(/exists already/);
  });

  it('shares a document between two accounts and keeps it across a restart', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    const budi = addUser(dbPath, 'Budi', 'fact-checker');
    server = await startNewsroom(dbPath);
    const id = randomUUID();
    const a = client(id, ana);
    const b = client(id, budi);
    await Promise.all([a.synced, b.synced]);
    a.text.insert(0, 'Harga beras naik ');
    await until(() => b.text.toString() === 'Harga beras naik ', 10_000, 'B to see A');
    b.text.insert(b.text.length, '12 persen.');
    await until(() => a.text.toString() === 'Harga beras naik 12 persen.', 10_000, 'A to see B');
    await Promise.all([a.settled(), b.settled()]);
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();

    server = await startNewsroom(dbPath);
    const again = client(id, budi);
    await again.synced;
    expect(again.text.toString()).toBe('Harga beras naik 12 persen.');
  });

  it('loses nothing it acknowledged when killed (SIGKILL right after the acknowledgements)', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    server = await startNewsroom(dbPath);
    const id = randomUUID();
    for (let round = 0; round < 5; round++) {
      const a = client(id, ana);
      await a.synced;
      for (let i = 0; i < 40; i++) a.text.insert(a.text.length, `k${round}.${i} `);
      await a.settled();
      const expected = a.text.toString();
      await server.kill();
      a.destroy();
      server = await startNewsroom(dbPath);
      const check = client(id, ana);
      await check.synced;
      expect(check.text.toString()).toBe(expected);
      check.destroy();
    }
  });

  it("refuses no token, a wrong token, a rotated token and a removed user; a viewer's edits never reach anyone", async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    const vera = addUser(dbPath, 'Vera', 'viewer');
    const old = addUser(dbPath, 'Lama', 'editor');
    serverCli(dbPath, 'user', 'token', 'Lama');
    server = await startNewsroom(dbPath);
    const id = randomUUID();
    const refused = [client(id, ''), client(id, 'rdk_wrong'), client(id, old)];
    await until(() => refused.every((c) => c.failures.length > 0), 10_000, 'refusals');
    expect(refused.every((c) => !c.provider.isSynced)).toBe(true);

    const a = client(id, ana);
    const v = client(id, vera);
    await Promise.all([a.synced, v.synced]);
    a.text.insert(0, 'Teks redaksi.');
    await until(() => v.text.toString() === 'Teks redaksi.', 10_000, 'the viewer to read');
    v.text.insert(0, 'CORETAN ');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(a.text.toString()).toBe('Teks redaksi.');
    expect(v.provider.hasUnsyncedChanges).toBe(true);

    // Removed while connected: the next message closes the connection, and it cannot come back;
    // what it carried is neither applied nor stored (checked after a restart, from the store).
    serverCli(dbPath, 'user', 'remove', 'Ana');
    a.text.insert(a.text.length, ' Tambahan.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await server.kill();
    server = await startNewsroom(dbPath);
    const fresh = client(id, vera);
    await fresh.synced;
    expect(fresh.text.toString()).toBe('Teks redaksi.');
  });

  it('only the desk moves an article to Ready or Published: anyone else is put back, everywhere', async () => {
    const budi = addUser(dbPath, 'Budi', 'fact-checker');
    const dewi = addUser(dbPath, 'Dewi', 'desk');
    server = await startNewsroom(dbPath);
    const id = randomUUID();
    const checker = client(id, budi);
    const desk = client(id, dewi);
    await Promise.all([checker.synced, desk.synced]);
    const status = (c: NewsroomClient) => c.doc.getMap('fields').get('status');
    checker.doc.getMap('fields').set('status', 'fact_check');
    await until(() => status(desk) === 'fact_check', 10_000, 'the desk to see fact_check');
    checker.doc.getMap('fields').set('status', 'ready');
    await until(() => status(checker) === 'fact_check', 10_000, "the fact-checker's Ready to be put back");
    expect(status(desk)).toBe('fact_check');
    desk.doc.getMap('fields').set('status', 'ready');
    await until(() => status(checker) === 'ready', 10_000, "the desk's Ready to reach the fact-checker");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(status(desk)).toBe('ready');
  });

  it('keeps images by their hash: uploads are checked (token, role, hash, type, size), downloads are the same bytes', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    const vera = addUser(dbPath, 'Vera', 'viewer');
    server = await startNewsroom(dbPath);
    const image = Buffer.from('\x89PNG\r\n\x1a\n pretend pixels');
    const hash = createHash('sha256').update(image).digest('hex');
    const url = `${server.httpOrigin}/api/images/${hash}`;
    const put = (token: string, body: Buffer, type = 'image/png', headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': type, ...headers },
        body: new Uint8Array(body),
      });
    expect((await fetch(url, { method: 'PUT', body: new Uint8Array(image) })).status).toBe(401);
    expect((await put(vera, image)).status).toBe(403);
    expect((await put(ana, Buffer.from('something else'))).status).toBe(422);
    expect((await put(ana, image, 'text/html')).status).toBe(415);
    expect((await put(ana, Buffer.alloc(41 * 1024 * 1024))).status).toBe(413);
    expect((await fetch(`${server.httpOrigin}/api/images/not-a-hash`, { headers: { Authorization: `Bearer ${ana}` } })).status).toBe(400);
    expect((await fetch(`${server.httpOrigin}/api/images/${hash}/more`, { headers: { Authorization: `Bearer ${ana}` } })).status).toBe(404);
    expect((await put(ana, image)).status).toBe(200);
    const got = await fetch(url, { headers: { Authorization: `Bearer ${vera}` } });
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer()).equals(image)).toBe(true);
    const list = (await (await fetch(`${server.httpOrigin}/api/images`, { headers: { Authorization: `Bearer ${vera}` } })).json()) as {
      hashes: string[];
    };
    expect(list.hashes).toEqual([hash]);
    expect(server.process.exitCode).toBeNull();
  });

  it('lists shared articles over HTTP only with a valid token', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    server = await startNewsroom(dbPath);
    const id = randomUUID();
    const a = client(id, ana);
    await a.synced;
    a.doc.getMap('fields').set('headline', 'Mengapa harga beras naik?');
    await a.settled();
    a.destroy(); // the last client leaves: the server stores the document at once
    const url = `${server.httpOrigin}/api/articles`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: 'Bearer rdk_wrong' } })).status).toBe(401);
    let listing = newsroomListingSchema.parse({ articles: [] });
    const poll = async () => {
      while (listing.articles.length === 0) {
        listing = newsroomListingSchema.parse(await (await fetch(url, { headers: { Authorization: `Bearer ${ana}` } })).json());
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await poll();
    expect(listing.articles).toEqual([expect.objectContaining({ id, headline: 'Mengapa harga beras naik?', updatedBy: 'Ana' })]);
  });

  it('survives malformed and oversized messages, and refuses a document name that is not an article id', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    server = await startNewsroom(dbPath);
    const raw = new WebSocket(server.url);
    await new Promise((resolve) => raw.once('open', resolve));
    const seeds = [
      Buffer.from([]),
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]),
      Buffer.from('not yjs at all'),
      Buffer.from([3, 0x61, 0x62, 0x63, 0x00, 0x07, 0xff]),
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 200; i++)
      seeds.push(Buffer.from(Array.from({ length: 1 + Math.floor(random() * 64) }, () => Math.floor(random() * 256))));
    for (const bytes of seeds) if (raw.readyState === WebSocket.OPEN) raw.send(bytes);
    raw.terminate();

    // Over the message limit (32 MiB): the connection is closed as too big, the server carries on.
    const big = new WebSocket(server.url);
    await new Promise((resolve) => big.once('open', resolve));
    const closed = new Promise<number>((resolve) => big.once('close', (code) => resolve(code)));
    big.send(Buffer.alloc(33 * 1024 * 1024, 1));
    expect(await closed).toBe(1009);

    const bad = client('../../etc/passwd', ana);
    await until(() => bad.failures.length > 0, 10_000, 'a refused document name');

    const a = client(randomUUID(), ana);
    await a.synced;
    expect(server.process.exitCode).toBeNull();
  });

  it('serves wss:// and https:// with --tls-cert and --tls-key; a client that does not trust the certificate gets nowhere', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    const { cert, key } = selfSignedCert(dir);
    server = await startNewsroom(dbPath, 0, '--tls-cert', cert, '--tls-key', key);
    expect(server.url).toMatch(/^wss:\/\/127\.0\.0\.1:\d+$/);
    const ca = readFileSync(cert);
    const me = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      https
        .get(`${server!.httpOrigin}/api/me`, { ca, headers: { Authorization: `Bearer ${ana}` } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });
    expect(me).toEqual({ status: 200, body: JSON.stringify({ name: 'Ana', role: 'editor' }) });

    const id = randomUUID();
    const a = newsroomClient(server.url, id, ana, ca);
    const b = newsroomClient(server.url, id, ana, ca);
    clients.push(a, b);
    await Promise.all([a.synced, b.synced]);
    a.text.insert(0, 'Lewat TLS.');
    await until(() => b.text.toString() === 'Lewat TLS.', 10_000, 'B to see A over wss');

    // A desk told to trust the newsroom's certificate the standard Node way connects over wss and https.
    const desk = await startBrowserMode(join(dir, 'desk.db'), {
      args: ['--server', server.url, '--token', ana],
      env: { ...process.env, NODE_EXTRA_CA_CERTS: cert },
    });
    try {
      const status = await desk.call('newsroom:status', {});
      expect(status.ok && status.value).toMatchObject({ configured: true, account: { name: 'Ana', role: 'editor' } });
    } finally {
      await desk.stop();
    }

    const untrusting = new WebSocket(server.url);
    const failure = await new Promise<string>((resolve) => untrusting.once('error', (error) => resolve(error.message)));
    expect(failure).toMatch(/self[- ]signed/i);
    const plain = new WebSocket(server.url.replace(/^wss/, 'ws'));
    const plainClosed = await new Promise<boolean>((resolve) => {
      plain.once('open', () => resolve(false));
      plain.once('error', () => resolve(true));
      plain.once('close', () => resolve(true));
    });
    expect(plainClosed).toBe(true);
  });

  it('closes a connection that floods (past 2,000 messages at once); opened again, nothing is lost', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    server = await startNewsroom(dbPath);
    const id = randomUUID();
    const a = client(id, ana);
    const watcher = client(id, ana);
    await Promise.all([a.synced, watcher.synced]);
    const reasons: unknown[] = [];
    a.provider.on('close', ({ event }: { event: { reason: unknown } }) => reasons.push(event.reason));
    // 2,500 edits at once, each its own message.
    for (let i = 0; i < 2500; i++) a.text.insert(a.text.length, 'x');
    await until(() => reasons.includes('Too many messages; reconnect in a moment.'), 10_000, 'the flood to be cut off');
    // Connected again (as the desk does, a moment later), it sends what it has in one sync.
    const socket = a.provider.configuration.websocketProvider;
    socket.disconnect();
    await until(() => socket.status === 'disconnected', 5000, 'the socket closed');
    void socket.connect();
    await until(() => watcher.text.length === 2500, 20_000, 'the other client to have every edit');
    expect(server.process.exitCode).toBeNull();
  });

  it('refuses a change that would take an article past the size limit, and keeps what it had', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    server = await startNewsroom(dbPath, 0, '--max-document-mb', '1');
    const id = randomUUID();
    const a = client(id, ana);
    await a.synced;
    const kept = 'Paragraf yang muat. '.repeat(30_000); // 600 kB
    a.text.insert(0, kept);
    await a.settled();
    const reasons: unknown[] = [];
    a.provider.on('close', ({ event }: { event: { reason: unknown } }) => reasons.push(event.reason));
    a.text.insert(a.text.length, 'Terlalu panjang. '.repeat(30_000));
    await until(() => reasons.some((reason) => String(reason).includes('size limit')), 10_000, 'the refusal');
    expect(a.provider.hasUnsyncedChanges).toBe(true);
    const other = client(id, ana);
    await other.synced;
    expect(other.text.toString()).toBe(kept);
    expect(() => serverCli(dbPath, '--max-document-mb', '0')).toThrow(/--max-document-mb must be a number of megabytes/);
  });

  it('refuses fuzzed document updates from a signed-in desk; what was saved still loads after a restart', async () => {
    const ana = addUser(dbPath, 'Ana', 'editor');
    server = await startNewsroom(dbPath);
    const id = randomUUID();
    const writer = client(id, ana);
    await writer.synced;
    writer.text.insert(0, 'Kalimat yang tersimpan.');
    await writer.settled();
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let refused = 0;
    for (let i = 0; i < 30; i++) {
      const fuzz = client(id, ana);
      await fuzz.synced;
      const reasons: unknown[] = [];
      fuzz.provider.on('close', ({ event }: { event: { reason: unknown } }) => reasons.push(event.reason));
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 48) }, () => Math.floor(random() * 256));
      sendUpdateMessage(fuzz, bytes);
      // Either refused (its connection closed) or, when the bytes happen to parse, acknowledged.
      await until(() => reasons.length > 0 || !fuzz.provider.hasUnsyncedChanges, 10_000, 'an answer to the fuzzed update');
      if (reasons.includes('A malformed document update was refused.')) refused++;
      fuzz.destroy();
    }
    expect(refused).toBeGreaterThan(20);
    expect(server.process.exitCode).toBeNull();
    await server.kill();
    server = await startNewsroom(dbPath);
    const check = client(id, ana);
    await check.synced;
    expect(check.text.toString()).toBe('Kalimat yang tersimpan.');
  });
});
