// Comment threads inside the article's Y.Doc: one small map per thread, its messages an
// append-only list, so two people replying at once both keep their reply and resolving never
// loses one. Only a deliberate delete would remove a thread (there is none: resolved threads stay).
import * as Y from 'yjs';
import { commentMessageSchema, commentThreadSchema, type CommentMessage, type CommentThread } from '../comments/commentSchema';

export const COMMENTS_MAP = 'comments';
const MESSAGES = 'messages';

export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(COMMENTS_MAP);
}

/** A new thread on the words `thread.quote`, with its first message. */
export function createThreadInDoc(doc: Y.Doc, thread: CommentThread, origin: unknown = null): void {
  const valid = commentThreadSchema.parse(thread);
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    commentsMap(doc).set(valid.id, record);
    for (const key of ['quote', 'createdBy', 'createdAt', 'resolved', 'resolvedBy', 'resolvedAt'] as const) record.set(key, valid[key]);
    const messages = new Y.Array<unknown>();
    messages.push(valid.messages);
    record.set(MESSAGES, messages);
  }, origin);
}

export function replyInDoc(doc: Y.Doc, threadId: string, message: CommentMessage, origin: unknown = null): void {
  const valid = commentMessageSchema.parse(message);
  const messages = commentsMap(doc).get(threadId)?.get(MESSAGES);
  if (!(messages instanceof Y.Array)) throw new Error('This comment thread is gone.');
  doc.transact(() => messages.push([valid]), origin);
}

export function resolveInDoc(doc: Y.Doc, threadId: string, resolved: boolean, by: string, at: string, origin: unknown = null): void {
  const record = commentsMap(doc).get(threadId);
  if (!(record instanceof Y.Map)) throw new Error('This comment thread is gone.');
  doc.transact(() => {
    record.set('resolved', resolved);
    record.set('resolvedBy', resolved ? by : null);
    record.set('resolvedAt', resolved ? at : null);
  }, origin);
}

/** The threads as the document holds them, oldest first; a malformed one (hand-made, a newer version's) is left out. */
export function readThreadsFromDoc(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  for (const [id, record] of commentsMap(doc).entries()) {
    if (!(record instanceof Y.Map)) continue;
    const json = record.toJSON() as Record<string, unknown>;
    // A malformed message (from a hostile or newer peer) is left out, not the whole thread.
    const messages = Array.isArray(json.messages) ? json.messages.filter((m) => commentMessageSchema.safeParse(m).success) : [];
    const parsed = commentThreadSchema.safeParse({ ...json, id, messages });
    if (parsed.success) threads.push(parsed.data);
  }
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
