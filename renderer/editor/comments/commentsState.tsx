// The article's comment threads, read from its live document (every window and desk writes there)
// and written there by this window, signed with the profile's name.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { commentsMap, createThreadInDoc, readThreadsFromDoc, replyInDoc, resolveInDoc } from '../../../shared/collab/commentsDoc';
import { mentionsIn, type CommentMessage, type CommentThread } from '../../../shared/comments/commentSchema';
import { useTranslation } from 'react-i18next';

export interface CommentsApi {
  threads: CommentThread[];
  /** Who signs this window's comments (the profile's name); null until a profile is set. */
  me: string | null;
  /** Why this window may not comment (no profile yet; a viewer's desk), or null when it may. */
  blocked: string | null;
  /** People a comment may @mention: everyone seen on this article (cursors, threads) and this desk's person. */
  people: string[];
  /** A new thread on `quote` with its first message; returns its id (the caller anchors the mark in the same step). */
  start(quote: string, text: string): string;
  reply(threadId: string, text: string): void;
  setResolved(threadId: string, resolved: boolean): void;
}

const CommentsContext = createContext<CommentsApi | null>(null);

export function useComments(): CommentsApi {
  const api = useContext(CommentsContext);
  if (!api) throw new Error('useComments outside CommentsProvider');
  return api;
}

function cursorNames(awareness: Awareness | null): string[] {
  if (!awareness) return [];
  const names: string[] = [];
  for (const state of awareness.getStates().values()) {
    const name = (state as { name?: unknown }).name;
    if (typeof name === 'string' && name.trim()) names.push(name.trim());
  }
  return names;
}

export function CommentsProvider({
  doc,
  awareness,
  me,
  readOnly,
  children,
}: {
  doc: Y.Doc;
  awareness: Awareness | null;
  me: string | null;
  /** A viewer's desk reads only: the newsroom server would refuse its comments. */
  readOnly: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const blocked = readOnly ? t('comments.viewer') : me ? null : t('comments.needName');
  const [threads, setThreads] = useState<CommentThread[]>(() => readThreadsFromDoc(doc));
  const [cursors, setCursors] = useState<string[]>(() => cursorNames(awareness));

  useEffect(() => {
    const map = commentsMap(doc);
    const read = () => setThreads(readThreadsFromDoc(doc));
    read();
    map.observeDeep(read);
    return () => map.unobserveDeep(read);
  }, [doc]);

  useEffect(() => {
    if (!awareness) return;
    // A cursor moves on every keystroke: only a change of names re-renders the article's panels.
    const read = () => {
      const next = cursorNames(awareness);
      setCursors((prev) => (prev.length === next.length && prev.every((name, i) => name === next[i]) ? prev : next));
    };
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);

  const people = useMemo(() => {
    const names = new Set<string>(cursors);
    if (me) names.add(me);
    for (const thread of threads) for (const message of thread.messages) names.add(message.author);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [cursors, me, threads]);

  const message = useCallback(
    (text: string): CommentMessage => {
      if (blocked || !me) throw new Error(blocked ?? t('comments.needNameFirst'));
      return { id: crypto.randomUUID(), author: me, at: new Date().toISOString(), text: text.trim(), mentions: mentionsIn(text, people) };
    },
    [me, people, blocked, t],
  );

  const api = useMemo<CommentsApi>(
    () => ({
      threads,
      me,
      blocked,
      people,
      start(quote, text) {
        const first = message(text);
        const id = crypto.randomUUID();
        createThreadInDoc(doc, {
          id,
          quote: quote.slice(0, 2000),
          createdBy: first.author,
          createdAt: first.at,
          resolved: false,
          resolvedBy: null,
          resolvedAt: null,
          messages: [first],
        });
        return id;
      },
      reply(threadId, text) {
        replyInDoc(doc, threadId, message(text));
      },
      setResolved(threadId, resolved) {
        if (blocked || !me) throw new Error(blocked ?? t('comments.needNameFirst'));
        resolveInDoc(doc, threadId, resolved, me, new Date().toISOString());
      },
    }),
    [threads, me, blocked, people, message, doc, t],
  );
  return <CommentsContext.Provider value={api}>{children}</CommentsContext.Provider>;
}
