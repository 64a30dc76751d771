// Pins the Electron checklist in the main process's own glue code, with Electron replaced by a
// recording fake: navigation, window.open, permissions, outside requests, the IPC sender check and
// the app protocol's refusal of anything outside the renderer folder and the asset store.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  openExternal: vi.fn(async (_url: string) => {}),
  ipcHandlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  protocolHandler: null as null | ((request: Request) => Promise<Response>),
  fetched: [] as string[],
  ipcListeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
}));

/** MessageChannelMain's shape over an in-memory pair: postMessage on one end is a 'message' on the other. */
class FakePort {
  peer: FakePort | null = null;
  private readonly listeners = new Map<string, Array<(arg?: unknown) => void>>();
  closed = false;
  on(name: string, listener: (arg?: unknown) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  emit(name: string, arg?: unknown) {
    for (const listener of this.listeners.get(name) ?? []) listener(arg);
  }
  postMessage(data: unknown) {
    if (!this.closed) queueMicrotask(() => this.peer?.emit('message', { data }));
  }
  start() {}
  close() {
    if (this.closed) return;
    this.closed = true;
    this.emit('close');
    this.peer?.close();
  }
}

vi.mock('electron', () => ({
  shell: { openExternal: fake.openExternal },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => fake.ipcHandlers.set(channel, handler),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => fake.ipcListeners.set(channel, listener),
  },
  MessageChannelMain: class {
    port1 = new FakePort();
    port2 = new FakePort();
    constructor() {
      this.port1.peer = this.port2;
      this.port2.peer = this.port1;
    }
  },
  protocol: {
    registerSchemesAsPrivileged: () => {},
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (fake.protocolHandler = handler),
  },
  net: {
    // Like net.fetch on file URLs: the file's bytes, or a failed response.
    fetch: async (url: string) => {
      fake.fetched.push(url);
      const { existsSync } = await import('node:fs');
      const { fileURLToPath } = await import('node:url');
      return existsSync(fileURLToPath(url)) ? new Response('file body', { status: 200 }) : new Response('', { status: 404 });
    },
  },
}));

const { hardenContents } = await import('../../../electron/main/hardenContents');
const { hardenSession, ALLOWED_PERMISSIONS } = await import('../../../electron/main/sessionPolicy');
const { registerIpc } = await import('../../../electron/main/ipcBridge');
const { MENU_LABELS } = await import('../../../electron/main/menuLabels');
const { serveRenderer } = await import('../../../electron/main/appProtocol');
const { CHANNEL_NAMES } = await import('../../../shared/contract/channels');

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  hardenContents(contents as never);
  const prevented = (name: string, url = '') => {
    let stopped = false;
    listeners.get(name)!({ preventDefault: () => (stopped = true) }, url);
    return stopped;
  };
  return { prevented, open: (url: string) => openHandler!({ url }) };
}

beforeEach(() => {
  fake.openExternal.mockClear();
  fake.fetched.length = 0;
});

describe('navigation and new windows', () => {
  it('lets the page move only within redaksi://app', () => {
    const c = fakeContents();
    expect(c.prevented('will-navigate', 'redaksi://app/index.html')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'redaksi://other/x', 'javascript:alert(1)', 'not a url']) {
      expect(c.prevented('will-navigate', url), url).toBe(true);
      expect(c.prevented('will-redirect', url), url).toBe(true);
    }
    expect(c.prevented('will-attach-webview')).toBe(true);
  });

  it('denies every window.open; http, https and mailto go to the system browser, nothing else does', () => {
    const c = fakeContents();
    for (const url of ['https://www.nis.go.kr/', 'http://example.com/', 'mailto:desk@example.com']) {
      expect(c.open(url)).toEqual({ action: 'deny' });
      expect(fake.openExternal).toHaveBeenLastCalledWith(url);
    }
    fake.openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'redaksi://app/index.html', 'ms-msdt:x']) {
      expect(c.open(url)).toEqual({ action: 'deny' });
    }
    expect(fake.openExternal).not.toHaveBeenCalled();
  });
});

describe('session', () => {
  function hardened() {
    let request: ((c: unknown, permission: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: ((c: unknown, permission: string) => boolean) | null = null;
    let beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    let spellChecker: boolean | null = null;
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
      setSpellCheckerEnabled: (on: boolean) => (spellChecker = on),
    } as never);
    return {
      spellChecker: () => spellChecker,
      asks: (permission: string) => {
        let granted: boolean | null = null;
        request!(null, permission, (ok) => (granted = ok));
        return granted;
      },
      checks: (permission: string) => check!(null, permission),
      cancels: (url: string) => {
        let cancel: boolean | null = null;
        beforeRequest!({ url }, (r) => (cancel = r.cancel));
        return cancel;
      },
    };
  }

  it('denies every permission but writing plain text to the clipboard', () => {
    const s = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midi', 'hid']) {
      expect(s.asks(permission), permission).toBe(false);
      expect(s.checks(permission), permission).toBe(false);
    }
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
    expect(s.asks('clipboard-sanitized-write')).toBe(true);
  });

  it('turns the spellchecker off, so no dictionary is downloaded', () => {
    expect(hardened().spellChecker()).toBe(false);
  });

  it('cancels every request that would leave the machine', () => {
    const s = hardened();
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:9/', 'wss://example.com/', 'ftp://x/'])
      expect(s.cancels(url), url).toBe(true);
    for (const url of ['redaksi://app/index.html', 'data:image/png;base64,AA==', 'blob:redaksi://app/1'])
      expect(s.cancels(url), url).toBe(false);
  });
});

describe('IPC', () => {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: {} }));
  const languages: string[] = [];
  registerIpc(dispatch, { onCloseReady: () => {}, onInterfaceLanguage: (language) => languages.push(language) });
  const event = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent }, sender: {} });

  it('serves every contract channel and nothing else', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers only the top frame of our own page', async () => {
    const handler = fake.ipcHandlers.get('articles:list')!;
    expect(await handler(event('redaksi://app/index.html'), {})).toEqual({ ok: true, value: {} });
    dispatch.mockClear();
    for (const bad of [
      event('https://evil.example/'),
      event('redaksi://app/index.html', { url: 'redaksi://app/index.html' }),
      event('file:///tmp/x.html'),
      { senderFrame: null, sender: {} },
    ]) {
      expect(await handler(bad, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('rebuilds the menu in the interface’s language when our page says it, and only then', async () => {
    const handler = fake.ipcHandlers.get('app:interfaceLanguage')!;
    await handler(event('redaksi://app/index.html'), { language: 'id' });
    await handler(event('https://evil.example/'), { language: 'en' });
    dispatch.mockResolvedValueOnce({ ok: false, error: { code: 'invalid_input', message: 'no' } } as never);
    await handler(event('redaksi://app/index.html'), { language: 'fr' });
    expect(languages).toEqual(['id']);
  });
});

describe('the menu’s words', () => {
  it('has every item in Indonesian and English', () => {
    expect(Object.keys(MENU_LABELS.id).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const [key, value] of Object.entries(MENU_LABELS.id))
      expect(value, key).not.toBe(MENU_LABELS.en[key as keyof typeof MENU_LABELS.en]);
  });
});

describe('the app protocol', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-protocol-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  writeFileSync(join(dir, 'asset.webp'), 'RIFF');
  const assetId = 'a'.repeat(64);
  serveRenderer(rendererDir, (id) => (id === assetId ? { path: join(dir, 'asset.webp'), mime: 'image/webp' } : null));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const get = (url: string) => fake.protocolHandler!(new Request(url));

  it('serves the renderer with the CSP', async () => {
    const response = await get('redaksi://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(fake.fetched).toEqual([`file://${join(rendererDir, 'index.html')}`]);
  });

  it('refuses traversal, encoded traversal, absolute paths, other hosts and unknown assets', async () => {
    for (const url of [
      'redaksi://app/../secret.txt',
      'redaksi://app/%2e%2e/secret.txt',
      'redaksi://app/%2E%2E%2Fsecret.txt',
      'redaksi://app/..%2fsecret.txt',
      'redaksi://app/assets/..%2f..%2fsecret.txt',
      'redaksi://app/%252e%252e/secret.txt',
      `redaksi://app/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      'redaksi://app//etc/passwd',
      'redaksi://app/..\\secret.txt',
      'redaksi://other/index.html',
      'redaksi://app:8080/index.html',
      `redaksi://app/asset/${'b'.repeat(64)}`,
      'redaksi://app/asset/..%2f..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
    }
    // Nothing outside the renderer folder was even looked up.
    expect(fake.fetched.filter((file) => !file.startsWith(`file://${rendererDir}/`))).toEqual([]);
  });

  it('serves an asset only by its content hash, from the asset store', async () => {
    expect((await get(`redaksi://app/asset/${assetId}`)).status).toBe(200);
    expect(fake.fetched).toEqual([`file://${join(dir, 'asset.webp')}`]);
  });
});

describe('live-document ports', () => {
  it('gives our own page a port to a live session; refuses other frames, bad ids and unknown articles', async () => {
    const { registerLivePorts } = await import('../../../electron/main/livePorts');
    const { LIVE_OPEN_EVENT, LIVE_PORT_EVENT } = await import('../../../shared/contract/api');
    const { encodeClientMessage, decodeServerMessage } = await import('../../../shared/contract/liveMessages');
    const { openTestService } = await import('../../fixtures/testService');
    const service = await openTestService();
    try {
      const article = service.articles.create({ headline: 'Port' });
      registerLivePorts((articleId, peer) => service.service.connectLive(articleId, peer));
      const open = fake.ipcListeners.get(LIVE_OPEN_EVENT)!;
      const sent: Array<{ channel: string; articleId: unknown; port: FakePort | undefined }> = [];
      const event = (url: string, parent: unknown = null) => ({
        senderFrame: { url, parent },
        sender: {
          postMessage: (channel: string, articleId: unknown, ports: FakePort[]) => sent.push({ channel, articleId, port: ports[0] }),
        },
      });
      open(event('https://evil.example/'), article.id);
      open(event('redaksi://app/index.html', {}), article.id);
      open(event('redaksi://app/index.html'), '../../etc/passwd');
      expect(sent).toEqual([]);

      open(event('redaksi://app/index.html'), article.id);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ channel: LIVE_PORT_EVENT, articleId: article.id });
      const port = sent[0]!.port!;
      const received: Array<ReturnType<typeof decodeServerMessage>> = [];
      port.on('message', (message) => received.push(decodeServerMessage((message as { data: Uint8Array }).data)));
      port.postMessage(encodeClientMessage({ kind: 'hello', stateVector: new Uint8Array([0]) }));
      await vi.waitFor(() => expect(received.map((m) => m.kind)).toContain('welcome'));
      // Not bytes: refused, and the port closes.
      port.postMessage('a string');
      await vi.waitFor(() => expect(received.map((m) => m.kind)).toContain('refused'));
      expect(port.closed).toBe(true);

      open(event('redaksi://app/index.html'), '00000000-0000-4000-8000-00000000dead');
      const refused: string[] = [];
      sent[1]!.port!.on('message', (message) => refused.push(decodeServerMessage((message as { data: Uint8Array }).data).kind));
      await vi.waitFor(() => expect(sent[1]!.port!.closed).toBe(true));
    } finally {
      await service.close();
    }
  });
});

describe('the native module the app loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-binding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const planted = join(dir, 'evil.node');
  writeFileSync(planted, 'not really a module');
  const resources = join(dir, 'resources');
  mkdirSync(join(resources, 'native'), { recursive: true });
  writeFileSync(join(resources, 'native', 'better_sqlite3.node'), 'shipped');

  it('a packaged app loads only the copy it ships, whatever REDAKSI_SQLITE_BINDING says', async () => {
    const { sqliteBinding } = await import('../../../electron/main/sqliteBinding');
    expect(sqliteBinding(true, { REDAKSI_SQLITE_BINDING: planted }, resources, dir)).toBe(join(resources, 'native', 'better_sqlite3.node'));
  });

  it('a development build honours REDAKSI_SQLITE_BINDING', async () => {
    const { sqliteBinding } = await import('../../../electron/main/sqliteBinding');
    expect(sqliteBinding(false, { REDAKSI_SQLITE_BINDING: planted }, resources, dir)).toBe(planted);
  });
});
