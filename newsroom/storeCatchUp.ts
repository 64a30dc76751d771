// With several instances, Redis carries each update from the instance that received it to the
// others, but only while that instance lives: an instance killed between acknowledging an update
// (it is in the store) and passing it on leaves the others' open copy behind the store. So each
// instance re-reads the store for its open documents every few seconds and applies what it lacks
// (Yjs ignores what it has); its desks then get it as any other change.
import type { afterLoadDocumentPayload, afterUnloadDocumentPayload, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { NewsroomStore } from './newsroomStore';

/** Origin of what the catch-up applies: already in the store, so never appended again. */
export const STORE_ORIGIN = 'newsroom-store';

export class StoreCatchUp implements Extension {
  extensionName = 'redaksi-store-catch-up';
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: NewsroomStore,
    private readonly everyMs: number,
    private readonly log: (message: string) => void,
  ) {}

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.store
        .loadDocument(documentName)
        .then((stored) => {
          if (stored && !document.isDestroyed) Y.applyUpdate(document, Y.mergeUpdates(stored), STORE_ORIGIN);
        })
        .catch((error: Error) => this.log(`[newsroom] could not re-read ${documentName} from the store: ${error.message}`))
        .finally(() => (running = false));
    }, this.everyMs);
    timer.unref();
    this.timers.set(documentName, timer);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    clearInterval(this.timers.get(documentName));
    this.timers.delete(documentName);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearInterval(timer);
    this.timers.clear();
  }
}
