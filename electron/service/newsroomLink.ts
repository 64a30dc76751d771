// The desktop's link to a newsroom server: each open article's live document (owned by LiveDocs,
// persisted locally first) is synced with the server by Hocuspocus' provider, all over one
// WebSocket. Nothing connects anywhere unless a server is configured.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { NewsroomSync } from '../../shared/contract/liveMessages';
import {
  dictionaryWordsSchema,
  type DictionaryAddition,
  type DictionaryWords,
  NEWSROOM_PATHS,
  newsroomAccountSchema,
  newsroomImagesSchema,
  newsroomListingSchema,
  type NewsroomAccount,
  type NewsroomArticle,
  NEWSROOM_REFUSALS,
} from '../../shared/contract/newsroom';
import { type ServiceError } from '../../shared/contract/errors';
import { serviceError } from '../../shared/contract/errorMessages';

const REFUSAL_REASONS = new Set<string>(Object.values(NEWSROOM_REFUSALS).map((refusal) => refusal.reason));
const REOPEN_AFTER_FLOOD_MS = 2000;

export interface NewsroomConfig {
  /** ws://, wss://, http:// or https:// — the same server answers both. */
  url: string;
  token: string;
}

/** One article's document, synced while it is open on this side. */
export interface DocLink {
  sync(): NewsroomSync;
  /** Resolves once the server's content is here (the first sync), or rejects when refused or timed out. */
  synced(timeoutMs: number): Promise<void>;
  /** Resolves once synced and every change made here is acknowledged by the server. */
  settled(timeoutMs: number): Promise<void>;
  close(): void;
}

/** Checks the configured address; returns the WebSocket and HTTP forms of it. */
export function newsroomAddress(url: string): { ws: string; http: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw serviceError('invalid_input', 'newsroomBadAddress', { url });
  }
  const scheme = { 'ws:': 'ws', 'wss:': 'wss', 'http:': 'ws', 'https:': 'wss' }[parsed.protocol];
  if (!scheme) throw serviceError('invalid_input', 'newsroomBadScheme', { scheme: parsed.protocol });
  const origin = `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  return { ws: `${scheme}://${origin}`, http: `${scheme === 'wss' ? 'https' : 'http'}://${origin}` };
}

export class NewsroomLink {
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly address: { ws: string; http: string };
  private closed = false;

  constructor(
    private readonly config: NewsroomConfig,
    private readonly log: (message: string) => void = console.error,
  ) {
    this.address = newsroomAddress(config.url);
  }

  get url(): string {
    return this.address.ws;
  }

  private connection(): HocuspocusProviderWebsocket {
    // Back within seconds of the server's return (the default backs off to 30 s): a desk that was
    // offline sees its waiting changes go out soon after the newsroom's server is up again.
    this.socket ??= new HocuspocusProviderWebsocket({ url: this.address.ws, WebSocketPolyfill: WebSocket, maxDelay: 3000 });
    return this.socket;
  }

  /** Syncs `doc` with the server's document of the same article; `changed` hears of every change of standing. */
  link(articleId: string, doc: Y.Doc, awareness: Awareness, changed: () => void): DocLink {
    if (this.closed) throw serviceError('storage_unavailable', 'shuttingDown');
    const socket = this.connection();
    let status: WebSocketStatus = socket.status;
    let everConnected = status === WebSocketStatus.Connected;
    let refused: string | null = null;
    // The server closed this document's connection over a change it would not take (too large,
    // say): said until the changes waiting here are gone (see onClose).
    let closedFor: string | null = null;
    let destroyed = false;
    let last = '';
    // Events during the provider's construction and attach() come before `current` can be asked.
    let ready = false;
    const report = () => {
      if (!ready) return;
      const now = JSON.stringify(current());
      if (now !== last) {
        last = now;
        changed();
      }
    };
    // The provider adds listeners to the awareness (LiveDocs', shared with the windows), some of
    // them anonymous: noted here so close() can take every one of them off again.
    const listening = (): Array<[string, unknown]> =>
      [...awareness._observers].flatMap(([event, listeners]) =>
        [...(listeners as Set<unknown>)].map((fn): [string, unknown] => [event, fn]),
      );
    const before = new Set(listening().map(([, fn]) => fn));
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: articleId,
      document: doc,
      // Window cursors on this side travel to the server too: presence for the other desks.
      awareness,
      token: this.config.token,
      onAuthenticationFailed: ({ reason }) => {
        refused = reason || 'The server refused this account.';
        this.log(`[redaksi] newsroom server refused ${articleId}: ${refused}`);
        report();
      },
      onSynced: () => report(),
      onUnsyncedChanges: ({ number }) => {
        if (number === 0) closedFor = null;
        report();
      },
      onClose: ({ event }) => {
        const reason = String((event as { reason?: unknown } | undefined)?.reason);
        if (!REFUSAL_REASONS.has(reason)) return;
        this.log(`[redaksi] the newsroom server closed ${articleId}: ${reason}`);
        if (reason === NEWSROOM_REFUSALS.flooding.reason) {
          // Too many messages at once (a burst of edits): the connection (the server keeps a closed
          // document closed on it) starts again in a moment, and what is waiting goes as one sync.
          setTimeout(() => {
            if (destroyed || this.closed) return;
            const reconnect = () => {
              socket.off('disconnect', reconnect);
              if (!this.closed) void socket.connect();
            };
            socket.on('disconnect', reconnect);
            socket.disconnect();
          }, REOPEN_AFTER_FLOOD_MS).unref?.();
          return;
        }
        // A change the server will not take: said until the changes waiting here are gone.
        closedFor = reason;
        report();
      },
      onStatus: ({ status: next }) => {
        status = next;
        if (next === WebSocketStatus.Connected) everConnected = true;
        report();
      },
    });
    provider.attach();
    const providers = listening().filter(([, fn]) => !before.has(fn));
    const current = (): NewsroomSync => {
      const waiting = provider.unsyncedChanges;
      if (refused) return { state: 'refused', waiting, detail: refused };
      if (closedFor && waiting > 0) return { state: 'refused', waiting, detail: closedFor };
      if (status !== WebSocketStatus.Connected) return { state: everConnected ? 'offline' : 'connecting', waiting, detail: '' };
      if (!provider.isSynced) return { state: 'connecting', waiting, detail: '' };
      return { state: waiting > 0 ? 'waiting' : 'synced', waiting, detail: '' };
    };
    last = JSON.stringify(current());
    ready = true;
    const link: DocLink = {
      sync: current,
      synced: (timeoutMs) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            provider.off('synced', done);
            reject(serviceError('storage_unavailable', 'newsroomNoAnswer'));
          }, timeoutMs);
          const done = () => {
            const now = current();
            if (now.state === 'refused') {
              clearTimeout(timer);
              reject(serviceError('forbidden', 'newsroomRefused', { detail: now.detail }));
            } else if (provider.isSynced) {
              clearTimeout(timer);
              provider.off('synced', done);
              provider.off('authenticationFailed', done);
              resolve();
            }
          };
          provider.on('synced', done);
          provider.on('authenticationFailed', done);
          done();
        }),
      settled: async (timeoutMs) => {
        const started = Date.now();
        await link.synced(timeoutMs);
        while (provider.hasUnsyncedChanges) {
          if (Date.now() - started > timeoutMs) throw serviceError('storage_unavailable', 'newsroomSlowChanges');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      close: () => {
        // The awareness is LiveDocs' (the windows' cursors): the provider must not destroy it, as it
        // would its own, when the link goes and the document stays (another server configured).
        for (const [event, fn] of providers) awareness.off(event as 'update', fn as () => void);
        provider.configuration.awareness = null;
        destroyed = true;
        provider.destroy();
      },
    };
    return link;
  }

  /** The server's articles (its library), newest first. */
  async list(): Promise<NewsroomArticle[]> {
    const parsed = newsroomListingSchema.safeParse(await this.get(NEWSROOM_PATHS.articles, 10_000));
    if (!parsed.success) throw serviceError('storage_unavailable', 'newsroomBadListing');
    return parsed.data.articles;
  }

  /** The last account the server confirmed for this token (kept for offline work), or null. */
  knownAccount: NewsroomAccount | null = null;

  /** Who this token is on the server (name for presence, role for what this desk may do). */
  async account(timeoutMs = 3000): Promise<NewsroomAccount | null> {
    try {
      const parsed = newsroomAccountSchema.safeParse(await this.get(NEWSROOM_PATHS.me, timeoutMs));
      if (parsed.success) this.knownAccount = parsed.data;
    } catch (error) {
      // Offline: the last known account stands; a refused token has none.
      if ((error as ServiceError).code === 'forbidden') this.knownAccount = null;
    }
    return this.knownAccount;
  }

  /** The newsroom's dictionary. */
  async dictionary(): Promise<DictionaryWords> {
    const parsed = dictionaryWordsSchema.safeParse(await this.get(NEWSROOM_PATHS.dictionary, 5000));
    if (!parsed.success) throw serviceError('storage_unavailable', 'newsroomBadDictionary');
    return parsed.data;
  }

  async addDictionaryWord(entry: DictionaryAddition): Promise<void> {
    const response = await this.request(NEWSROOM_PATHS.dictionary, 10_000, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(entry),
    });
    if (response.status === 401) throw serviceError('forbidden', 'newsroomBadToken');
    if (response.status === 403) throw serviceError('forbidden', 'newsroomViewerDictionary');
    if (!response.ok) throw serviceError('storage_unavailable', 'newsroomAnswered', { status: response.status });
  }

  /** The images the server has (their ids). */
  async imageIds(): Promise<Set<string>> {
    const parsed = newsroomImagesSchema.safeParse(await this.get(NEWSROOM_PATHS.images, 10_000));
    if (!parsed.success) throw serviceError('storage_unavailable', 'newsroomBadImageList');
    return new Set(parsed.data.hashes);
  }

  async uploadImage(id: string, data: Uint8Array, mime: string, fileSha256: string): Promise<void> {
    const response = await this.request(`${NEWSROOM_PATHS.images}/${id}`, 60_000, {
      method: 'PUT',
      headers: { 'Content-Type': mime, 'X-Redaksi-File-Sha256': fileSha256 },
      body: new Uint8Array(data),
    });
    if (!response.ok) throw serviceError('storage_unavailable', 'newsroomImageRefused', { id: id.slice(0, 12), status: response.status });
  }

  async downloadImage(id: string): Promise<Uint8Array> {
    const response = await this.request(`${NEWSROOM_PATHS.images}/${id}`, 60_000);
    if (!response.ok) throw serviceError('not_found', 'newsroomNoImage', { id: id.slice(0, 12) });
    return new Uint8Array(await response.arrayBuffer());
  }

  private async request(path: string, timeoutMs: number, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(`${this.address.http}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${this.config.token}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw serviceError('storage_unavailable', 'newsroomUnreachable', { address: this.address.http, reason: (error as Error).message });
    }
  }

  private async get(path: string, timeoutMs: number): Promise<unknown> {
    const response = await this.request(path, timeoutMs);
    if (response.status === 401) throw serviceError('forbidden', 'newsroomBadToken');
    if (!response.ok) throw serviceError('storage_unavailable', 'newsroomAnswered', { status: response.status });
    return response.json().catch(() => null);
  }

  close(): void {
    this.closed = true;
    this.socket?.destroy();
    this.socket = null;
  }
}

/**
 * `--server URL --token TOKEN` (the token may come from REDAKSI_SERVER_TOKEN instead, kept out of the
 * process list). Neither: no newsroom. One without the other is a mistake worth stopping for.
 */
export function newsroomConfigFrom(server: unknown, token: unknown, env: NodeJS.ProcessEnv = process.env): NewsroomConfig | undefined {
  const url = typeof server === 'string' && server ? server : undefined;
  const secret = (typeof token === 'string' && token) || env.REDAKSI_SERVER_TOKEN || undefined;
  if (!url && !(typeof token === 'string' && token)) return undefined;
  if (!url || !secret) throw new Error('--server URL and --token TOKEN (or REDAKSI_SERVER_TOKEN) go together.');
  newsroomAddress(url);
  return { url, token: secret };
}
