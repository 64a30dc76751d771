// A contract write that changes a document and a table together (a claim's row and its record) is
// one store transaction: the windows hear of the change only once it commits, and never if it rolls
// back (a window that heard of it would keep it and send it again later).
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readClaimsFromDoc } from '../../../shared/collab/claimsDoc';
import { decodeServerMessage, encodeClientMessage, type ServerMessage } from '../../../shared/contract/liveMessages';
import { openTestService, type TestService } from '../../fixtures/testService';

let t: TestService | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** A window on the article, through the service's own live channel; keeps what it receives. */
function openWindow(service: TestService, articleId: string) {
  const received: ServerMessage[] = [];
  let closed = false;
  const session = service.service.connectLive(articleId, {
    send: (bytes) => received.push(decodeServerMessage(bytes)),
    close: () => (closed = true),
  });
  session.receive(encodeClientMessage({ kind: 'hello', stateVector: Y.encodeStateVector(new Y.Doc()) }));
  const doc = new Y.Doc();
  const welcome = received.find((m) => m.kind === 'welcome');
  if (welcome?.kind === 'welcome') Y.applyUpdate(doc, welcome.update);
  return {
    remotes: () => received.filter((m) => m.kind === 'remote'),
    refused: () => received.filter((m) => m.kind === 'refused'),
    closed: () => closed,
    claimIds: () => {
      for (const m of received) if (m.kind === 'remote') Y.applyUpdate(doc, m.update);
      return readClaimsFromDoc(doc, articleId).map((c) => c.id);
    },
  };
}

describe('claim writes and the live documents', () => {
  it('a committed write reaches the window after the commit, not before', async () => {
    t = await openTestService();
    const service = t;
    const article = service.articles.create({ headline: 'Transaksi' });
    const window = openWindow(service, article.id);
    let seenInside = -1;
    const claim = service.live.transaction(() => {
      const created = service.claims.create(article.id, 'kutipan');
      service.live.writeClaim(created);
      seenInside = window.remotes().length;
      return created;
    });
    expect(seenInside).toBe(0);
    expect(window.remotes().length).toBeGreaterThan(0);
    expect(window.claimIds()).toEqual([claim.id]);
  });

  it('a write that rolls back never reaches the window, and the document reloads without it', async () => {
    t = await openTestService();
    const service = t;
    const article = service.articles.create({ headline: 'Gagal' });
    const window = openWindow(service, article.id);
    expect(() =>
      service.live.transaction(() => {
        service.live.writeClaim(service.claims.create(article.id, 'kutipan yang hilang'));
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(window.remotes()).toHaveLength(0);
    expect(window.claimIds()).toEqual([]);
    // The document in memory was ahead of the disk: dropped, its window told to reconnect.
    expect(window.refused()).toHaveLength(1);
    expect(window.closed()).toBe(true);
    expect(service.claims.list(article.id)).toEqual([]);
    // A new window gets the document as stored: no trace of the rolled-back claim.
    const again = openWindow(service, article.id);
    expect(again.claimIds()).toEqual([]);
  });

  it('through the contract: creating and deleting a claim reach an open window', async () => {
    t = await openTestService();
    const service = t;
    const article = service.articles.create({ headline: 'Kontrak' });
    const window = openWindow(service, article.id);
    const created = await service.dispatch('claims:create', { articleId: article.id, quote: 'angka' });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    expect(window.claimIds()).toEqual([id]);
    expect((await service.dispatch('claims:delete', { id })).ok).toBe(true);
    expect(window.claimIds()).toEqual([]);
  });
});
