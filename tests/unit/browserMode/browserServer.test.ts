// Browser mode must let only its own page in: token, Host and Origin are all checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type RunningBrowserServer } from '../../../electron/browser-mode/browserServer';
import { openTestService, type TestService } from '../../fixtures/testService';

let server: RunningBrowserServer;
let service: TestService;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'redaksi-secret.txt'), 'secret');
  service = await openTestService();
  server = await startBrowserServer({
    dispatch: service.dispatch,
    staticDir: dir,
    port: 0,
    assetFile: (id) => service.assets.file(id),
    connectLive: (articleId, peer) => service.service.connectLive(articleId, peer),
  });
});
afterAll(async () => {
  await server.close();
  await service.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (channel: string, headers: Record<string, string>) =>
  send('/api/call', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ channel, input: {} }),
  });

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only, and prints a URL with the token in its fragment (never sent to a server)', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses every call and every image without the token', async () => {
    expect((await call('articles:list', {})).status).toBe(403);
    expect((await call('articles:list', { 'X-Redaksi-Token': 'wrong' })).status).toBe(403);
    expect((await send(`/asset/${'0'.repeat(64)}`)).status).toBe(403);
    expect((await send(`/asset/${'0'.repeat(64)}?token=${server.token}`)).status).toBe(403);
  });

  it('serves the app (no secret in it) with no cookie and no token anywhere in the page', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.body).not.toContain(server.token);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    const script = await send('/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['set-cookie']).toBeUndefined();
  });

  it('never sets a cookie, which other local servers on other ports would receive', async () => {
    const ok = await call('articles:list', { 'X-Redaksi-Token': server.token, Origin: `http://127.0.0.1:${server.port}` });
    expect(ok.headers['set-cookie']).toBeUndefined();
    // A token in a cookie or the query string is no token: only the header counts.
    expect((await call('articles:list', { Cookie: `redaksi_token_${server.port}=${server.token}` })).status).toBe(403);
    expect((await send(`/api/call?token=${server.token}`, { method: 'POST', body: '{}' })).status).toBe(403);
  });

  it('refuses a rebinding Host', async () => {
    for (const host of ['evil.example:80', `evil.example:${server.port}`, '127.0.0.1:1']) {
      expect((await send('/', { headers: { Host: host } })).status).toBe(421);
    }
  });

  it('answers API calls only with the header token and our own Origin', async () => {
    const ok = await call('articles:list', { 'X-Redaksi-Token': server.token, Origin: `http://127.0.0.1:${server.port}` });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { items: [] } });
    const foreign = await call('articles:list', { 'X-Redaksi-Token': server.token, Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const otherPort = await call('articles:list', { 'X-Redaksi-Token': server.token, Origin: 'http://127.0.0.1:1' });
    expect(otherPort.status).toBe(403);
  });

  it('returns typed errors for malformed API requests', async () => {
    const headers = { 'X-Redaksi-Token': server.token, 'Content-Type': 'application/json' };
    const unreadable = await send('/api/call', { method: 'POST', headers, body: '{not json' });
    expect(JSON.parse(unreadable.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await send('/api/call', { method: 'POST', headers, body: JSON.stringify({ channel: 'db:drop', input: {} }) });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await send('/api/call', { headers })).status).toBe(405);
  });

  it('serves stored images by id to its own page only', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    const { asset } = await service.assets.import('dot.png', png);
    expect((await send(`/asset/${asset.id}`)).status).toBe(403);
    const reply = await send(`/asset/${asset.id}`, { headers: { 'X-Redaksi-Token': server.token } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect((await send(`/asset/${'0'.repeat(64)}`, { headers: { 'X-Redaksi-Token': server.token } })).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    const headers = { 'X-Redaksi-Token': server.token };
    for (const path of [
      '/../redaksi-secret.txt',
      '/%2e%2e/redaksi-secret.txt',
      '/%2e%2e%2fredaksi-secret.txt',
      '/..%5credaksi-secret.txt',
      '//etc/passwd',
      '/%00index.html',
    ]) {
      const reply = await send(path, { headers });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });
});
