// A window opening an article whose document is not in memory is welcomed with the stored state at
// once, before the main side builds the document (a long article's build would hold the window up).
// Nothing may be lost or reordered in between: what the window sends waits for the build, what
// reached the store meanwhile (another process) reaches the window, and a contract write that builds
// the document early reaches it at once.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readFieldsFromDoc, fieldsMap } from '../../../shared/collab/articleDoc';
import { LiveClient, type TransportEvents } from '../../../shared/collab/liveClient';
import { decodeServerMessage, encodeClientMessage, type ServerMessage } from '../../../shared/contract/liveMessages';
import { createService } from '../../../electron/service/createService';
import type { ChannelOutput } from '../../../shared/contract/channels';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';

let t: TestService | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const FALLBACK = { headline: '', dek: '', byline: '', language: 'id', timeZone: 'Asia/Jakarta', publishAt: null, hero: null } as const;

/** A window as the renderer's LiveClient is one: a document of its own, fed by what the main side sends. */
function openWindow(service: TestService, articleId: string) {
  const received: ServerMessage[] = [];
  const doc = new Y.Doc();
  let applied = 0;
  const session = service.service.connectLive(articleId, {
    send: (bytes) => received.push(decodeServerMessage(bytes)),
    close: () => undefined,
  });
  const catchUp = () => {
    for (const message of received.slice(applied)) {
      if (message.kind === 'welcome' || message.kind === 'remote') Y.applyUpdate(doc, message.update, 'main');
    }
    applied = received.length;
  };
  let seq = 0;
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'main') session.receive(encodeClientMessage({ kind: 'update', seq: ++seq, update }));
  });
  return {
    doc,
    received,
    hello: () => session.receive(encodeClientMessage({ kind: 'hello', stateVector: Y.encodeStateVector(doc) })),
    headline: () => {
      catchUp();
      return readFieldsFromDoc(doc, FALLBACK).headline;
    },
    /** The window's cursor, as it announces it once its editor is built. */
    cursor: () => {
      const awareness = new awarenessProtocol.Awareness(doc);
      awareness.setLocalState({ name: 'Penyunting' });
      session.receive(
        encodeClientMessage({ kind: 'awareness', update: awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]) }),
      );
    },
    saved: () => received.filter((m) => m.kind === 'saved').map((m) => (m.kind === 'saved' ? m.seq : -1)),
  };
}

/**
 * A store whose article's document was compacted and left memory: the service is opened afresh on it
 * (after `meanwhile`, done to the closed store).
 */
async function freshlyOpened(meanwhile?: (dbPath: string, articleId: string) => void): Promise<{ articleId: string }> {
  const first = await openTestService();
  const article = first.articles.create({ headline: 'Judul tersimpan' });
  await first.service.close();
  meanwhile?.(first.dbPath, article.id);
  const service = await createService(first.dbPath, { mode: 'browser', version: 'test', log: () => undefined });
  t = {
    ...service.stores()!,
    service,
    dispatch: service.dispatch,
    dbPath: first.dbPath,
    logged: [],
    close: async () => {
      await service.close();
      rmSync(dirname(first.dbPath), { recursive: true, force: true });
    },
  };
  return { articleId: article.id };
}

describe('a window welcomed before the document is built', () => {
  it('is welcomed at once with the stored document, and its edits wait for the build, in order, and are saved', async () => {
    const { articleId } = await freshlyOpened();
    const window = openWindow(t!, articleId);
    window.hello();
    expect(window.received.map((m) => m.kind)).toEqual(['welcome']);
    expect(window.headline()).toBe('Judul tersimpan');
    // Two edits sent straight after the welcome: the first builds the document, both are kept.
    fieldsMap(window.doc).set('headline', 'Judul baru');
    fieldsMap(window.doc).set('dek', 'Dek baru');
    expect(window.saved()).toEqual([1, 2]);
    const got = await callOk(t!, 'articles:get', { ref: articleId });
    expect([got.headline, got.dek]).toEqual(['Judul baru', 'Dek baru']);
  });

  it('gets what another process stored between its welcome and the build', async () => {
    const { articleId } = await freshlyOpened();
    const window = openWindow(t!, articleId);
    window.hello();
    // The CLI (another process on the same store) changes the headline meanwhile.
    const cli = await createService(t!.dbPath, { mode: 'browser', version: 'cli', log: () => undefined });
    const current = await cli.dispatch('articles:get', { ref: articleId });
    if (!current.ok) throw new Error(current.error.message);
    const { dek, byline, language, timeZone, publishAt, hero, body, revision } = current.value as ChannelOutput<'articles:get'>;
    const saved = await cli.dispatch('articles:save', {
      id: articleId,
      baseRevision: revision,
      kind: 'manual',
      fields: { headline: 'Dari CLI', dek, byline, language, timeZone, publishAt, hero, body },
    });
    expect(saved.ok).toBe(true);
    await cli.close();
    expect(window.headline()).toBe('Judul tersimpan');
    // The window's cursor arrives: the document is built from the store as it is now.
    window.cursor();
    expect(window.headline()).toBe('Dari CLI');
  });

  it('keeps an edit the window made before it took in its welcome', async () => {
    const { articleId } = await freshlyOpened();
    // The renderer's own client, wired straight to the service: it asks for the content while its
    // editor is built, and takes it in only at start().
    const client = new LiveClient(new Y.Doc(), {
      open: (events: TransportEvents) => {
        const session = t!.service.connectLive(articleId, { send: (bytes) => events.onMessage(bytes), close: () => undefined });
        queueMicrotask(() => events.onOpen());
        return { send: (bytes) => session.receive(bytes), close: () => session.closed() };
      },
    });
    client.prefetch();
    await Promise.resolve();
    client.doc.getMap('probe').set('written', 'sebelum sambutan');
    client.start();
    expect(readFieldsFromDoc(client.doc, FALLBACK).headline).toBe('Judul tersimpan');
    await client.whenSaved();
    // Another window now gets both: the stored document and the early edit.
    const other = openWindow(t!, articleId);
    other.hello();
    expect(other.headline()).toBe('Judul tersimpan');
    expect(other.doc.getMap('probe').get('written')).toBe('sebelum sambutan');
    client.stop();
  });

  it('hears at once of a contract write that builds the document first', async () => {
    const { articleId } = await freshlyOpened();
    const window = openWindow(t!, articleId);
    window.hello();
    const created = await t!.dispatch('claims:create', { articleId, quote: 'angka' });
    expect(created.ok).toBe(true);
    expect(window.received.some((m) => m.kind === 'remote')).toBe(true);
  });
});

describe("the welcome's state vector", () => {
  /** The welcome's vector, and the one worked out from its state the slow way. */
  function welcomeVectors(articleId: string): { sent: Uint8Array; actual: Uint8Array } {
    const window = openWindow(t!, articleId);
    window.hello();
    const welcome = window.received[0];
    if (welcome?.kind !== 'welcome') throw new Error('no welcome');
    return { sent: welcome.stateVector, actual: Y.encodeStateVectorFromUpdate(welcome.update) };
  }

  it('is remembered from the creation and from every compaction, not worked out at the open', async () => {
    const { articleId } = await freshlyOpened();
    const created = t!.articles.docs.load(articleId).updates[0]!;
    expect(t!.articles.vectors.vectorOf(articleId, created)).toEqual(Y.encodeStateVectorFromUpdate(created));
    const window = openWindow(t!, articleId);
    window.hello();
    fieldsMap(window.doc).set('headline', 'Judul baru');
    expect(window.saved()).toEqual([1]);
    // Closing compacts the log into a new state, whose vector is remembered with it.
    const dbPath = t!.dbPath;
    await t!.service.close();
    const db = new Database(dbPath, { readonly: true });
    try {
      const state = db.prepare('SELECT state FROM docs WHERE article_id = ?').pluck().get(articleId) as Buffer;
      expect(db.prepare('SELECT count(*) FROM doc_updates').pluck().get()).toBe(0);
      const vectors = db.prepare('SELECT vector FROM doc_vectors WHERE article_id = ?').pluck().all(articleId) as Buffer[];
      expect(vectors.map((v) => [...v])).toEqual([[...Y.encodeStateVectorFromUpdate(state)]]);
    } finally {
      db.close();
    }
  });

  it('is never one remembered for an earlier state (another process replaced it)', async () => {
    let before: Uint8Array | null = null;
    const { articleId } = await freshlyOpened((dbPath, id) => {
      // As another program on the store might: the document's state replaced, the vector left as it was.
      const db = new Database(dbPath);
      try {
        const state = db.prepare('SELECT state FROM docs WHERE article_id = ?').pluck().get(id) as Buffer;
        before = Y.encodeStateVectorFromUpdate(state);
        const doc = new Y.Doc();
        Y.applyUpdate(doc, state);
        fieldsMap(doc).set('headline', 'Diganti di luar');
        db.prepare('UPDATE docs SET state = ? WHERE article_id = ?').run(Y.encodeStateAsUpdate(doc), id);
      } finally {
        db.close();
      }
    });
    const { sent, actual } = welcomeVectors(articleId);
    expect(sent).toEqual(actual);
    expect(sent).not.toEqual(before);
    // Worked out once, it is remembered for the next open.
    const state = t!.articles.docs.load(articleId).updates[0]!;
    expect(t!.articles.vectors.vectorOf(articleId, state)).toEqual(actual);
  });
});
