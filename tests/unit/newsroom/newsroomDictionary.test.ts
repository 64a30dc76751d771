// The newsroom's dictionary: a word one desk adds is known on every desk of the newsroom (each asks
// its server as an article opens), kept on a desk for offline work, refused to a viewer and to
// anything that is not one word; a desk without a server has none and asks no one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callValue, startBrowserMode, type BrowserModeServer } from '../../fixtures/browserMode';
import { addUser, startNewsroom, type NewsroomProcess } from '../../fixtures/newsroomServer';

let dir: string;
let newsroom: NewsroomProcess | null = null;
const desks: BrowserModeServer[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-dictionary-'));
});

afterEach(async () => {
  for (const desk of desks.splice(0)) await desk.stop();
  await newsroom?.stop();
  newsroom = null;
  rmSync(dir, { recursive: true, force: true });
});

async function desk(name: string, args: string[]): Promise<BrowserModeServer> {
  const app = await startBrowserMode(join(dir, `${name}.db`), { args });
  desks.push(app);
  return app;
}

const value = callValue;

describe('the newsroom’s dictionary', { timeout: 90_000 }, () => {
  it('a word added on one desk is known on another, kept there offline, and refused to a viewer', async () => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const vina = addUser(serverDb, 'Vina', 'viewer');
    newsroom = await startNewsroom(serverDb);
    const a = await desk('ana', ['--server', newsroom.url, '--token', ana]);
    const v = await desk('vina', ['--server', newsroom.url, '--token', vina]);

    expect(await value(a, 'dictionary:newsroom', {})).toEqual({ configured: true, canAdd: true, words: { id: [], en: [] } });
    await value(a, 'dictionary:addNewsroom', { language: 'id', word: 'Kursk' });
    await value(a, 'dictionary:addNewsroom', { language: 'id', word: 'Jong-yil' });
    await value(a, 'dictionary:addNewsroom', { language: 'en', word: 'Pyongyang' });
    await value(a, 'dictionary:addNewsroom', { language: 'id', word: 'Kursk' }); // twice: once
    const words = { id: ['Jong-yil', 'Kursk'], en: ['Pyongyang'] };
    expect(await value(v, 'dictionary:newsroom', {})).toEqual({ configured: true, canAdd: false, words });

    // A viewer's account may read the words, not add to them (the server refuses, not only the desk).
    const refused = await v.call('dictionary:addNewsroom', { language: 'id', word: 'Donbas' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', text: { key: 'newsroomViewerDictionary' } } });
    // Not one word: refused by the contract before any request.
    expect(await a.call('dictionary:addNewsroom', { language: 'id', word: 'dua kata' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });

    // The server's own checks, for any client: one word in a known language, small, from an account.
    const http = newsroom.httpOrigin + '/api/dictionary';
    const post = (token: string, body: string) => fetch(http, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body });
    expect((await post(ana, '{"language":"fr","word":"bonjour"}')).status).toBe(400);
    expect((await post(ana, '{"language":"id","word":"<script>"}')).status).toBe(400);
    expect((await post(ana, 'not json')).status).toBe(400);
    expect((await post(ana, JSON.stringify({ language: 'id', word: 'a'.repeat(5000) })).catch(() => ({ status: 400 }))).status).toBe(400);
    expect((await post(vina, '{"language":"id","word":"Donbas"}')).status).toBe(403);
    expect((await fetch(http)).status).toBe(401);
    expect(await (await fetch(http, { headers: { Authorization: `Bearer ${ana}` } })).json()).toEqual(words);

    // The server down: each desk still knows the words it last heard.
    await newsroom.stop();
    newsroom = null;
    expect(await value(v, 'dictionary:newsroom', {})).toEqual({ configured: true, canAdd: false, words });
    const offline = await a.call('dictionary:addNewsroom', { language: 'id', word: 'Donbas' });
    expect(offline).toMatchObject({ ok: false, error: { code: 'storage_unavailable', text: { key: 'newsroomUnreachable' } } });
  });

  it('a desk without a newsroom server has no newsroom dictionary', async () => {
    const alone = await desk('alone', []);
    expect(await value(alone, 'dictionary:newsroom', {})).toEqual({ configured: false, canAdd: false, words: { id: [], en: [] } });
    expect(await alone.call('dictionary:addNewsroom', { language: 'id', word: 'Kursk' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', text: { key: 'noNewsroom' } },
    });
  });
});
