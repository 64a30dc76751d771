// Hocuspocus' Database extension over our document store: every update is appended to the log as it
// is applied, inside Yjs' update event, so it is on disk before Hocuspocus acknowledges it (the ack
// is sent after the update is applied); the debounced store merges the log into one state.
import { Database } from '@hocuspocus/extension-database';
import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { DocStore } from '../db/docStore';
import { FIELDS_MAP } from '../shared/collab/articleDoc';

export interface PersistenceOptions {
  docs: DocStore;
  /** Refreshes what the library lists for a document (headline, time, who). */
  describe(articleId: string, headline: string, by: string | null): void;
  log(message: string): void;
}

export class NewsroomPersistence extends Database implements Extension {
  extensionName = 'redaksi-persistence';

  constructor(private readonly options: PersistenceOptions) {
    super({
      fetch: async ({ documentName }) => {
        const stored = this.stored(documentName);
        return stored ? Y.mergeUpdates(stored) : null;
      },
      store: async ({ documentName, document, context }) => this.compact(documentName, document, context),
    });
  }

  async afterLoadDocument({ document, documentName, instance }: afterLoadDocumentPayload): Promise<void> {
    let known = this.stored(documentName) !== null;
    // Attached after the stored content was applied, so only new updates reach the log.
    document.on('update', (update: Uint8Array) => {
      try {
        if (!known) {
          this.options.docs.create(documentName, new Uint8Array([0, 0]));
          known = true;
        }
        this.options.docs.append(documentName, update);
      } catch (error) {
        // The document in memory is ahead of the disk: its connections close (thrown out of the
        // update, the acknowledgement is never sent) and the clients resend once it reloads.
        this.options.log(`[newsroom] could not store an update to ${documentName}: ${(error as Error).message}`);
        setImmediate(() => instance.closeConnections(documentName));
        throw error;
      }
    });
  }

  private stored(articleId: string): Uint8Array[] | null {
    try {
      return this.options.docs.load(articleId).updates;
    } catch {
      return null;
    }
  }

  private compact(articleId: string, document: Y.Doc, context: unknown): void {
    if (this.stored(articleId) === null) return;
    // Merged with what is stored, not replaced by the memory's state: nothing on disk can be dropped.
    this.options.docs.compact(articleId, (stored) => Y.mergeUpdates([...stored, Y.encodeStateAsUpdate(document)]));
    const headline = document.getMap(FIELDS_MAP).get('headline');
    const user = (context as { user?: { name?: string } } | undefined)?.user?.name ?? null;
    this.options.describe(articleId, typeof headline === 'string' ? headline : '', user);
  }
}
