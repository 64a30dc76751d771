// Two desks, each its own Redaksi (browser mode, its own store) with `--server`, and the newsroom
// server process between them: an article is shared, brought down, edited on both, and edits made
// while the server is down (on both desks, in the same paragraph) merge when it is back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { HERO_SPEC, INLINE_SPEC } from '../../../shared/editor/imageSlot';
import { plainTextOf } from '../../../shared/text/plainText';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { callValue, startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { openLiveWindow, type LiveWindow } from '../../fixtures/liveWindow';
import { addUser, newsroomClient, startNewsroom, until, type NewsroomProcess } from '../../fixtures/newsroomServer';
import { NewsroomLink } from '../../../electron/service/newsroomLink';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';

let dir: string;
let newsroom: NewsroomProcess | null = null;
const desks: BrowserModeServer[] = [];
const windows: LiveWindow[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-desks-'));
});

afterEach(async () => {
  for (const w of windows.splice(0)) w.close();
  for (const desk of desks.splice(0)) await desk.stop();
  await newsroom?.stop();
  newsroom = null;
  rmSync(dir, { recursive: true, force: true });
});

async function desk(name: string, token: string): Promise<BrowserModeServer> {
  const app = await startBrowserMode(join(dir, `${name}.db`), { args: ['--server', newsroom!.url, '--token', token] });
  desks.push(app);
  return app;
}

const value = callValue;

function open(app: BrowserModeServer, articleId: string): LiveWindow {
  const w = openLiveWindow(app.origin, app.token, articleId);
  windows.push(w);
  return w;
}

const newsroomState = (w: LiveWindow) => w.states.at(-1)?.newsroom;

async function derivedText(app: BrowserModeServer, articleId: string): Promise<string> {
  return plainTextOf((await value<{ body: never }>(app, 'articles:get', { ref: articleId })).body);
}

describe('desks synced through the newsroom server', { timeout: 90_000 }, () => {
  it('shares an article, brings it down on another desk, and merges edits made while the server was down', async () => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const budi = addUser(serverDb, 'Budi', 'fact-checker');
    newsroom = await startNewsroom(serverDb);
    const port = newsroom.port;
    const a = await desk('ana', ana);
    const b = await desk('budi', budi);
    expect(await value(a, 'newsroom:status', {})).toEqual({
      configured: true,
      url: newsroom.url,
      account: { name: 'Ana', role: 'editor' },
    });
    // Until the person sets a profile, the account's name is offered for it; the role is the account's.
    expect(await value(a, 'profile:get', {})).toMatchObject({ profile: null, suggested: { name: 'Ana', initials: 'A' }, role: 'editor' });

    const { id } = await value<{ id: string }>(a, 'articles:create', { headline: 'Banjir di Semarang' });
    const wa = open(a, id);
    await wa.synced;
    wa.type('Air setinggi satu meter.');
    await wa.client.whenSaved();
    await until(() => newsroomState(wa)?.state === 'synced', 10_000, "A's desk to report synced");

    // B finds it on the server (once the server has stored it) and brings it down.
    let listed = false;
    async function poll() {
      while (!listed) {
        const { items } = await value<{ items: Array<{ id: string; local: boolean; headline: string }> }>(b, 'newsroom:list', {});
        listed = items.some((item) => item.id === id && !item.local && item.headline === 'Banjir di Semarang');
        if (!listed) await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    void poll();
    await until(() => listed, 20_000, 'the listing');
    const summary = await value<{ id: string; headline: string }>(b, 'newsroom:open', { id });
    expect(summary).toMatchObject({ id, headline: 'Banjir di Semarang' });
    expect(await derivedText(b, id)).toBe('Air setinggi satu meter.');
    const listing = await value<{ items: Array<{ id: string; local: boolean }> }>(b, 'newsroom:list', {});
    expect(listing.items.find((item) => item.id === id)?.local).toBe(true);

    const wb = open(b, id);
    await wb.synced;
    expect(wb.text()).toBe('Air setinggi satu meter.');

    // Partition: the server goes away; both desks keep editing the same paragraph.
    await newsroom.stop();
    await until(() => newsroomState(wa)?.state === 'offline' && newsroomState(wb)?.state === 'offline', 15_000, 'both desks offline');
    wa.type(' Warga mengungsi.');
    wb.type(' BPBD mencatat 300 rumah.');
    await Promise.all([wa.client.whenSaved(), wb.client.whenSaved()]);
    await until(() => (newsroomState(wa)?.waiting ?? 0) > 0, 10_000, 'A to count its waiting changes');

    newsroom = await startNewsroom(serverDb, port);
    await until(
      () => wa.text() === wb.text() && wa.text().length > 'Air setinggi satu meter.'.length + 20,
      30_000,
      'both desks to converge',
    );
    const merged = wa.text();
    expect(merged).toContain('Warga mengungsi.');
    expect(merged).toContain('BPBD mencatat 300 rumah.');
    await until(() => newsroomState(wa)?.state === 'synced' && newsroomState(wb)?.state === 'synced', 15_000, 'both desks synced');
    // And each desk's own store (the derived copy search and export read) says the same.
    expect(await derivedText(a, id)).toBe(merged);
    expect(await derivedText(b, id)).toBe(merged);
  });

  it("statuses travel with the article; a fact-checker's desk may not mark it ready, the desk's may", async () => {
    const serverDb = join(dir, 'newsroom.db');
    const budi = addUser(serverDb, 'Budi', 'fact-checker');
    const dewi = addUser(serverDb, 'Dewi', 'desk');
    newsroom = await startNewsroom(serverDb);
    const checker = await desk('budi', budi);
    const deskApp = await desk('dewi', dewi);
    expect(await value(checker, 'newsroom:status', {})).toMatchObject({ account: { name: 'Budi', role: 'fact-checker' } });

    const { id } = await value<{ id: string }>(checker, 'articles:create', { headline: 'Klaim menteri' });
    const w = open(checker, id);
    await w.synced;
    await value(checker, 'articles:setStatus', { id, from: 'draft', to: 'in_review' });
    await value(checker, 'articles:setStatus', { id, from: 'in_review', to: 'fact_check' });
    const refused = await checker.call('articles:setStatus', { id, from: 'fact_check', to: 'ready' });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/Only the desk/) });
    await until(() => newsroomState(w)?.state === 'synced', 10_000, 'the checker desk synced');

    let listed = false;
    while (!listed) {
      const { items } = await value<{ items: Array<{ id: string }> }>(deskApp, 'newsroom:list', {});
      listed = items.some((item) => item.id === id);
      if (!listed) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await value(deskApp, 'newsroom:open', { id })).toMatchObject({ id, status: 'fact_check' });
    const wd = open(deskApp, id);
    await wd.synced;
    await value(deskApp, 'articles:setStatus', { id, from: 'fact_check', to: 'ready' });
    let status = '';
    while (status !== 'ready') {
      status = (await value<{ status: string }>(checker, 'articles:get', { ref: id })).status;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The checker's open window follows too (its status buttons read the document).
    await until(() => w.doc.getMap('fields').get('status') === 'ready', 10_000, "the checker's window to show Ready");
  });

  it('shares the articles a desk wrote before it had a server, on its first connection', async () => {
    const alone = await startBrowserMode(join(dir, 'ana.db'));
    const { id } = await value<{ id: string }>(alone, 'articles:create', { headline: 'Ditulis sebelum ada server' });
    // Two pictures: one as shot, one turned upright on import (stored with other bytes than its id's).
    const upright = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const sideways = await sharp({ create: { width: 900, height: 1600, channels: 3, background: '#993366' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const hero = await value<{ id: string; width: number; height: number }>(alone, 'assets:import', {
      name: 'banjir.jpg',
      data: new Uint8Array(upright),
    });
    const inline = await value<{ id: string; width: number; height: number }>(alone, 'assets:import', {
      name: 'warga.jpg',
      data: new Uint8Array(sideways),
    });
    const slot = (assetId: string) => ({
      assetId,
      alt: 'Banjir',
      caption: 'Warga mengungsi',
      credit: 'Redaksi',
      rights: '',
      focalPoint: null,
    });
    const current = await value<{
      revision: number;
      headline: string;
      dek: string;
      byline: string;
      language: string;
      timeZone: string;
      publishAt: string | null;
    }>(alone, 'articles:get', { ref: id });
    await value(alone, 'articles:save', {
      id,
      baseRevision: current.revision,
      kind: 'manual',
      fields: {
        headline: current.headline,
        dek: current.dek,
        byline: current.byline,
        language: current.language,
        timeZone: current.timeZone,
        publishAt: current.publishAt,
        hero: { ...HERO_SPEC, ...slot(hero.id) },
        body: bodyOf(
          paragraph(text('Air naik.')),
          { type: 'image-slot', version: 1, ...INLINE_SPEC, ...slot(inline.id) },
          paragraph(text('Selesai.')),
        ),
      },
    });
    await alone.stop();

    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const budi = addUser(serverDb, 'Budi', 'editor');
    newsroom = await startNewsroom(serverDb);
    await desk('ana', ana);
    const b = await desk('budi', budi);
    let found: { headline: string } | undefined;
    const started = Date.now();
    while (!found) {
      expect(Date.now() - started, 'the shared article on the listing').toBeLessThan(30_000);
      const { items } = await value<{ items: Array<{ id: string; headline: string }> }>(b, 'newsroom:list', {});
      found = items.find((item) => item.id === id);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(found.headline).toBe('Ditulis sebelum ada server');
    await value(b, 'newsroom:open', { id });
    expect((await value<{ headline: string }>(b, 'articles:get', { ref: id })).headline).toBe('Ditulis sebelum ada server');
    // Its pictures came down with it, the same pictures.
    expect(await value(b, 'assets:get', { id: hero.id })).toMatchObject({ width: hero.width, height: hero.height });
    expect(await value(b, 'assets:get', { id: inline.id })).toMatchObject({ width: inline.width, height: inline.height });
  });

  it('an article edited offline and closed says "changes waiting", and goes up at the next start', async () => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const budi = addUser(serverDb, 'Budi', 'editor');
    newsroom = await startNewsroom(serverDb);
    const port = newsroom.port;
    const a = await desk('ana', ana);
    const standing = async (app: BrowserModeServer, id: string) =>
      (await value<{ configured: boolean; articles: Record<string, string> }>(app, 'newsroom:standing', {})).articles[id];
    const { id } = await value<{ id: string }>(a, 'articles:create', { headline: 'Jembatan putus' });
    const wa = open(a, id);
    await wa.synced;
    wa.type('Jembatan di Kendal putus.');
    await wa.client.whenSaved();
    await until(() => newsroomState(wa)?.state === 'synced', 10_000, 'synced');
    expect(await standing(a, id)).toBe('synced');

    await newsroom.stop();
    await until(() => newsroomState(wa)?.state === 'offline', 15_000, 'offline');
    wa.type(' Warga memutar lewat Weleri.');
    await wa.client.whenSaved();
    await until(() => (newsroomState(wa)?.waiting ?? 0) > 0, 10_000, 'waiting changes');
    expect(await standing(a, id)).toBe('waiting');
    wa.close();
    await a.stop();
    desks.splice(desks.indexOf(a), 1);

    // The server is back, the desk starts again; nobody opens the article there.
    newsroom = await startNewsroom(serverDb, port);
    const again = await desk('ana', ana);
    let state: string | undefined;
    const started = Date.now();
    while (state !== 'synced') {
      expect(Date.now() - started, 'the waiting changes to go up').toBeLessThan(30_000);
      state = await standing(again, id);
      if (state !== 'synced') await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const b = await desk('budi', budi);
    await value(b, 'newsroom:open', { id });
    expect(await derivedText(b, id)).toBe('Jembatan di Kendal putus. Warga memutar lewat Weleri.');
    // Brought down, it is synced on that desk too.
    expect(await standing(b, id)).toBe('synced');
  });

  it('a change the server will not take (past its size limit) shows as refused, and stays on the desk', async () => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    newsroom = await startNewsroom(serverDb, 0, '--max-document-mb', '1');
    const a = await desk('ana', ana);
    const { id } = await value<{ id: string }>(a, 'articles:create', { headline: 'Laporan panjang' });
    const wa = open(a, id);
    await wa.synced;
    wa.type('Awal laporan.');
    await until(() => newsroomState(wa)?.state === 'synced', 10_000, 'synced');
    wa.addParagraph('Lampiran data. '.repeat(80_000)); // about 1.2 MB
    await until(() => newsroomState(wa)?.state === 'refused', 15_000, 'the refusal');
    expect(newsroomState(wa)?.detail).toContain('size limit');
    await wa.client.whenSaved();
    expect((await derivedText(a, id)).length).toBeGreaterThan(1_000_000);
    expect((await value<{ articles: Record<string, string> }>(a, 'newsroom:standing', {})).articles[id]).toBe('waiting');
  });

  it("a burst of edits past the flood limit: the server cuts the article off, the desk's link connects again and sends everything", async () => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    newsroom = await startNewsroom(serverDb);
    const logged: string[] = [];
    const link = new NewsroomLink({ url: newsroom.url, token: ana }, (line) => logged.push(line));
    const doc = new Y.Doc();
    // Outlives the link (as LiveDocs' does when another server is configured): closing the link
    // must take the provider's listeners off it, or its next change throws.
    const awareness = new Awareness(doc);
    const id = randomUUID();
    const docLink = link.link(id, doc, awareness, () => undefined);
    try {
      await docLink.synced(10_000);
      // 2,500 edits at once, each its own message (as the main side applies a flood of window updates).
      for (let i = 0; i < 2500; i++) doc.getText('probe').insert(doc.getText('probe').length, 'x');
      await until(() => logged.some((line) => line.includes('Too many messages')), 10_000, 'the cut-off');
      await docLink.settled(30_000);
      const check = newsroomClient(newsroom.url, id, ana);
      try {
        await check.synced;
        await until(() => check.text.length === 2500, 10_000, 'every edit on the server');
      } finally {
        check.destroy();
      }
    } finally {
      docLink.close();
      link.close();
    }
    awareness.setLocalStateField('user', { name: 'Ana' });
    awareness.destroy();
  });

  it('without a server configured the newsroom calls say so; a bad id is refused', async () => {
    const app = await startBrowserMode(join(dir, 'alone.db'));
    desks.push(app);
    expect(await value(app, 'newsroom:status', {})).toEqual({ configured: false, url: null, account: null });
    const listed = await app.call('newsroom:list', {});
    expect(listed.ok ? null : listed.error.code).toBe('invalid_input');
    expect(await value(app, 'newsroom:standing', {})).toEqual({ configured: false, articles: {} });
    const bad = await app.call('newsroom:open', { id: '../etc' });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
  });
});
