// Sites that answer badly or with hostile intent: an HTML error page where the API should be, a
// redirect to another host, an endless answer, a page that echoes the credentials back, a refusal
// of the certificate, nobody listening. Each is said plainly; nothing crashes, nothing goes to
// another host, no credential appears in a message.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cmsFetch, MAX_ANSWER_BYTES } from '../../../electron/cms/cmsHttp';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { saveFields } from '../../fixtures/publishing';
import { freePort } from '../../fixtures/scaleOutServices';
import { selfSignedCert } from '../../fixtures/selfSignedCert';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';

const PASSWORD = 'hunter2 secret pass word';
const GHOST_KEY = `${'1'.repeat(24)}:${'9f'.repeat(32)}`;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function serve(handler: Handler, host = '127.0.0.1'): Promise<{ url: string; hits: string[]; server: Server }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, hits, server };
}

describe('hostile or broken sites', () => {
  let t: TestService;
  let articleId: string;
  const servers: Server[] = [];

  beforeEach(async () => {
    t = await openTestService();
    ({ id: articleId } = await callOk(t, 'articles:create', { headline: 'Uji situs' }));
    await saveFields(t, articleId, { body: bodyOf(paragraph(text('Isi.'))) });
  });
  afterEach(async () => {
    await t.close();
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  async function publishTo(url: string, kind: 'wordpress' | 'ghost' = 'wordpress') {
    await callOk(
      t,
      'destinations:add',
      kind === 'wordpress'
        ? { kind, name: 'Situs', url, user: 'editor', password: PASSWORD }
        : { kind, name: 'Situs', url, key: GHOST_KEY },
    );
    const result = await t.dispatch('publish:toCms', { articleId, destination: 'Situs', status: 'draft' });
    if (result.ok) throw new Error('expected a refusal');
    // Whatever the site did, no credential is in what the person reads.
    for (const secret of [PASSWORD, Buffer.from(`editor:${PASSWORD}`).toString('base64'), GHOST_KEY.split(':')[1]!])
      expect(result.error.message).not.toContain(secret);
    expect(result.error.code).toBe('remote_failed');
    return result.error;
  }

  it('an HTML error page is named as such, with its title', async () => {
    const site = await serve((_req, res) => {
      res.writeHead(500, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><html><head><title>Error establishing a database connection</title></head><body><h1>Oops</h1></body></html>');
    });
    servers.push(site.server);
    const error = await publishTo(site.url);
    expect(error.message).toContain('answered with a web page instead of its API (HTTP 500: “Error establishing a database connection”)');
    expect(error.text?.key).toBe('cmsNotApi');
  });

  it('a redirect to another host is not followed: nothing reaches the other host, least of all the password', async () => {
    const other = await serve((_req, res) => res.end('{}'), '127.0.0.2');
    servers.push(other.server);
    const site = await serve((req, res) => {
      res.writeHead(307, { Location: `${other.url}${req.url}` });
      res.end();
    });
    servers.push(site.server);
    const error = await publishTo(site.url);
    expect(error.message).toContain(
      `sent the request on to ${other.url}; Redaksi does not follow it there (the password goes only to the address you gave)`,
    );
    expect(other.hits).toEqual([]);

    // A read is not followed to another host either; on the same site, it is.
    const reads = await serve((req, res) => {
      if (req.url === '/elsewhere') return void res.writeHead(302, { Location: `${other.url}/x` }).end();
      if (req.url === '/moved') return void res.writeHead(301, { Location: '/here' }).end();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
    servers.push(reads.server);
    const site2 = new URL(reads.url);
    await expect(cmsFetch(site2, new URL('/elsewhere', site2), { secrets: [] })).rejects.toThrow(/does not follow it there/);
    expect(other.hits).toEqual([]);
    expect((await cmsFetch(site2, new URL('/moved', site2), { secrets: [] })).json).toEqual({ ok: true });
  });

  it('an endless answer is cut off at the limit, with or without a declared length', async () => {
    const endless = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < MAX_ANSWER_BYTES + 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('{}');
      };
      more();
    });
    servers.push(endless.server);
    expect((await publishTo(endless.url)).text?.key).toBe('cmsAnswerTooBig');
    const declared = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(MAX_ANSWER_BYTES * 4) });
      res.write('{');
    });
    servers.push(declared.server);
    expect((await publishTo(declared.url)).text?.key).toBe('cmsAnswerTooBig');
  });

  it('a site that echoes the credentials back in its error gets them blanked out', async () => {
    const echo = await serve((req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      const basic = (req.headers.authorization ?? '').replace('Basic ', '');
      res.end(JSON.stringify({ code: 'bad', message: `Bad request from ${basic} (${Buffer.from(basic, 'base64').toString()})` }));
    });
    servers.push(echo.server);
    const error = await publishTo(echo.url);
    expect(error.message).toContain('refused (HTTP 400): Bad request from ••• (editor:•••)');
  });

  it('an answer of the wrong shape is refused as such', async () => {
    const odd = await serve((_req, res) => {
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end('{"posts":[{"title":"no id"}]}');
    });
    servers.push(odd.server);
    expect((await publishTo(odd.url, 'ghost')).message).toContain(
      'answered in a form Redaksi does not know (a post without its id, status or updated_at)',
    );
  });

  it('nobody listening, and a certificate nobody vouches for, are said plainly', async () => {
    const port = await freePort();
    expect((await publishTo(`http://127.0.0.1:${port}`)).message).toMatch(/cannot be reached \(ECONNREFUSED\)/);

    const dir = mkdtempSync(join(tmpdir(), 'redaksi-tls-'));
    try {
      const { cert, key } = selfSignedCert(dir);
      const tls = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end('{}'));
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
      servers.push(tls as unknown as Server);
      const error = await publishTo(`https://127.0.0.1:${(tls.address() as AddressInfo).port}`);
      expect(error.text?.key).toBe('cmsTls');
      expect(error.message).toContain('its certificate is not trusted');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
