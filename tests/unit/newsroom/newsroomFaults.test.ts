// Faults between desks and the newsroom server, as they happen: a desk (browser mode with
// `--server`) is SIGKILLed while typing, or the server is SIGKILLed while the desk syncs, round
// after round. Both stores stay intact, every update the desk acknowledged as saved is kept, and
// another desk ends up with exactly the same text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocStore } from '../../../db/docStore';
import { openDatabase } from '../../../db/openStore';
import { readBodyFromDoc } from '../../../shared/collab/bodyDoc';
import { plainTextOf } from '../../../shared/text/plainText';
import { startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { openLiveWindow, type LiveWindow } from '../../fixtures/liveWindow';
import { addUser, startNewsroom, until, type NewsroomProcess } from '../../fixtures/newsroomServer';

const ROUNDS = 20;
let dir: string;
let newsroom: NewsroomProcess | null = null;
const running: BrowserModeServer[] = [];
const windows: LiveWindow[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-faults-'));
});

afterEach(async () => {
  for (const w of windows.splice(0)) w.close();
  for (const desk of running.splice(0)) await desk.stop();
  await newsroom?.stop();
  newsroom = null;
  rmSync(dir, { recursive: true, force: true });
});

function expectIntact(path: string): void {
  const db = new Database(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
}

/** The words of the article's document as the desk's store holds it (the desk is not running). */
function storedWords(dbPath: string, articleId: string): Set<string> {
  const db = openDatabase(dbPath);
  try {
    const doc = new Y.Doc();
    for (const update of new DocStore(db).load(articleId).updates) Y.applyUpdate(doc, update);
    return new Set(plainTextOf(readBodyFromDoc(doc)).split(/\s+/));
  } finally {
    db.close();
  }
}

describe('faults between desks and the newsroom server', { timeout: 240_000 }, () => {
  it(`keeps every acknowledged update through ${ROUNDS} SIGKILLs of a typing desk and of the server, alternately`, async () => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const budi = addUser(serverDb, 'Budi', 'editor');
    newsroom = await startNewsroom(serverDb);
    const port = newsroom.port;
    const anaDb = join(dir, 'ana.db');
    const start = async (dbPath: string, token: string) => {
      const desk = await startBrowserMode(dbPath, { args: ['--server', newsroom!.url, '--token', token] });
      running.push(desk);
      return desk;
    };
    let desk = await start(anaDb, ana);
    const created = await desk.call('articles:create', { headline: 'Uji gangguan' });
    const articleId = (created.ok ? (created.value as { id: string }).id : '') || '';
    const acknowledged: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const window = openLiveWindow(desk.origin, desk.token, articleId, { retryDelaysMs: [60_000] });
      windows.push(window);
      let stop = false;
      let onStopped: () => void = () => undefined;
      const stopped = new Promise<false>((resolve) => (onStopped = () => resolve(false)));
      const typing = (async () => {
        await Promise.race([window.synced, stopped]);
        for (let n = 0; !stop; n++) {
          const token = `r${round}k${n}`;
          window.addParagraph(token);
          const saved = await Promise.race([window.client.whenSaved().then(() => true), stopped]);
          if (!saved) return;
          acknowledged.push(token);
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 300 + ((round * 137) % 500)));
      if (round % 2 === 0) {
        // The desk dies mid-update; its store is intact and has every update it acknowledged.
        stop = true;
        await desk.kill();
        onStopped();
        await typing;
        window.close();
        running.splice(running.indexOf(desk), 1);
        expectIntact(anaDb);
        const words = storedWords(anaDb, articleId);
        for (const token of acknowledged) expect(words.has(token), token).toBe(true);
        desk = await start(anaDb, ana);
      } else {
        // The server dies mid-sync; the desk keeps typing offline; the server comes back on its store.
        await newsroom.kill();
        expectIntact(serverDb);
        await new Promise((resolve) => setTimeout(resolve, 200));
        stop = true;
        onStopped();
        await typing;
        window.close();
        newsroom = await startNewsroom(serverDb, port);
      }
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);

    // Another desk brings the article down: the same text as the desk's, with every acknowledged token.
    const other = await start(join(dir, 'budi.db'), budi);
    const anaWindow = openLiveWindow(desk.origin, desk.token, articleId);
    windows.push(anaWindow);
    await anaWindow.synced;
    await until(
      () => ['synced'].includes(anaWindow.states.at(-1)?.newsroom?.state ?? ''),
      30_000,
      "the desk's waiting changes to reach the server",
    );
    const opened = await other.call('newsroom:open', { id: articleId });
    expect(opened.ok).toBe(true);
    const budiWindow = openLiveWindow(other.origin, other.token, articleId);
    windows.push(budiWindow);
    await budiWindow.synced;
    await until(() => budiWindow.text() === anaWindow.text(), 30_000, 'the two desks to hold the same text');
    const words = new Set(budiWindow.text().split(/\s+/));
    for (const token of acknowledged) expect(words.has(token), token).toBe(true);
  });
});
