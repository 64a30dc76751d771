// The newsroom server: Hocuspocus (the Yjs sync server) on our own HTTP(S) server, with accounts,
// roles, limits and persistence in its own SQLite file or in PostgreSQL; with Redis, several
// instances serve the same documents. Desktops sync each article's live document with it; the
// library's listing is one authenticated HTTP call.
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type beforeHandleMessagePayload, type Extension, type onAuthenticatePayload } from '@hocuspocus/server';
import IORedis from 'ioredis';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { NEWSROOM_PATHS, newsroomDocumentName, type NewsroomListing } from '../shared/contract/newsroom';
import { Accounts, ROLE_RIGHTS, type Account } from './accounts';
import { dictionaryRoutes } from './dictionaryRoutes';
import { imageRoutes } from './imageRoutes';
import { NewsroomPersistence } from './persistence';
import { TokenBucket } from './rateLimit';
import { refusal } from './refusal';
import { StatusPolicy } from './statusPolicy';
import { StoreCatchUp } from './storeCatchUp';
import { redactedUrl, type NewsroomStore } from './newsroomStore';
import { openNewsroomStore } from './openStore';

export interface NewsroomServerOptions {
  /** The store: a SQLite file's path, or a PostgreSQL URL (postgres://…). */
  db: string;
  /** Redis (redis://…) when several instances serve the same documents behind a load balancer. */
  redis?: string;
  port?: number;
  host?: string;
  tls?: { cert: Buffer; key: Buffer };
  /** Largest WebSocket message accepted (a whole long article's first sync fits many times over). */
  maxMessageBytes?: number;
  /** The most one document may take in the store (default 64 MiB; a 20,000-word article takes about 1 MB). */
  maxDocumentBytes?: number;
  /** Messages per second a connection may keep up, and its burst. */
  messagesPerSecond?: number;
  messageBurst?: number;
  /** Hocuspocus' store debounce: the update log is merged this long after the last change. */
  compactDelayMs?: number;
  /** With Redis: how often each open document is re-read from the store (see StoreCatchUp). */
  catchUpMs?: number;
  log?: (message: string) => void;
}

export interface NewsroomServer {
  url: string;
  port: number;
  store: NewsroomStore;
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

export async function startNewsroomServer(options: NewsroomServerOptions): Promise<NewsroomServer> {
  const log = options.log ?? ((message: string) => console.error(message));
  const store = await openNewsroomStore(options.db, log);
  const accounts = new Accounts(store);
  const images = imageRoutes(store);
  const dictionary = dictionaryRoutes(store);
  const redis = options.redis ? redisExtension(options.redis, log) : null;
  const catchUp = options.redis ? new StoreCatchUp(store, options.catchUpMs ?? 3000, log) : null;
  const perSecond = options.messagesPerSecond ?? 200;
  const burst = options.messageBurst ?? 2000;

  const hocuspocus = new Hocuspocus({
    name: 'redaksi-newsroom',
    quiet: true,
    debounce: options.compactDelayMs ?? 2000,
    maxDebounce: 10_000,
    extensions: [
      // First of all hooks (Hocuspocus runs the configuration's own hooks last): a message from a
      // flooding connection or a removed account is refused before anything, the store included, sees it.
      {
        extensionName: 'redaksi-access',
        priority: 2000,
        async beforeHandleMessage({ context }: beforeHandleMessagePayload): Promise<void> {
          const { token, bucket } = context as ConnectionContext;
          if (!bucket.take()) throw refusal('flooding');
          // A removed user (or a rotated token) loses open connections at their next message.
          if (!(await accounts.verify(token))) throw refusal('removed');
        },
      },
      ...(redis ? [redis] : []),
      new NewsroomPersistence(store, log, options.maxDocumentBytes),
      new StatusPolicy(log),
      ...(catchUp ? [catchUp] : []),
    ],
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<ConnectionContext> {
      const user = await accounts.verify(token);
      if (!user) throw new Error('Unknown or revoked token.');
      if (!newsroomDocumentName.safeParse(documentName).success) throw new Error('Not an article document.');
      // A viewer's connection is read-only: Hocuspocus refuses its updates (the client keeps them unsynced).
      connectionConfig.readOnly = !ROLE_RIGHTS[user.role].edit;
      return { user, token, bucket: new TokenBucket(perSecond, burst) };
    },
  });

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? 32 * 1024 * 1024 });
  webSockets.on('connection', (socket, request) => {
    socket.on('error', (error) => log(`[newsroom] connection error: ${error.message}`));
    hocuspocus.handleConnection(socket, request);
  });

  const handleRequest = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
    };
    const path = new URL(request.url ?? '/', 'http://newsroom').pathname;
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const user = await accounts.verify(bearer);
    if (!user) return reply(401, { error: 'A valid account token is required.' });
    if (request.method === 'GET' && path === NEWSROOM_PATHS.me) return reply(200, { name: user.name, role: user.role });
    if (path.startsWith('/api/images')) {
      if (!(await images(request, response, path, user, reply))) reply(404, { error: 'Not found.' });
      return;
    }
    if (await dictionary(request, path, user, reply)) return;
    if (request.method === 'GET' && path === NEWSROOM_PATHS.articles) {
      const body: NewsroomListing = { articles: await store.listDocuments() };
      return reply(200, body);
    }
    reply(404, { error: 'Not found.' });
  };
  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    handleRequest(request, response).catch((error: unknown) => {
      log(`[newsroom] ${request.method} ${request.url} failed: ${(error as Error).message}`);
      if (!response.headersSent) {
        response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'The server could not answer.' }));
      }
    });
  };
  const http: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, serve) : createHttpServer(serve);
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
      // All at once: with Redis, each store waits a moment for other instances before it returns.
      await Promise.all(
        [...hocuspocus.documents.values()].map((document) =>
          hocuspocus.storeDocumentHooks(
            document,
            {
              clientsCount: 0,
              context: {},
              document,
              documentName: document.name,
              instance: hocuspocus,
              requestHeaders: {},
              requestParameters: new URLSearchParams(),
              socketId: 'server',
            },
            true,
          ),
        ),
      );
      webSockets.close();
      http.closeAllConnections();
      await stopped;
      catchUp?.stop();
      await redis?.onDestroy();
      await store.close();
    },
  };
}

/** Hocuspocus' Redis extension: other instances' updates and presence arrive through it, and only one instance at a time merges a document's log. */
function redisExtension(url: string, log: (message: string) => void): Extension & Redis {
  let said = '';
  const createClient = () => {
    const client = new IORedis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    // ioredis reconnects by itself; say each distinct failure once, not every retry.
    client.on('error', (error: Error) => {
      if (error.message !== said) log(`[newsroom] Redis at ${redactedUrl(url)}: ${(said = error.message)}`);
    });
    client.on('ready', () => (said = ''));
    return client;
  };
  return new Redis({ createClient, prefix: 'redaksi' });
}
