// Live documents through the real browser-mode server process: windows merge their edits, "saved"
// means on disk, the derived JSON copy follows, offline windows merge on reconnect, and the channel
// refuses what it must.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readClaimsFromDoc } from '../../../shared/collab/claimsDoc';
import { encodeClientMessage } from '../../../shared/contract/liveMessages';
import { plainTextOf } from '../../../shared/text/plainText';
import { startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { $getRoot } from 'lexical';
import * as Y from 'yjs';
import { bindHeadlessEditor, BODY_ROOT } from '../../../shared/collab/bodyDoc';
import { LiveClient } from '../../../shared/collab/liveClient';
import { liveSocketTransport, liveSocketUrl, openLiveWindow, type LiveWindow } from '../../fixtures/liveWindow';

let dir: string;
let server: BrowserModeServer;
const windows: LiveWindow[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-live-'));
  server = await startBrowserMode(join(dir, 'redaksi.db'));
});
afterAll(async () => {
  for (const w of windows) w.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function newArticle(headline: string): Promise<string> {
  const created = await server.call('articles:create', { headline });
  if (!created.ok) throw new Error(created.error.message);
  return (created.value as { id: string }).id;
}

function open(articleId: string): LiveWindow {
  const w = openLiveWindow(server.origin, server.token, articleId);
  windows.push(w);
  return w;
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function derived(articleId: string): Promise<{ headline: string; text: string; revision: number }> {
  const got = await server.call('articles:get', { ref: articleId });
  if (!got.ok) throw new Error(got.error.message);
  const article = got.value as { headline: string; body: never; revision: number };
  return { headline: article.headline, text: plainTextOf(article.body), revision: article.revision };
}

describe('live documents over browser mode', () => {
  it('the first content comes from the main side: a new article opens with its headline and one paragraph', async () => {
    const id = await newArticle('Banjir Jakarta');
    const a = open(id);
    await a.synced;
    expect(a.fields().headline).toBe('Banjir Jakarta');
    expect(a.body().root.children).toHaveLength(1);
  });

  it('two windows type into one article and both see one merged text; saved means on disk', async () => {
    const id = await newArticle('Dua jendela');
    const a = open(id);
    const b = open(id);
    await Promise.all([a.synced, b.synced]);
    a.addParagraph('Dari A: ');
    b.addParagraph('Dari B: ');
    a.type('halo');
    b.type('dunia');
    await until(() => a.text() === b.text() && a.text().includes('halo') && a.text().includes('dunia'), 'the windows to converge');
    await Promise.all([a.client.whenSaved(), b.client.whenSaved()]);
    expect(a.client.state.saved).toBe(true);
    // articles:get derives at once when edits are waiting; the main side's copy, kept up to date
    // incrementally, is exactly what a fresh build from the document gives.
    const copy = await derived(id);
    expect(copy.text).toBe(a.text());
    const got = await server.call('articles:get', { ref: id });
    expect(JSON.parse(JSON.stringify((got as { value: { body: unknown } }).value.body))).toEqual(JSON.parse(JSON.stringify(a.body())));
  });

  it('a window opening later gets everything typed before it, before and after the log is compacted', async () => {
    const id = await newArticle('Belakangan');
    const a = open(id);
    await a.synced;
    a.addParagraph('Sebelum jendela kedua.');
    await a.client.whenSaved();
    const b = open(id);
    await b.synced;
    expect(b.text()).toBe(a.text());
    a.type(' Lagi.');
    await a.client.whenSaved();
    const c = open(id);
    await c.synced;
    expect(c.text()).toBe(a.text());
    // Every window leaves: the log is compacted into one state, which the next window receives whole.
    for (const w of [a, b, c]) w.client.stop();
    await new Promise((r) => setTimeout(r, 300));
    const d = open(id);
    await d.synced;
    expect(d.text()).toBe(a.text());
    expect(d.text()).toContain('Sebelum jendela kedua. Lagi.');
  });

  it('an opening window asks for the document at once, and its content waits until the editor is bound', async () => {
    const id = await newArticle('Dimuat lebih dulu');
    const doc = new Y.Doc();
    let synced = false;
    const client = new LiveClient(doc, { open: liveSocketTransport(server.origin, server.token, id), onSynced: () => (synced = true) });
    try {
      client.prefetch();
      await until(() => client.state.connection === 'connecting' && !synced, 'the channel to open');
      await new Promise((r) => setTimeout(r, 500)); // the welcome has long arrived, and is held
      expect(synced).toBe(false);
      expect(doc.get(BODY_ROOT, Y.XmlText).length).toBe(0);
      // A channel dropped while holding: its welcome is not applied later as if it were current.
      client.dropConnection();
      await until(() => client.state.connection === 'offline', 'the channel to drop');
      // Binding now works only because nothing reached the document yet (the binding refuses content).
      const { editor, dispose } = bindHeadlessEditor(doc);
      client.start();
      await until(() => synced && client.state.connection === 'online', 'the welcome');
      expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1);
      dispose();
    } finally {
      client.stop();
      doc.destroy();
    }
  });

  it('fields merge per field: two people editing different fields both keep their change', async () => {
    const id = await newArticle('Judul awal');
    const a = open(id);
    const b = open(id);
    await Promise.all([a.synced, b.synced]);
    a.setFields({ dek: 'Dek dari A' });
    b.setFields({ byline: 'Byline dari B' });
    await until(() => a.fields().byline === 'Byline dari B' && b.fields().dek === 'Dek dari A', 'fields to merge');
    await Promise.all([a.client.whenSaved(), b.client.whenSaved()]);
    const got = await server.call('articles:get', { ref: id });
    expect(got.ok && got.value).toMatchObject({ dek: 'Dek dari A', byline: 'Byline dari B' });
  });

  it('a window that loses its connection keeps editing and merges when it reconnects', async () => {
    const id = await newArticle('Luring');
    const a = open(id);
    const b = open(id);
    await Promise.all([a.synced, b.synced]);
    a.client.dropConnection();
    await until(() => a.client.state.connection === 'offline' || a.client.state.connection === 'connecting', 'A to be offline');
    a.addParagraph('Ditulis saat luring.');
    b.addParagraph('Ditulis saat daring.');
    await until(() => a.client.state.connection === 'online', 'A to reconnect');
    await until(() => a.text() === b.text() && a.text().includes('luring') && a.text().includes('daring'), 'the merge');
    await a.client.whenSaved();
    expect((await derived(id)).text).toContain('Ditulis saat luring.');
  });

  it('the derived copy follows typing by itself, shortly after it stops', async () => {
    const id = await newArticle('Turunan');
    const a = open(id);
    await a.synced;
    a.addParagraph('Kalimat baru yang dicari.');
    await a.client.whenSaved();
    const search = async () => {
      const found = await server.call('articles:search', { query: 'dicari' });
      return found.ok ? (found.value as { items: unknown[] }).items.length : 0;
    };
    const start = Date.now();
    while ((await search()) === 0 && Date.now() - start < 10_000) await new Promise((r) => setTimeout(r, 100));
    expect(await search()).toBe(1);
  });

  it('claim records travel in the document: every window has them at once, and the table follows', async () => {
    const id = await newArticle('Klaim langsung');
    const a = open(id);
    await a.synced;
    const created = await server.call('claims:create', { articleId: id, quote: 'enam ribu insinyur' });
    const claimId = (created as { value: { id: string } }).value.id;
    await until(() => readClaimsFromDoc(a.doc, id).some((c) => c.id === claimId), 'the record to reach the window');
    await server.call('claims:update', { id: claimId, patch: { verdict: 'false', assignee: 'Sari' } });
    await until(() => readClaimsFromDoc(a.doc, id).find((c) => c.id === claimId)?.verdict === 'false', 'the verdict');
    const listed = await server.call('claims:list', { articleId: id });
    expect(listed.ok && (listed.value as { items: Array<{ assignee: string }> }).items[0]?.assignee).toBe('Sari');
    await server.call('claims:delete', { id: claimId });
    await until(() => readClaimsFromDoc(a.doc, id).length === 0, 'the delete');
  });

  it('refuses a socket without the token, from another origin, or for an unknown article', async () => {
    const id = await newArticle('Tertutup');
    const attempt = (protocols: string[], origin: string, article = id) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(liveSocketUrl(server.origin, article), protocols, { headers: { Origin: origin } });
        ws.on('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
        ws.on('open', () => ws.on('close', (code) => resolve(`closed ${code}`)));
        ws.on('error', () => undefined);
      });
    expect(await attempt(['redaksi-live'], server.origin)).toBe('http 403');
    expect(await attempt(['redaksi-live', 'token.wrong'], server.origin)).toBe('http 403');
    expect(await attempt(['redaksi-live', `token.${server.token}`], 'http://evil.example')).toBe('http 403');
    expect(await attempt(['redaksi-live', `token.${server.token}`], server.origin, '00000000-0000-4000-8000-00000000dead')).toBe(
      'closed 4004',
    );
  });

  it('refuses malformed messages without harm to the document or the other windows', async () => {
    const id = await newArticle('Pesan rusak');
    const a = open(id);
    await a.synced;
    a.addParagraph('Teks yang harus tetap ada.');
    await a.client.whenSaved();
    const frames: Array<Uint8Array | string> = [
      new Uint8Array([99]),
      new Uint8Array([1, 5, 200, 1, 2]),
      encodeClientMessage({ kind: 'update', seq: 1, update: new Uint8Array([1, 2, 3, 4, 5, 6, 7]) }),
      'text frame',
    ];
    for (const frame of frames) {
      const code = await new Promise<number>((resolve) => {
        const ws = new WebSocket(liveSocketUrl(server.origin, id), ['redaksi-live', `token.${server.token}`], {
          headers: { Origin: server.origin },
        });
        ws.on('open', () => ws.send(frame));
        ws.on('close', (c) => resolve(c));
        ws.on('error', () => undefined);
      });
      expect([1003, 4000]).toContain(code);
    }
    a.type('!');
    await a.client.whenSaved();
    expect((await derived(id)).text).toContain('Teks yang harus tetap ada.!');
  });
});
