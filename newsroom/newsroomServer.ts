// The newsroom server: Hocuspocus (the Yjs sync server) on our own HTTP(S) server, with accounts,
// roles, limits and persistence in its own SQLite file. Desktops sync each article's live document
// with it; the library's listing is one authenticated HTTP call.
import { Hocuspocus, type beforeHandleMessagePayload, type onAuthenticatePayload } from '@hocuspocus/server';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { NEWSROOM_PATHS, newsroomDocumentName, type NewsroomListing } from '../shared/contract/newsroom';
import { Accounts, ROLE_RIGHTS, type Account } from './accounts';
import { imageRoutes } from './imageRoutes';
import { NewsroomPersistence } from './persistence';
import { TokenBucket } from './rateLimit';
import { StatusPolicy } from './statusPolicy';
import { openServerStore, type ServerStore } from './serverStore';

export interface NewsroomServerOptions {
  dbPath: string;
  port?: number;
  host?: string;
  tls?: { cert: Buffer; key: Buffer };
  /** Largest WebSocket message accepted (a whole long article's first sync fits many times over). */
  maxMessageBytes?: number;
  /** Messages per second a connection may keep up, and its burst. */
  messagesPerSecond?: number;
  messageBurst?: number;
  /** Hocuspocus' store debounce: the update log is merged this long after the last change. */
  compactDelayMs?: number;
  log?: (message: string) => void;
}

export interface NewsroomServer {
  url: string;
  port: number;
  store: ServerStore;
  accounts: Accounts;
  /** Open documents and connections (for tests and the benchmark). */
  stats(): { documents: number; connections: number };
  close(): Promise<void>;
}

/** What a connection carries once authenticated. */
interface ConnectionContext {
  user: Account;
  token: string;
  bucket: TokenBucket;
}

/** Close codes in the private range, with the reason the client shows. */
const CLOSE = {
  removed: { code: 4401, reason: 'This account was removed or its token replaced.' },
  flooding: { code: 4429, reason: 'Too many messages; reconnect in a moment.' },
} as const;

export async function startNewsroomServer(options: NewsroomServerOptions): Promise<NewsroomServer> {
  const log = options.log ?? ((message: string) => console.error(message));
  const store = openServerStore(options.dbPath);
  const accounts = new Accounts(store.db);
  const describe = store.db.prepare(
    `INSERT INTO doc_meta (article_id, headline, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, updated_at = excluded.updated_at,
       updated_by = coalesce(excluded.updated_by, doc_meta.updated_by)`,
  );
  const listing = store.db.prepare(
    'SELECT article_id AS id, headline, updated_at AS updatedAt, updated_by AS updatedBy FROM doc_meta ORDER BY updated_at DESC',
  );
  const images = imageRoutes(store.db);
  const perSecond = options.messagesPerSecond ?? 200;
  const burst = options.messageBurst ?? 2000;

  const hocuspocus = new Hocuspocus({
    name: 'redaksi-newsroom',
    quiet: true,
    debounce: options.compactDelayMs ?? 2000,
    maxDebounce: 10_000,
    extensions: [
      new NewsroomPersistence({
        docs: store.docs,
        describe: (id, headline, by) => describe.run(id, headline, new Date().toISOString(), by),
        log,
      }),
      new StatusPolicy(log),
    ],
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<ConnectionContext> {
      const user = accounts.verify(token);
      if (!user) throw new Error('Unknown or revoked token.');
      if (!newsroomDocumentName.safeParse(documentName).success) throw new Error('Not an article document.');
      // A viewer's connection is read-only: Hocuspocus refuses its updates (the client keeps them unsynced).
      connectionConfig.readOnly = !ROLE_RIGHTS[user.role].edit;
      return { user, token, bucket: new TokenBucket(perSecond, burst) };
    },
    async beforeHandleMessage({ context }: beforeHandleMessagePayload): Promise<void> {
      const { token, bucket } = context as ConnectionContext;
      if (!bucket.take()) throw Object.assign(new Error(CLOSE.flooding.reason), CLOSE.flooding);
      // A removed user (or a rotated token) loses open connections at their next message.
      if (!accounts.verify(token)) throw Object.assign(new Error(CLOSE.removed.reason), CLOSE.removed);
    },
  });

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? 32 * 1024 * 1024 });
  webSockets.on('connection', (socket, request) => {
    socket.on('error', (error) => log(`[newsroom] connection error: ${error.message}`));
    hocuspocus.handleConnection(socket, request);
  });

  const handleRequest = (request: IncomingMessage, response: ServerResponse): void => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://newsroom').pathname;
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const user = accounts.verify(bearer);
    if (!user) return reply(401, { error: 'A valid account token is required.' });
    if (request.method === 'GET' && path === NEWSROOM_PATHS.me) return reply(200, { name: user.name, role: user.role });
    if (path.startsWith('/api/images')) {
      images(request, response, path, user, reply).then(
        (answered) => answered || reply(404, { error: 'Not found.' }),
        (error: unknown) => {
          log(`[newsroom] image request failed: ${(error as Error).message}`);
          if (!response.headersSent) reply(500, { error: 'The image could not be stored.' });
        },
      );
      return;
    }
    if (request.method === 'GET' && path === NEWSROOM_PATHS.articles) {
      const body: NewsroomListing = { articles: listing.all() as NewsroomListing['articles'] };
      return reply(200, body);
    }
    reply(404, { error: 'Not found.' });
  };
  const http: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handleRequest)
    : createHttpServer(handleRequest);
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    webSockets.handleUpgrade(request, socket, head, (ws) => webSockets.emit('connection', ws, request));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 4455, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  const scheme = options.tls ? 'wss' : 'ws';
  return {
    url: `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    store,
    accounts,
    stats: () => ({ documents: hocuspocus.getDocumentsCount(), connections: hocuspocus.getConnectionsCount() }),
    async close() {
      // No new connections (desks reconnect at once), then the open ones closed, then every open
      // document's log merged, then the file.
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      hocuspocus.closeConnections();
      for (const socket of webSockets.clients) socket.terminate();
      for (const document of [...hocuspocus.documents.values()]) {
        const payload = {
          clientsCount: 0,
          context: {},
          document,
          documentName: document.name,
          instance: hocuspocus,
          requestHeaders: {},
          requestParameters: new URLSearchParams(),
          socketId: 'server',
        };
        await hocuspocus.storeDocumentHooks(document, payload, true);
      }
      webSockets.close();
      http.closeAllConnections();
      await stopped;
      store.close();
    },
  };
}
