// A window's side of a live document: keeps a Y.Doc in step with the main side over any transport
// (a MessagePort in Electron, a WebSocket in browser mode, `ws` in tests and benchmarks). Local
// edits go out as they happen and count as saved only when the main side says they are on disk.
// Offline, editing goes on; on reconnect the state-vector exchange sends exactly what the main side
// lacks, and Yjs merges it.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  decodeServerMessage,
  encodeClientMessage,
  type ClientMessage,
  type NewsroomSync,
  type ServerMessage,
} from '../contract/liveMessages';

export interface LiveTransport {
  send(bytes: Uint8Array): void;
  close(): void;
}

export interface TransportEvents {
  onOpen(): void;
  onMessage(bytes: Uint8Array): void;
  onClose(reason: string): void;
}

export type LiveConnection = 'connecting' | 'online' | 'offline';

export interface LiveState {
  connection: LiveConnection;
  /** Every local edit so far is on the main side's disk. */
  saved: boolean;
  /** Why the main side refused this window's last message, if it did. */
  problem: string | null;
  /** The article's standing with the newsroom server, as the main side reports it. */
  newsroom: NewsroomSync;
}

const NO_NEWSROOM: NewsroomSync = { state: 'off', waiting: 0, detail: '' };

export interface LiveClientOptions {
  open(events: TransportEvents): LiveTransport;
  onState?(state: LiveState): void;
  /** First content arrived (or was already there): the editor may bind. */
  onSynced?(): void;
  /** Reconnect delays grow from the first to the last. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_MS = [250, 500, 1000, 2000, 4000] as const;

export class LiveClient {
  readonly awareness: awarenessProtocol.Awareness;
  private transport: LiveTransport | null = null;
  private connection: LiveConnection = 'connecting';
  private seq = 0;
  private acked = 0;
  /** Local edits that went nowhere yet (offline, or before the welcome): the next welcome's diff carries them. */
  private unsent = false;
  private greeted = false;
  private everSynced = false;
  private problem: string | null = null;
  private newsroom: NewsroomSync = NO_NEWSROOM;
  private stopped = false;
  /** Disconnected on purpose (the editor unmounted): no reconnecting until start(). */
  private paused = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Messages kept while prefetching (see prefetch), or null when they are handled as they arrive. */
  private held: Uint8Array[] | null = null;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly doc: Y.Doc,
    private readonly options: LiveClientOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get state(): LiveState {
    return { connection: this.connection, saved: this.isSaved(), problem: this.problem, newsroom: this.newsroom };
  }

  get synced(): boolean {
    return this.everSynced;
  }

  /**
   * Connects now but keeps what arrives until start(): a window opening an article asks for its
   * content while the editor is still being built, and the editor must be bound before the content
   * reaches the document (Lexical's binding builds its view from content arriving).
   */
  prefetch(): void {
    if (this.stopped || this.everSynced) return;
    this.paused = false;
    this.held ??= [];
    this.connect();
  }

  start(): void {
    this.paused = false;
    const held = this.held;
    this.held = null;
    for (const bytes of held ?? []) this.receive(bytes);
    this.connect();
  }

  private connect(): void {
    if (this.stopped || this.transport) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.connection = 'connecting';
    this.emitState();
    const transport = this.options.open({
      onOpen: () => {
        if (this.transport !== transport) return;
        this.send({ kind: 'hello', stateVector: Y.encodeStateVector(this.doc) });
      },
      onMessage: (bytes) => {
        if (this.transport !== transport) return;
        if (this.held) this.held.push(bytes);
        else this.receive(bytes);
      },
      onClose: () => {
        if (this.transport !== transport) return;
        this.transport = null;
        // A welcome kept for a channel that is gone no longer holds: the next channel brings its own.
        if (this.held) this.held = [];
        this.greeted = false;
        this.connection = 'offline';
        // Whatever was sent but not acknowledged goes again, in the next welcome's diff.
        if (this.seq > this.acked) this.unsent = true;
        this.acked = this.seq;
        this.emitState();
        this.scheduleReconnect();
      },
    });
    this.transport = transport;
  }

  /** Resolves once every local edit so far is on disk (at once when it is). */
  whenSaved(): Promise<void> {
    if (this.isSaved()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add(resolve));
  }

  /** Drops the connection now (tests: a window going offline); it reconnects by itself unless stopped. */
  dropConnection(): void {
    this.transport?.close();
  }

  /** Closes the channel and stays offline until start() (an editor unmounting, perhaps to remount). */
  pause(): void {
    this.paused = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.transport?.close();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'stopped');
    this.transport?.close();
    this.transport = null;
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
  }

  private isSaved(): boolean {
    return !this.unsent && this.seq === this.acked;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.paused) return;
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_MS;
    const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 1000;
    this.attempt++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    if (this.transport && this.greeted) {
      this.send({ kind: 'update', seq: ++this.seq, update });
    } else {
      this.unsent = true;
    }
    this.emitState();
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this || !this.transport || !this.greeted) return;
    const changed = [...added, ...updated, ...removed];
    this.send({ kind: 'awareness', update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed) });
  };

  private receive(bytes: Uint8Array): void {
    let message: ServerMessage;
    try {
      message = decodeServerMessage(bytes);
    } catch (error) {
      this.problem = `The main side sent an unreadable message (${(error as Error).message}).`;
      this.transport?.close();
      return;
    }
    switch (message.kind) {
      case 'welcome': {
        const ahead = this.unsent || isAhead(Y.encodeStateVector(this.doc), message.stateVector);
        this.applyFromMain(message.update);
        this.greeted = true;
        this.attempt = 0;
        this.problem = null;
        this.connection = 'online';
        // What the main side lacks: edits made offline, or sent but never acknowledged. (Skipped when
        // there are none: for a long article the diff costs as much as the rest of the welcome.)
        const missing = ahead ? Y.encodeStateAsUpdate(this.doc, message.stateVector) : null;
        this.unsent = false;
        if (missing && hasContent(missing)) this.send({ kind: 'update', seq: ++this.seq, update: missing });
        const local = this.awareness.getLocalState();
        if (local !== null)
          this.send({ kind: 'awareness', update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]) });
        if (!this.everSynced) {
          this.everSynced = true;
          this.options.onSynced?.();
        }
        break;
      }
      case 'remote':
        this.applyFromMain(message.update);
        break;
      case 'saved':
        this.acked = Math.max(this.acked, Math.min(message.seq, this.seq));
        break;
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, this);
        break;
      case 'refused':
        this.problem = message.message;
        break;
      case 'sync':
        this.newsroom = { state: message.state, waiting: message.waiting, detail: message.detail };
        break;
    }
    this.emitState();
  }

  /**
   * Applies what the main side sent. Not listening meanwhile: Yjs re-encodes every applied update for
   * 'update' listeners, and this one would only ignore it (a whole document, on a welcome).
   */
  private applyFromMain(update: Uint8Array): void {
    this.doc.off('update', this.onDocUpdate);
    try {
      Y.applyUpdate(this.doc, update, this);
    } finally {
      this.doc.on('update', this.onDocUpdate);
    }
  }

  private send(message: ClientMessage): void {
    try {
      this.transport?.send(encodeClientMessage(message));
    } catch {
      this.unsent = true;
      this.transport?.close();
    }
  }

  private emitState(): void {
    this.options.onState?.(this.state);
    if (this.isSaved()) {
      for (const resolve of this.waiters) resolve();
      this.waiters.clear();
    }
  }
}

/** Whether the local state vector has anything the main side's lacks. */
function isAhead(local: Uint8Array, main: Uint8Array): boolean {
  const theirs = Y.decodeStateVector(main);
  for (const [client, clock] of Y.decodeStateVector(local)) if (clock > (theirs.get(client) ?? 0)) return true;
  return false;
}

/** An update that changes nothing is two zero bytes (no structs, empty delete set). */
function hasContent(update: Uint8Array): boolean {
  return !(update.byteLength === 2 && update[0] === 0 && update[1] === 0);
}
