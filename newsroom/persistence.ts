// Hocuspocus' Database extension over the newsroom store. Every document update a client sends is
// appended to the store's log *before* Hocuspocus applies it and acknowledges it (the
// beforeHandleMessage hook is awaited first), so whatever a desk was told is saved is on disk, in
// SQLite or PostgreSQL alike. The debounced store merges the log into one state.
import { Database } from '@hocuspocus/extension-database';
import {
  Connection,
  type afterLoadDocumentPayload,
  type afterUnloadDocumentPayload,
  type beforeHandleMessagePayload,
  type Extension,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { FIELDS_MAP } from '../shared/collab/articleDoc';
import { mergeStored } from './mergeStored';
import type { NewsroomStore } from './newsroomStore';
import { refusal } from './refusal';
import { STORE_ORIGIN } from './storeCatchUp';

/** Hocuspocus' message types that carry Yjs sync messages, and the sync steps that carry document content. */
const SYNC_MESSAGES = new Set([0 /* Sync */, 4 /* SyncReply */]);
const CONTENT_STEPS = new Set([1 /* SyncStep2 */, 2 /* Update */]);
/** The Redis extension applies other instances' updates with this origin; they stored them already. */
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

/** The document update a client message carries, or null (awareness, sync step 1, …). */
export function updateCarriedBy(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return null;
  if (!CONTENT_STEPS.has(decoding.readVarUint(decoder))) return null;
  return decoding.readVarUint8Array(decoder);
}

export class NewsroomPersistence extends Database implements Extension {
  extensionName = 'redaksi-persistence';

  private readonly unmerged = new Set<string>();
  /** Bytes each open document takes in the store (its state and log), as far as this instance knows. */
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly store: NewsroomStore,
    private readonly log: (message: string) => void,
    /** The most a document may take in the store; an update past it is refused. */
    private readonly maxDocumentBytes = 64 * 1024 * 1024,
  ) {
    super({
      fetch: async ({ documentName }) => {
        const stored = await this.store.loadDocument(documentName);
        // A log left unmerged (the server stopped before its debounced store) is merged once loaded.
        if (stored && stored.length > 1) this.unmerged.add(documentName);
        this.sizes.set(documentName, stored ? stored.reduce((sum, update) => sum + update.byteLength, 0) : 0);
        return stored ? mergeStored(documentName, stored, this.log) : null;
      },
      store: async ({ documentName, document, context }) => this.compact(documentName, document, context),
    });
  }

  async beforeHandleMessage({ update: message, connection, documentName }: beforeHandleMessagePayload): Promise<void> {
    // A viewer's updates are refused by Hocuspocus after this hook: never stored.
    if (connection.readOnly) return;
    let update: Uint8Array | null;
    try {
      update = updateCarriedBy(message);
      // Parsed before it is kept: one broken update in the log would stop the document from loading.
      if (update) Y.decodeUpdate(update);
    } catch {
      throw refusal('malformed');
    }
    // A reconnecting desk's sync step 2 is often the empty update: nothing to keep.
    if (!update || update.byteLength <= 2) return;
    const size = (this.sizes.get(documentName) ?? 0) + update.byteLength;
    if (size > this.maxDocumentBytes) throw refusal('tooLarge');
    await this.store.appendUpdate(documentName, update);
    this.sizes.set(documentName, size);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.sizes.delete(documentName);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    // The server's own changes (the status policy's corrections) have no client message to store
    // them first: they are appended as they happen.
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin instanceof Connection || origin === REDIS_ORIGIN || origin === STORE_ORIGIN) return;
      this.store.appendUpdate(documentName, update).catch((error: Error) => {
        this.log(`[newsroom] could not store the server's change to ${documentName} (the next merge keeps it): ${error.message}`);
      });
    });
    if (this.unmerged.delete(documentName)) {
      // Also lists what arrived just before the stop: the listing follows merges. Not by the
      // person who opened it, who wrote none of it. A failure here only delays the merge.
      await this.compact(documentName, document, null).catch((error: Error) =>
        this.log(`[newsroom] could not merge ${documentName}'s log on opening it: ${error.message}`),
      );
    }
  }

  private async compact(articleId: string, document: Y.Doc, context: unknown): Promise<void> {
    // Merged with what is stored, not replaced by the memory's state: nothing on disk can be dropped.
    let size = 0;
    const stored = await this.store.compactDocument(articleId, (log) => {
      const merged = Y.mergeUpdates([mergeStored(articleId, log, this.log), Y.encodeStateAsUpdate(document)]);
      size = merged.byteLength;
      return merged;
    });
    if (!stored) return;
    if (this.sizes.has(articleId)) this.sizes.set(articleId, size);
    const headline = document.getMap(FIELDS_MAP).get('headline');
    const user = (context as { user?: { name?: string } } | undefined)?.user?.name ?? null;
    await this.store.describeDocument(articleId, typeof headline === 'string' ? headline : '', user);
  }
}
