// A document's stored log as one update, for whoever reads it back (loading, merging, catching up):
// an update that cannot be read is left out (and said), never the rest of the document.
import * as Y from 'yjs';

export function mergeStored(documentName: string, stored: Uint8Array[], log: (message: string) => void): Uint8Array {
  try {
    return Y.mergeUpdates(stored);
  } catch {
    const readable = stored.filter((update, index) => {
      try {
        Y.decodeUpdate(update);
        return true;
      } catch {
        log(`[newsroom] ${documentName}: stored update ${index} cannot be read; loading the rest`);
        return false;
      }
    });
    return Y.mergeUpdates(readable);
  }
}
