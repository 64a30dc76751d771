// With several instances, Redis carries each update from the instance that received it to the
// others, but only while that instance lives: an instance killed between acknowledging an update
// (it is in the store) and passing it on leaves the others' open copy behind the store. So each
// instance looks at its open documents in the store every few seconds and, when one changed, reads
// it and applies what it lacks (Yjs ignores what it has); its desks then get it as any other change.
import type { afterLoadDocumentPayload, afterUnloadDocumentPayload, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { mergeStored } from './mergeStored';
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
    // Read once at the first tick whatever the version: something may have landed since it was loaded.
    let seen = '';
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.catchUp(document, documentName, seen)
        .then((version) => (seen = version))
        .catch((error: Error) => this.log(`[newsroom] could not re-read ${documentName} from the store: ${error.message}`))
        .finally(() => (running = false));
    }, this.everyMs);
    timer.unref();
    this.timers.set(documentName, timer);
  }

  /** Applies the stored document when it changed since `seen`; returns the version now seen. */
  private async catchUp(document: Y.Doc & { isDestroyed?: boolean }, documentName: string, seen: string): Promise<string> {
    const version = await this.store.documentVersion(documentName);
    if (version === seen) return seen;
    const stored = await this.store.loadDocument(documentName);
    if (stored && !document.isDestroyed) Y.applyUpdate(document, mergeStored(documentName, stored, this.log), STORE_ORIGIN);
    return version;
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
