// The main side owns every article's live document (Y.Doc). Windows connect over a channel (a
// MessagePort in Electron, a WebSocket in browser mode) and exchange Yjs updates; each update is
// appended to the store before it is acknowledged, so "Saved" in a window means on disk. A plain
// Lexical JSON copy is derived off the typing path (debounced) for search, export and the CLI,
// and the update log is compacted into one merged state in the background.
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  fieldsMap,
  readFieldsFromDoc,
  readStatusFromDoc,
  STATUS_KEY,
  writeFieldsToDoc,
  writeStatusToDoc,
  type DocFields,
} from '../../shared/collab/articleDoc';
import { HEADLESS_ORIGIN, mirrorBody, normalizeBody, writeBodyToDoc, type BodyMirror } from '../../shared/collab/bodyDoc';
import { STATUS_LABELS } from '../../shared/articles/status';
import { claimsMap, deleteClaimFromDoc, readClaimsFromDoc, writeClaimToDoc } from '../../shared/collab/claimsDoc';
import { pendingFieldSuggestions, readSuggestionsFromDoc } from '../../shared/collab/suggestionsDoc';
import type { FieldSuggestion } from '../../shared/suggestions/suggestionSchema';
import { reanchorClaims, type ClaimQuote } from '../../shared/collab/reanchorClaims';
import type { Claim } from '../../shared/claims/claimSchema';
import type { ArticleStatus } from '../../shared/articles/status';
import { claimContexts } from '../../shared/claims/claimContext';
import { plainTextOf } from '../../shared/text/plainText';
import type { Article, ArticleFields } from '../../shared/contract/channels';
import type { NewsroomSyncStore } from '../../db/newsroomSyncStore';
import { decodeClientMessage, encodeServerMessage, type ClientMessage, type ServerMessage } from '../../shared/contract/liveMessages';
import type { ArticleStore, VersionInfo } from '../../db/articleStore';
import type { DocLink } from './newsroomLink';
import { serviceError } from '../../shared/contract/errorMessages';

/** The window's end of a channel, as the transport (MessagePort, WebSocket) provides it. */
export interface LivePeer {
  send(bytes: Uint8Array): void;
  close(reason: string): void;
}

/** What the transport calls as frames arrive and when the channel goes away. */
export interface LiveSession {
  receive(bytes: Uint8Array): void;
  closed(): void;
}

export interface LiveDocsOptions {
  /** The derived JSON copy follows this long after the last edit … */
  deriveDelayMs?: number;
  /** … and never lags further behind while edits keep coming. */
  deriveMaxWaitMs?: number;
  /** Updates in the log before it is merged into one state. */
  compactAfter?: number;
  /** How long a document nobody has open stays in memory. */
  lingerMs?: number;
  log?: (message: string) => void;
  /** The article's claim records (their ids and quotes), to repair marks a merge lost. */
  claimsOf?: (articleId: string) => ClaimQuote[];
  /** Stores the claim records as the document holds them (the claims table is their derived copy). */
  storeClaims?: (articleId: string, claims: Claim[]) => void;
  /** After every write this makes (appends, derivations, compactions): the idle WAL checkpointer's cue. */
  onWrite?: () => void;
  /**
   * Links an open document to the newsroom server (when one is configured): its updates arrive here
   * like a window's, are stored, and reach the windows; `changed` is called when its standing changes.
   */
  linkDoc?: (articleId: string, doc: Y.Doc, awareness: awarenessProtocol.Awareness, changed: () => void) => DocLink | null;
  /** Where each article's standing with the newsroom server is kept (for the library, and the sharing pass). */
  newsroomSync?: NewsroomSyncStore;
  /** The person at this desk (their profile's name, their newsroom role): who signs the versions made here. */
  person?: () => Person;
}

/** Who makes a version. */
export interface Person {
  name: string | null;
  role: string | null;
}

const SERVER_ORIGIN = 'redaksi-main';
/** Updates read back from the store: already on disk, so sent to the windows but not appended again. */
const CATCH_UP_ORIGIN = 'redaksi-catch-up';
/** The longest a document welcomed from the store waits to be built (see joinEarly). */
const EARLY_BUILD_MS = 1000;
/** How long after a window's welcome the derived copy's editor is built (see scheduleWarm). */
const WARM_DELAY_MS = 1500;

interface Session {
  peer: LivePeer;
  /** Awareness client ids this window announced, removed when it goes. */
  clients: Set<number>;
  greeted: boolean;
}

interface OpenDoc {
  articleId: string;
  doc: Y.Doc;
  /** The body as a headless editor that follows the document: what the JSON copy is derived from. */
  mirror: BodyMirror;
  /** The whole document as one update, while nothing changed it since it was encoded (most windows start empty). */
  wholeState: Uint8Array | null;
  awareness: awarenessProtocol.Awareness;
  sessions: Set<Session>;
  /** Updates appended since the last compaction. */
  logged: number;
  /** A write to the store failed: the document in memory is ahead of the disk and must be reloaded. */
  failure: Error | null;
  dirtySince: number | null;
  deriveTimer: ReturnType<typeof setTimeout> | null;
  /** Set while no window has it open: when it fires, the document leaves memory. */
  lingerTimer: ReturnType<typeof setTimeout> | null;
  /** Its sync with the newsroom server, when one is configured. */
  link: DocLink | null;
  /** The standing last recorded for it (null: none yet since it was loaded or linked). */
  recorded: 'synced' | 'waiting' | null;
  /** Who edited it since its copy was last derived: the automatic version's authors. */
  editors: Set<string>;
}

export class LiveDocs {
  private readonly open = new Map<string, OpenDoc>();
  /** Windows welcomed before their document was built (see joinEarly): they join it as soon as it is. */
  private readonly welcomedEarly = new Map<string, Set<() => void>>();
  private readonly deriveDelayMs: number;
  private readonly deriveMaxWaitMs: number;
  private readonly compactAfter: number;
  private readonly lingerMs: number;
  private readonly log: (message: string) => void;
  private readonly claimsOf: (articleId: string) => ClaimQuote[];
  private readonly storeClaims: (articleId: string, claims: Claim[]) => void;
  private readonly onWrite: () => void;
  private readonly linkDoc: LiveDocsOptions['linkDoc'];
  private readonly newsroomSync: NewsroomSyncStore | undefined;
  private readonly person: () => Person;
  private closed = false;
  /** The store transaction in progress (see transaction): broadcasts held until it commits, documents it changed. */
  private inTransaction: { sends: Array<() => void>; touched: Set<OpenDoc> } | null = null;

  constructor(
    private readonly articles: ArticleStore,
    options: LiveDocsOptions = {},
  ) {
    this.deriveDelayMs = options.deriveDelayMs ?? 1000;
    // Only for someone typing without a pause: search and the library lag at most this long. Deriving a
    // long article mid-typing competes with the window for this machine's cores (a long frame in the
    // typing benchmark); every reader that needs the copy current derives it first anyway.
    this.deriveMaxWaitMs = options.deriveMaxWaitMs ?? 30_000;
    this.compactAfter = options.compactAfter ?? 500;
    this.lingerMs = options.lingerMs ?? 60_000;
    this.log = options.log ?? console.error;
    this.claimsOf = options.claimsOf ?? (() => []);
    this.storeClaims = options.storeClaims ?? (() => undefined);
    this.onWrite = options.onWrite ?? (() => undefined);
    this.linkDoc = options.linkDoc;
    this.newsroomSync = options.newsroomSync;
    this.person = options.person ?? (() => ({ name: null, role: null }));
  }

  /**
   * After a crash, edits may be in a document's log but not yet in its derived copy: brings every
   * such article's copy up to date and compacts its log (at start-up, before any window connects).
   */
  recover(): number {
    const ids = this.articles.docs.articlesWithUpdates();
    for (const id of ids) {
      const entry = this.load(id);
      entry.dirtySince = Date.now();
      this.release(entry);
    }
    return ids.length;
  }

  /**
   * A window opens an article. Throws not_found for an unknown or purged article.
   *
   * A document not in memory yet is not built before the window hears from us: a window that starts
   * empty (most do) is welcomed with the stored state as it is, and the document is built after
   * the window built its editor. Building a long article's document takes a few hundred
   * milliseconds; done first, the window would wait for it before starting its own.
   */
  connect(articleId: string, peer: LivePeer): LiveSession {
    if (this.closed) throw serviceError('storage_unavailable', 'shuttingDown');
    if (this.open.has(articleId)) return this.join(this.open.get(articleId)!, peer);
    // Only a compacted document (one stored state) is welcomed as stored; otherwise it is built now.
    const stored = this.articles.docs.load(articleId).updates;
    if (stored.length !== 1) return this.join(this.load(articleId), peer);
    return this.joinEarly(articleId, stored[0]!, peer);
  }

  private join(entry: OpenDoc, peer: LivePeer, session: Session = { peer, clients: new Set(), greeted: false }): LiveSession {
    if (entry.lingerTimer) clearTimeout(entry.lingerTimer);
    entry.lingerTimer = null;
    entry.sessions.add(session);
    let gone = false;
    return {
      receive: (bytes) => {
        if (gone) return;
        let message: ClientMessage;
        try {
          message = decodeClientMessage(bytes);
        } catch (error) {
          gone = true;
          this.refuse(entry, session, 'invalid_input', (error as Error).message);
          return;
        }
        this.handle(entry, session, message);
      },
      closed: () => {
        if (gone) return;
        gone = true;
        this.leave(entry, session);
      },
    };
  }

  /**
   * A window on a document not yet in memory: its hello (when it starts empty) is answered with the
   * stored state at once; anything else it sends builds the document first and then goes through in
   * order. A window that says nothing more has it built a second after its welcome.
   */
  private joinEarly(articleId: string, state: Uint8Array, peer: LivePeer): LiveSession {
    const session: Session = { peer, clients: new Set(), greeted: false };
    const waiting: Uint8Array[] = [];
    let welcomed: Uint8Array | null = null;
    let joined: LiveSession | null = null;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let gone = false;
    const build = (): void => {
      if (pending) clearTimeout(pending);
      pending = null;
      this.welcomedEarly.get(articleId)?.delete(build);
      if (gone || joined) return;
      if (this.closed) return void peer.close('Redaksi is shutting down.');
      let entry: OpenDoc;
      try {
        entry = this.load(articleId);
      } catch (error) {
        this.log(`[redaksi] live document ${articleId}: ${(error as Error).message}`);
        gone = true;
        return void peer.close((error as Error).message);
      }
      joined = this.join(entry, peer, session);
      if (welcomed) this.greet(entry, session, welcomed);
      for (const bytes of waiting.splice(0)) joined.receive(bytes);
    };
    return {
      receive: (bytes) => {
        if (gone) return;
        if (joined) return joined.receive(bytes);
        if (!welcomed && !this.open.has(articleId)) {
          let message: ClientMessage | null = null;
          try {
            message = decodeClientMessage(bytes);
          } catch {
            // Left to the built document's channel, which refuses it the usual way.
          }
          if (message?.kind === 'hello' && Y.decodeStateVector(message.stateVector).size === 0) {
            welcomed = this.stateVectorOf(articleId, state);
            this.send(session, { kind: 'welcome', update: state, stateVector: welcomed });
            // Built when the window says more (its cursor, once its editor is built) or soon after,
            // not while the window builds its editor from the welcome: they would share the cores.
            pending = setTimeout(build, EARLY_BUILD_MS);
            pending.unref?.();
            // Built sooner for any other reason (a contract call, another window), it joins at once.
            const builds = this.welcomedEarly.get(articleId) ?? new Set();
            this.welcomedEarly.set(articleId, builds.add(build));
            return;
          }
        }
        waiting.push(bytes);
        build();
      },
      closed: () => {
        if (gone) return;
        gone = true;
        if (pending) clearTimeout(pending);
        this.welcomedEarly.get(articleId)?.delete(build);
        joined?.closed();
      },
    };
  }

  /** The stored state's vector: remembered, or worked out (decoding it all) and remembered for next time. */
  private stateVectorOf(articleId: string, state: Uint8Array): Uint8Array {
    const known = this.articles.vectors.vectorOf(articleId, state);
    if (known) return known;
    const vector = Y.encodeStateVectorFromUpdate(state);
    try {
      this.articles.vectors.remember(articleId, state, vector);
    } catch (error) {
      // Only a shortcut for the next open: a store that cannot take it now loses nothing.
      this.log(`[redaksi] live document ${articleId}: state vector not remembered: ${(error as Error).message}`);
    }
    return vector;
  }

  /** Derives the JSON copy now if edits are waiting (before an export, a status change, a version). True when it wrote. */
  flush(articleId: string): boolean {
    const entry = this.open.get(articleId);
    if (!entry || entry.dirtySince === null) return false;
    this.derive(entry);
    return true;
  }

  /** A named version: the derived copy as a manual revision, kept forever. */
  saveVersion(articleId: string, label?: string): { revision: number } {
    return this.snapshot(articleId, { kind: 'manual', label: label ?? null, ...this.signed() });
  }

  /**
   * The article as it stands, stored as a version of the given kind (a named version, a status
   * change, a publication), even when nothing changed since the last one.
   */
  snapshot(articleId: string, version: Omit<VersionInfo, 'claims'>): { revision: number } {
    const entry = this.load(articleId);
    try {
      const saved = this.articles.storeDerived(articleId, this.readFields(entry), { ...version, claims: this.claimsIn(entry) });
      entry.dirtySince = null;
      entry.editors.clear();
      return { revision: saved.revision };
    } finally {
      if (this.open.get(articleId) === entry) this.release(entry);
    }
  }

  /** Signed by the person at this desk. */
  private signed(): { author: string | null; role: string | null } {
    const person = this.person();
    return { author: person.name, role: person.role };
  }

  private claimsIn(entry: OpenDoc): Claim[] {
    return readClaimsFromDoc(entry.doc, entry.articleId);
  }

  /**
   * A whole-article write from the main side (the CLI's save, an import's fields, restoring a
   * version): into the document first, so every window sees it, then the derived copy.
   */
  write(
    articleId: string,
    fields: ArticleFields,
    version: Omit<VersionInfo, 'claims' | 'author' | 'role'>,
    restoreClaims: Claim[] = [],
  ): { revision: number; slug: string; updatedAt: string } {
    const entry = this.load(articleId);
    try {
      const { body, ...rest } = fields;
      const current = this.articles.get(articleId);
      // One store transaction: the document's updates and the derived copy land together or not at
      // all (a kill in between must not leave the new body with the old headline).
      const saved = this.atomically(entry, () => {
        // Two Yjs transactions: the body arrives as an update from the headless editor (remote-style),
        // the fields are this document's own edit; Yjs must not see both in one. Compared in Lexical's
        // normal form (the stored copy's): an unchanged body makes no update.
        if (JSON.stringify(current.body) !== JSON.stringify(normalizeBody(body))) writeBodyToDoc(entry.doc, body);
        writeFieldsToDoc(entry.doc, rest, SERVER_ORIGIN);
        // A restored version's claims that were dismissed since come back with their marks.
        const held = new Set(this.claimsIn(entry).map((claim) => claim.id));
        const anchored = claimContexts(body);
        const back = restoreClaims.filter((claim) => !held.has(claim.id) && anchored.has(claim.id));
        if (back.length > 0) entry.doc.transact(() => back.forEach((claim) => writeClaimToDoc(entry.doc, claim)), SERVER_ORIGIN);
        const claims = this.claimsIn(entry);
        if (back.length > 0) this.storeClaims(articleId, claims);
        // The copy is what the document now says, so later derivations find nothing to change.
        return this.articles.storeDerived(articleId, this.readFields(entry), { ...version, ...this.signed(), claims });
      });
      entry.dirtySince = null;
      entry.editors.clear();
      return saved;
    } finally {
      if (this.open.get(articleId) === entry) this.release(entry);
    }
  }

  /** A claim record created or changed through the contract: into the document, so every window has it. */
  writeClaim(claim: Claim): void {
    this.edit(claim.articleId, (doc) => writeClaimToDoc(doc, claim, SERVER_ORIGIN));
  }

  /** A status change made here (the contract checked the transition): into the document, for every desk. */
  writeStatus(articleId: string, status: ArticleStatus): void {
    this.edit(articleId, (doc) => writeStatusToDoc(doc, status, SERVER_ORIGIN));
  }

  deleteClaim(articleId: string, claimId: string): void {
    this.edit(articleId, (doc) => deleteClaimFromDoc(doc, claimId, SERVER_ORIGIN));
  }

  /** The suggested changes of the fields above the text still waiting for a decision (they live in the document only). */
  fieldSuggestions(articleId: string): FieldSuggestion[] {
    const entry = this.load(articleId);
    try {
      return pendingFieldSuggestions(readSuggestionsFromDoc(entry.doc));
    } finally {
      if (this.open.get(articleId) === entry) this.release(entry);
    }
  }

  fieldSuggestionsPending(articleId: string): number {
    return this.fieldSuggestions(articleId).length;
  }

  private edit(articleId: string, change: (doc: Y.Doc) => void): void {
    const entry = this.load(articleId);
    try {
      this.atomically(entry, () => change(entry.doc));
    } finally {
      if (this.open.get(articleId) === entry) this.release(entry);
    }
  }

  /** The article was purged: its windows close and nothing more is written for it. */
  forget(articleId: string): void {
    const entry = this.open.get(articleId);
    if (!entry) return;
    for (const session of entry.sessions) session.peer.close('The article was deleted.');
    this.evict(entry);
  }

  /** Derives and compacts everything, then closes every channel (quitting). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const entry of [...this.open.values()]) {
      for (const session of entry.sessions) session.peer.close('Redaksi is shutting down.');
      entry.sessions.clear();
      this.retire(entry);
    }
  }

  private load(articleId: string): OpenDoc {
    const existing = this.open.get(articleId);
    if (existing) return existing;
    const stored = this.articles.docs.load(articleId);
    const doc = new Y.Doc();
    const mirror = mirrorBody(doc);
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    }, 'load');
    const awareness = new awarenessProtocol.Awareness(doc);
    // The main side has no cursor of its own.
    awareness.setLocalState(null);
    const entry: OpenDoc = {
      articleId,
      doc,
      mirror,
      // A compacted document is its stored state: the first window's welcome costs no encoding.
      wholeState: stored.updates.length === 1 ? stored.updates[0]! : null,
      awareness,
      sessions: new Set(),
      logged: stored.updates.length - 1,
      failure: null,
      dirtySince: null,
      deriveTimer: null,
      lingerTimer: null,
      link: null,
      recorded: null,
      editors: new Set(),
    };
    doc.on('update', (update: Uint8Array, origin: unknown) => this.persist(entry, update, origin));
    // A status set on another desk (the server let it through or put it back) reaches the articles
    // table at once; the contract's own status changes (SERVER_ORIGIN) stored it already.
    fieldsMap(doc).observe((event, transaction) => {
      if (transaction.origin === SERVER_ORIGIN || transaction.origin === 'load' || !event.keysChanged.has(STATUS_KEY)) return;
      setImmediate(() => {
        const status = readStatusFromDoc(doc);
        if (!status || this.open.get(articleId) !== entry) return;
        try {
          if (!this.articles.adoptStatus(articleId, status)) return;
          // Another desk's status change is a version here too, signed by whoever was on the article.
          const remote = this.remoteNames(entry);
          this.snapshot(articleId, {
            kind: status === 'published' ? 'publish' : 'status',
            label: `Status: ${STATUS_LABELS[status]}`,
            author: remote.length > 0 ? remote.join(', ') : null,
            role: null,
          });
          this.onWrite();
        } catch (error) {
          this.log(`[redaksi] storing the status of ${articleId}: ${(error as Error).message}`);
        }
      });
    });
    // Likewise claim records that arrive by sync reach the claims table at once, not at the next
    // derivation: the claims panel and the claim calls read the table.
    let claimsQueued = false;
    claimsMap(doc).observeDeep((_events, transaction) => {
      if (transaction.origin === SERVER_ORIGIN || transaction.origin === 'load' || claimsQueued) return;
      claimsQueued = true;
      setImmediate(() => {
        claimsQueued = false;
        if (this.open.get(articleId) !== entry) return;
        try {
          this.storeClaims(articleId, readClaimsFromDoc(doc, articleId));
          this.onWrite();
        } catch (error) {
          this.log(`[redaksi] storing the claims of ${articleId}: ${(error as Error).message}`);
        }
      });
    });
    awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) =>
      this.relayAwareness(entry, [...added, ...updated, ...removed], origin),
    );
    this.open.set(articleId, entry);
    // A document from before statuses travelled gets the stored one (an empty document brought down
    // from the newsroom gets the server's by sync instead).
    if (!readStatusFromDoc(doc) && fieldsMap(doc).size > 0) {
      try {
        writeStatusToDoc(doc, this.articles.get(articleId).status, SERVER_ORIGIN);
      } catch (error) {
        this.log(`[redaksi] adding the status to ${articleId}'s document: ${(error as Error).message}`);
      }
    }
    this.link(entry);
    const early = this.welcomedEarly.get(articleId);
    this.welcomedEarly.delete(articleId);
    for (const build of early ?? []) build();
    return entry;
  }

  /** Tells the article's windows how it stands with the newsroom server ('off' when none is configured any more). */
  private sendSync(entry: OpenDoc): void {
    if (this.open.get(entry.articleId) !== entry) return;
    const sync = entry.link?.sync() ?? { state: 'off' as const, waiting: 0, detail: '' };
    // Changes waiting while connected are acknowledged within moments (recorded only if the
    // document leaves memory first, see evict); waiting while offline or refused, they are recorded.
    if (sync.state === 'synced') this.record(entry, 'synced');
    else if (sync.waiting > 0 && sync.state !== 'waiting') this.record(entry, 'waiting');
    for (const session of entry.sessions) if (session.greeted) this.send(session, { kind: 'sync', ...sync });
  }

  /** Keeps the article's standing with the server, on a change of it only (not per keystroke). */
  private record(entry: OpenDoc, standing: 'synced' | 'waiting'): void {
    if (!this.newsroomSync || entry.recorded === standing) return;
    try {
      if (standing === 'waiting') this.newsroomSync.markWaiting(entry.articleId);
      else this.newsroomSync.markSynced(entry.articleId);
      entry.recorded = standing;
    } catch (error) {
      this.log(`[redaksi] recording how ${entry.articleId} stands with the newsroom server: ${(error as Error).message}`);
    }
  }

  /** Another newsroom server (or none) was configured: every open document is linked again. */
  relink(): void {
    for (const entry of this.open.values()) {
      entry.link?.close();
      entry.link = null;
      entry.recorded = null;
      this.link(entry);
      this.sendSync(entry);
    }
  }

  private link(entry: OpenDoc): void {
    try {
      entry.link = this.linkDoc?.(entry.articleId, entry.doc, entry.awareness, () => this.sendSync(entry)) ?? null;
    } catch (error) {
      this.log(`[redaksi] linking ${entry.articleId} to the newsroom server: ${(error as Error).message}`);
    }
  }

  /** Sends an article up to the newsroom server; resolves once the server has all of it. */
  async share(articleId: string, timeoutMs = 20_000): Promise<void> {
    const wasOpen = this.open.has(articleId);
    const entry = this.load(articleId);
    try {
      if (!entry.link) throw serviceError('invalid_input', 'noNewsroom');
      await entry.link.settled(timeoutMs);
      this.record(entry, 'synced');
    } finally {
      // A document loaded only to be shared leaves memory at once (a first pass may share hundreds).
      if (this.open.get(articleId) === entry) {
        if (!wasOpen && entry.sessions.size === 0) this.retire(entry);
        else this.release(entry);
      }
    }
  }

  /**
   * Brings an article's content down from the newsroom server (its document here starts empty):
   * resolves once the first sync is done and the derived copy holds it.
   */
  async bringDown(articleId: string, timeoutMs = 20_000): Promise<void> {
    const entry = this.load(articleId);
    try {
      if (!entry.link) throw serviceError('invalid_input', 'noNewsroom');
      await entry.link.synced(timeoutMs);
      const status = readStatusFromDoc(entry.doc);
      if (status) this.articles.adoptStatus(articleId, status);
      if (this.open.get(articleId) === entry && entry.dirtySince !== null) this.derive(entry);
    } finally {
      if (this.open.get(articleId) === entry) this.release(entry);
    }
  }

  /** Every change to a document, from a window or from here, is on disk before anyone hears of it. */
  private persist(entry: OpenDoc, update: Uint8Array, origin: unknown): void {
    if (origin === 'load' || entry.failure) return;
    entry.wholeState = null;
    this.noteEditor(entry, origin);
    if (origin !== CATCH_UP_ORIGIN) {
      try {
        this.articles.docs.append(entry.articleId, update);
      } catch (error) {
        entry.failure = error as Error;
        return;
      }
      entry.logged++;
      this.onWrite();
    }
    this.markDirty(entry);
    const broadcast = () => {
      for (const session of entry.sessions) {
        if (session !== origin && session.greeted) this.send(session, { kind: 'remote', update });
      }
    };
    // Inside a store transaction the windows hear of it only once it commits: a write that rolls
    // back must not reach a window, which would keep it and send it again later.
    if (this.inTransaction) {
      this.inTransaction.sends.push(broadcast);
      this.inTransaction.touched.add(entry);
    } else broadcast();
    if (entry.logged >= this.compactAfter) setImmediate(() => this.open.get(entry.articleId) === entry && this.compact(entry));
  }

  /**
   * Remembers who made an update, for the next automatic version: a window's is this desk's person
   * (its profile); from the newsroom, the people on the article there (the names on their cursors).
   * The main side's own writes sign their versions themselves.
   */
  private noteEditor(entry: OpenDoc, origin: unknown): void {
    if (origin === SERVER_ORIGIN || origin === HEADLESS_ORIGIN || origin === CATCH_UP_ORIGIN || origin === 'load') return;
    if (entry.sessions.has(origin as Session)) {
      // A window on this desk is this desk's person (its cursor may carry only a placeholder name).
      const name = this.person().name;
      if (name) entry.editors.add(name);
      return;
    }
    for (const name of this.remoteNames(entry)) entry.editors.add(name);
  }

  /** The names on the article's cursors that are not this desk's windows (people on other desks). */
  private remoteNames(entry: OpenDoc): string[] {
    const local = new Set([...entry.sessions].flatMap((session) => [...session.clients]));
    const names = new Set<string>();
    for (const [id, state] of entry.awareness.getStates()) {
      const name = nameIn(state);
      if (!local.has(id) && name) names.add(name);
    }
    return [...names];
  }

  private handle(entry: OpenDoc, session: Session, message: ClientMessage): void {
    switch (message.kind) {
      case 'hello': {
        let update: Uint8Array;
        try {
          update = this.welcomeUpdate(entry, message.stateVector);
        } catch (error) {
          this.refuse(entry, session, 'invalid_input', `malformed state vector (${(error as Error).message})`);
          return;
        }
        this.send(session, { kind: 'welcome', update, stateVector: Y.encodeStateVector(entry.doc) });
        this.greet(entry, session, null);
        return;
      }
      case 'update': {
        try {
          // Parsed whole before it touches the document: a malformed update is refused, not half-applied.
          Y.decodeUpdate(message.update);
          Y.applyUpdate(entry.doc, message.update, session);
        } catch (error) {
          this.refuse(entry, session, 'invalid_input', `malformed update (${(error as Error).message})`);
          return;
        }
        if (!this.checkFailure(entry)) return;
        this.send(session, { kind: 'saved', seq: message.seq });
        return;
      }
      case 'awareness':
        try {
          awarenessProtocol.applyAwarenessUpdate(entry.awareness, message.update, session);
        } catch (error) {
          this.refuse(entry, session, 'invalid_input', `malformed awareness update (${(error as Error).message})`);
        }
        return;
    }
  }

  /**
   * After its welcome: the window hears of the newsroom link and the other cursors, and from now on
   * of every change. `welcomedAt` is the state vector of a welcome sent before the document was
   * built: whatever reached the document since (another process's writes) follows at once.
   */
  private greet(entry: OpenDoc, session: Session, welcomedAt: Uint8Array | null): void {
    session.greeted = true;
    if (welcomedAt) {
      const missed = Y.encodeStateAsUpdate(entry.doc, welcomedAt);
      // An update that adds nothing is two bytes (no structs, no deletions).
      if (missed.length > 2) this.send(session, { kind: 'remote', update: missed });
    }
    this.scheduleWarm(entry);
    if (entry.link) this.send(session, { kind: 'sync', ...entry.link.sync() });
    const states = [...entry.awareness.getStates().keys()];
    if (states.length > 0)
      this.send(session, { kind: 'awareness', update: awarenessProtocol.encodeAwarenessUpdate(entry.awareness, states) });
  }

  /**
   * Builds the derived copy's editor a little after a window opened the document: not while the
   * window builds its own (both would wait on each other for the two cores of a small laptop, and
   * the window's images and claims on the main side), and not when the first edit waits on it.
   */
  private scheduleWarm(entry: OpenDoc): void {
    const timer = setTimeout(() => {
      if (this.open.get(entry.articleId) !== entry) return;
      try {
        entry.mirror.warm();
      } catch (error) {
        this.log(`[redaksi] building the copy's editor for ${entry.articleId}: ${(error as Error).message}`);
      }
    }, WARM_DELAY_MS);
    timer.unref?.();
  }

  /** What a window lacks, given its state vector; a window that has nothing gets the whole document. */
  private welcomeUpdate(entry: OpenDoc, stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) return Y.encodeStateAsUpdate(entry.doc, stateVector);
    entry.wholeState ??= Y.encodeStateAsUpdate(entry.doc);
    return entry.wholeState;
  }

  private relayAwareness(entry: OpenDoc, changed: number[], origin: unknown): void {
    const from = origin as Session | undefined;
    if (from && entry.sessions.has(from)) for (const id of changed) from.clients.add(id);
    const update = awarenessProtocol.encodeAwarenessUpdate(entry.awareness, changed);
    for (const session of entry.sessions) {
      if (session !== from && session.greeted) this.send(session, { kind: 'awareness', update });
    }
  }

  /**
   * A failed append leaves the document in memory ahead of the disk. It is dropped and every window
   * is told; they keep their edits and send them again when they reconnect to the reloaded document.
   */
  private checkFailure(entry: OpenDoc): boolean {
    if (!entry.failure) return true;
    const message = `The article store could not save: ${entry.failure.message}. Your edits are kept in the window and sent again.`;
    this.log(`[redaksi] live document ${entry.articleId}: ${entry.failure.message}`);
    for (const session of entry.sessions) {
      this.send(session, { kind: 'refused', code: 'storage_unavailable', message });
      session.peer.close(message);
    }
    entry.sessions.clear();
    this.evict(entry);
    return false;
  }

  /**
   * Runs a contract write in one store transaction (joining the caller's, if any). If anything in it
   * fails, the store rolls back while the document in memory is ahead of it: the document is dropped
   * (its windows keep their edits and resend) and the store's own error goes back (dispatch types it).
   */
  private atomically<T>(entry: OpenDoc, run: () => T): T {
    try {
      return this.transaction(() => {
        const result = run();
        if (entry.failure) throw entry.failure;
        return result;
      });
    } catch (error) {
      entry.failure ??= error as Error;
      this.checkFailure(entry);
      throw error;
    }
  }

  /**
   * One store transaction around writes that also change documents (a claim's table row and its
   * record): what the documents send to their windows waits until the outermost one commits, and is
   * dropped if it rolls back.
   */
  transaction<T>(run: () => T): T {
    if (this.inTransaction) return this.articles.db.transaction(run)();
    const pending = { sends: [] as Array<() => void>, touched: new Set<OpenDoc>() };
    this.inTransaction = pending;
    let result: T;
    try {
      result = this.articles.db.transaction(run)();
    } catch (error) {
      // Rolled back: the documents it changed are ahead of the disk; they are dropped (their windows
      // never heard of the change) and reload from the store when the windows reconnect.
      for (const entry of pending.touched) {
        entry.failure ??= error as Error;
        if (this.open.get(entry.articleId) === entry) this.checkFailure(entry);
      }
      throw error;
    } finally {
      this.inTransaction = null;
    }
    for (const send of pending.sends) send();
    return result;
  }

  private refuse(entry: OpenDoc, session: Session, code: string, message: string): void {
    this.log(`[redaksi] live channel for ${entry.articleId} refused: ${message}`);
    this.send(session, { kind: 'refused', code, message });
    session.peer.close(message);
    this.leave(entry, session);
  }

  private send(session: Session, message: ServerMessage): void {
    try {
      session.peer.send(encodeServerMessage(message));
    } catch {
      // A channel that cannot take a message is closing; its window resynchronizes when it reconnects.
    }
  }

  private leave(entry: OpenDoc, session: Session): void {
    if (!entry.sessions.delete(session)) return;
    if (session.clients.size > 0) awarenessProtocol.removeAwarenessStates(entry.awareness, [...session.clients], 'left');
    this.release(entry);
  }

  /**
   * The last window left (or a contract call is done): the copy is derived and the log compacted at
   * once, and the document stays in memory a while, so reopening it (switching between articles)
   * does not rebuild it from the store.
   */
  private release(entry: OpenDoc): void {
    if (entry.sessions.size > 0 || this.open.get(entry.articleId) !== entry) return;
    this.settle(entry);
    if (entry.lingerTimer) clearTimeout(entry.lingerTimer);
    entry.lingerTimer = setTimeout(() => {
      entry.lingerTimer = null;
      if (entry.sessions.size === 0 && this.open.get(entry.articleId) === entry) this.retire(entry);
    }, this.lingerMs);
    entry.lingerTimer.unref?.();
  }

  private settle(entry: OpenDoc): void {
    try {
      if (entry.dirtySince !== null) this.derive(entry);
      if (entry.logged > 0 || this.articles.docs.pendingUpdates(entry.articleId) > 0) this.compact(entry);
    } catch (error) {
      this.log(`[redaksi] settling live document ${entry.articleId}: ${(error as Error).message}`);
    }
  }

  private retire(entry: OpenDoc): void {
    this.settle(entry);
    this.evict(entry);
  }

  private evict(entry: OpenDoc): void {
    if (entry.deriveTimer) clearTimeout(entry.deriveTimer);
    entry.deriveTimer = null;
    if (entry.lingerTimer) clearTimeout(entry.lingerTimer);
    entry.lingerTimer = null;
    if ((entry.link?.sync().waiting ?? 0) > 0) this.record(entry, 'waiting');
    entry.link?.close();
    entry.link = null;
    entry.awareness.destroy();
    entry.mirror.dispose();
    entry.doc.destroy();
    if (this.open.get(entry.articleId) === entry) this.open.delete(entry.articleId);
  }

  private markDirty(entry: OpenDoc): void {
    const now = Date.now();
    entry.dirtySince ??= now;
    if (entry.deriveTimer) clearTimeout(entry.deriveTimer);
    const wait = Math.max(0, Math.min(this.deriveDelayMs, entry.dirtySince + this.deriveMaxWaitMs - now));
    entry.deriveTimer = setTimeout(() => {
      entry.deriveTimer = null;
      if (this.open.get(entry.articleId) !== entry || entry.dirtySince === null) return;
      try {
        this.derive(entry);
      } catch (error) {
        this.log(`[redaksi] deriving ${entry.articleId}: ${(error as Error).message}`);
      }
    }, wait);
  }

  /** The article as its document says it; `current` (the stored copy) fills any field the document lacks. */
  private readFields(entry: OpenDoc, current: Article = this.articles.get(entry.articleId)): ArticleFields {
    const fallback: DocFields = {
      headline: current.headline,
      dek: current.dek,
      byline: current.byline,
      language: current.language,
      timeZone: current.timeZone,
      publishAt: current.publishAt,
      hero: current.hero,
      tags: current.tags,
    };
    return { ...readFieldsFromDoc(entry.doc, fallback), body: entry.mirror.read() };
  }

  private derive(entry: OpenDoc): void {
    if (entry.deriveTimer) clearTimeout(entry.deriveTimer);
    entry.deriveTimer = null;
    entry.dirtySince = null;
    // The stored copy is read once per derivation (it can be megabytes).
    const current = this.articles.get(entry.articleId);
    let fields = this.readFields(entry, current);
    if (this.repairMarks(entry, fields)) fields = this.readFields(entry, current);
    const same =
      JSON.stringify(current.body) === JSON.stringify(fields.body) &&
      (['headline', 'dek', 'byline', 'language', 'timeZone', 'publishAt'] as const).every((key) => current[key] === fields[key]) &&
      JSON.stringify(current.hero) === JSON.stringify(fields.hero) &&
      JSON.stringify(current.tags ?? []) === JSON.stringify(fields.tags ?? []);
    const claims = this.claimsIn(entry);
    if (!same) {
      const author = entry.editors.size > 0 ? [...entry.editors].join(', ') : null;
      this.articles.storeDerived(entry.articleId, fields, { kind: 'auto', author, role: null, claims });
    }
    entry.editors.clear();
    this.storeClaims(entry.articleId, claims);
    this.onWrite();
  }

  /**
   * Claims whose record lives but whose mark a merge lost get their mark back where their words
   * stand once (see reanchorClaims). Cheap when nothing is missing: one walk of the derived JSON.
   */
  private repairMarks(entry: OpenDoc, fields: ArticleFields): boolean {
    const anchored = claimContexts(fields.body);
    const text = plainTextOf(fields.body);
    const orphans = this.claimsOf(entry.articleId).filter((claim) => {
      if (anchored.has(claim.id) || claim.quote.length === 0) return false;
      const at = text.indexOf(claim.quote);
      return at >= 0 && text.indexOf(claim.quote, at + 1) < 0;
    });
    if (orphans.length === 0) return false;
    const fixed = reanchorClaims(entry.doc, orphans, SERVER_ORIGIN);
    if (fixed.length > 0) this.log(`[redaksi] re-anchored ${fixed.length} claim mark(s) lost in a merge in ${entry.articleId}`);
    return fixed.length > 0;
  }

  private compact(entry: OpenDoc): void {
    if (entry.failure) return;
    this.articles.docs.compact(entry.articleId, (stored) => {
      // Whatever another process stored comes into this document too (and out to its windows).
      entry.doc.transact(() => {
        for (const update of stored) Y.applyUpdate(entry.doc, update);
      }, CATCH_UP_ORIGIN);
      const merged = Y.encodeStateAsUpdate(entry.doc);
      entry.wholeState = merged;
      // The document's own vector is the merged state's only when nothing waits for a missing update.
      if (entry.doc.store.pendingStructs === null && entry.doc.store.pendingDs === null)
        this.articles.vectors.remember(entry.articleId, merged, Y.encodeStateVector(entry.doc));
      return merged;
    });
    entry.logged = 0;
    this.onWrite();
  }
}

/** The name a cursor carries (Lexical's collaboration plugin puts it in the awareness state). */
function nameIn(state: Record<string, unknown> | undefined): string | null {
  const name = state?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 120) : null;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
