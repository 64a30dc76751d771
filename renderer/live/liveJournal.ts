// A window's safety net while its edits are not yet on the main side's disk (offline, say): the
// document's state goes to localStorage when the page hides or closes, and is merged back in by
// the next window that opens the article. A Yjs update merges into any newer state without
// conflict, so an old journal can never overwrite later work.
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '../../shared/contract/wireCodec';

const PREFIX = 'redaksi-live-journal:';

export function writeLiveJournal(articleId: string, doc: Y.Doc): void {
  try {
    localStorage.setItem(PREFIX + articleId, bytesToBase64(Y.encodeStateAsUpdate(doc)));
  } catch {
    // Storage full or disabled: the edits stay in this window, which keeps retrying.
  }
}

export function clearLiveJournal(articleId: string): void {
  localStorage.removeItem(PREFIX + articleId);
}

/** Merges a journal left by an earlier window into `doc` (which sends what the main side lacks). True when there was one. */
export function mergeLiveJournal(articleId: string, doc: Y.Doc): boolean {
  const saved = localStorage.getItem(PREFIX + articleId);
  if (!saved) return false;
  try {
    Y.applyUpdate(doc, base64ToBytes(saved), 'journal');
  } catch {
    // An unreadable journal is dropped below; there is nothing in it to recover.
  }
  return true;
}
