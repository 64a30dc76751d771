// Browser mode: the renderer and the same contract handlers over HTTP on 127.0.0.1 only.
// The app's own files (HTML, scripts, styles: no secret in them) are served to any request with our
// Host; every call to the store and every image needs the per-launch token in a header, and API
// calls our own Origin, so neither a web page (CSRF, DNS rebinding) nor another local user can
// reach the articles. The token reaches the page in the address's fragment, which is never sent to
// a server; there is no cookie (cookies are not isolated by port, so every other local server the
// browser visits would receive it).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_LIVE_MESSAGE_BYTES } from '../../shared/contract/liveMessages';
import { fromWire, toWire } from '../../shared/contract/wireCodec';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurity';
import { resolveInside } from '../security/safePath';
import type { Dispatch } from '../service/dispatch';
import type { LivePeer, LiveSession } from '../service/liveDocs';

export const TOKEN_HEADER = 'x-redaksi-token';
export const API_PATH = '/api/call';
/** The live-document WebSocket: /live/<article id>, subprotocols "redaksi-live" and "token.<token>". */
export const LIVE_PROTOCOL = 'redaksi-live';
const LIVE_PATH = /^\/live\/([0-9a-f-]{36})$/;
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface BrowserServerOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The stored file behind an asset id, or null. */
  assetFile(id: string): { path: string; mime: string } | null;
  token?: string;
  /** Opens an article's live document for one window (throws a ServiceError when it cannot). */
  connectLive(articleId: string, peer: LivePeer): LiveSession;
}

export interface RunningBrowserServer {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameSecret(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new Error('request too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function startBrowserServer(options: BrowserServerOptions): Promise<RunningBrowserServer> {
  const token = options.token ?? newToken();
  let port = options.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const file = resolveInside(options.staticDir, pathname);
    if (!file) {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    send(response, 200, content, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  }

  async function serveAsset(id: string, response: ServerResponse): Promise<void> {
    const asset = options.assetFile(id);
    const content = asset ? await readFile(asset.path).catch(() => null) : null;
    if (!asset || !content) {
      send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    // Content-addressed: the same URL always means the same bytes.
    send(response, 200, content, asset.mime, { 'Cache-Control': 'private, max-age=31536000, immutable' });
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only our own page may call: the header token and, when the browser names one, our own Origin.
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      send(response, 403, JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'Not allowed.' } }), 'application/json');
      return;
    }
    let payload: unknown;
    try {
      payload = fromWire(await readBody(request));
    } catch (error) {
      send(
        response,
        400,
        JSON.stringify({ ok: false, error: { code: 'invalid_input', message: `Unreadable request: ${(error as Error).message}` } }),
        'application/json',
      );
      return;
    }
    const { channel, input } = (typeof payload === 'object' && payload !== null ? payload : {}) as { channel?: unknown; input?: unknown };
    const result = await options.dispatch(channel, input);
    send(response, 200, toWire(result), 'application/json');
  }

  const server = createServer((request, response) => {
    void (async () => {
      if (!allowedHosts().has(request.headers.host ?? '')) {
        send(response, 421, 'Wrong host', 'text/plain; charset=utf-8');
        return;
      }
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
      const authorized = sameSecret(request.headers[TOKEN_HEADER] as string | undefined, token);
      const protectedPath = url.pathname === API_PATH || url.pathname.startsWith('/asset/');
      if (protectedPath && !authorized) {
        send(
          response,
          403,
          'Redaksi: open the address printed by "npm start"; it carries this session\'s access token.',
          'text/plain; charset=utf-8',
        );
        return;
      }
      if (url.pathname === API_PATH) {
        if (request.method !== 'POST') {
          send(response, 405, 'POST only', 'text/plain; charset=utf-8', { Allow: 'POST' });
          return;
        }
        await serveApi(request, response);
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(response, 405, 'GET only', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
        return;
      }
      const assetMatch = /^\/asset\/([0-9a-f]{64})$/.exec(url.pathname);
      if (assetMatch) {
        await serveAsset(assetMatch[1]!, response);
        return;
      }
      await serveStatic(url.pathname, response);
    })().catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, `Internal error: ${(error as Error).message}`, 'text/plain; charset=utf-8');
    });
  });

  // The live channel: same Host and Origin rules as the API, and the token as a subprotocol (a
  // browser's WebSocket cannot send headers). Binary frames only, each at most one live message.
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_LIVE_MESSAGE_BYTES,
    handleProtocols: (protocols) => (protocols.has(LIVE_PROTOCOL) ? LIVE_PROTOCOL : false),
  });
  server.on('upgrade', (request, socket, head) => {
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const origin = request.headers.origin ?? '';
    if (!allowedHosts().has(request.headers.host ?? '') || !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      refuse(403, 'Forbidden');
      return;
    }
    const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    const given = offered.find((p) => p.startsWith('token.'))?.slice('token.'.length);
    const match = LIVE_PATH.exec(new URL(request.url ?? '/', `http://127.0.0.1:${port}`).pathname);
    if (!sameSecret(given, token) || !offered.includes(LIVE_PROTOCOL)) {
      refuse(403, 'Forbidden');
      return;
    }
    if (!match) {
      refuse(404, 'Not Found');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      let session: LiveSession;
      try {
        session = options.connectLive(match[1]!, {
          send: (bytes) => ws.send(bytes, { binary: true }),
          // Close reasons are at most 123 bytes.
          close: (reason) => ws.close(4000, Buffer.from(reason).subarray(0, 120).toString()),
        });
      } catch (error) {
        ws.close(
          4004,
          Buffer.from((error as Error).message)
            .subarray(0, 120)
            .toString(),
        );
        sockets.delete(ws);
        return;
      }
      ws.on('message', (data, isBinary) => {
        if (!isBinary) {
          ws.close(1003, 'binary frames only');
          return;
        }
        const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
        session.receive(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
      ws.on('close', () => {
        sockets.delete(ws);
        session.closed();
      });
      ws.on('error', () => ws.terminate());
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            for (const ws of sockets) ws.terminate();
            wss.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
