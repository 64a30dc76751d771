// The side panel's review comments: open, resolved or mine; each thread with its words (a click
// goes there), its messages, a reply, and Resolve / Reopen. A thread whose words were cut stays,
// as an orphan showing the words it was on.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import type { CommentThread } from '../../../shared/comments/commentSchema';
import { CommentMarkNode } from '../../../shared/editor/nodes/CommentMarkNode';
import { anchoredComments, selectComment } from './commentAnchors';
import { sameAnchors } from '../markAnchors';
import { useKeptState } from '../useKeptState';
import { useComments } from './commentsState';
import { MessageBox } from './MessageBox';
import { Trans, useTranslation } from 'react-i18next';
import { formatMoment } from '../../i18n/formatMoment';

type Filter = 'open' | 'resolved' | 'mine';
const FILTERS: Filter[] = ['open', 'resolved', 'mine'];

function involves(thread: CommentThread, me: string | null): boolean {
  if (!me) return false;
  return thread.createdBy === me || thread.messages.some((m) => m.author === me || m.mentions.includes(me));
}

/** A message's text with its @mentions set apart. */
function MessageText({ text, mentions }: { text: string; mentions: string[] }) {
  if (mentions.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${mentions.map((m) => `@${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('|')})`, 'giu');
  return (
    <>
      {text.split(pattern).map((part, i) =>
        i % 2 === 1 ? (
          <strong key={i} className="mention">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Thread({ thread, anchored }: { thread: CommentThread; anchored: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { blocked, people, reply, setResolved } = useComments();
  const [text, setText] = useState('');
  const { t } = useTranslation();
  const name = t('comments.threadName', { quote: thread.quote.length > 60 ? `${thread.quote.slice(0, 59)}…` : thread.quote });
  return (
    <li>
      <article aria-label={name} className={`comment-thread${thread.resolved ? ' resolved' : ''}`}>
        {anchored ? (
          <button type="button" className="link-button comment-quote" onClick={() => selectComment(editor, thread.id)} translate="no">
            “{thread.quote}”
          </button>
        ) : (
          <p className="comment-quote orphan">
            <span translate="no">“{thread.quote}”</span> <span className="hint">{t('comments.cut')}</span>
          </p>
        )}
        <ol className="comment-messages" aria-label={t('comments.messages')}>
          {thread.messages.map((message) => (
            <li key={message.id}>
              <span className="comment-author" translate="no">
                {message.author}
              </span>{' '}
              <time className="hint" dateTime={message.at}>
                {formatMoment(message.at)}
              </time>
              <p translate="no">
                <MessageText text={message.text} mentions={message.mentions} />
              </p>
            </li>
          ))}
        </ol>
        {thread.resolved && (
          <p className="hint">
            <Trans
              i18nKey={thread.resolvedAt ? 'comments.resolvedByOn' : 'comments.resolvedBy'}
              values={{ name: thread.resolvedBy, when: thread.resolvedAt ? formatMoment(thread.resolvedAt) : '' }}
              components={{ b: <span translate="no" /> }}
            />
          </p>
        )}
        {!blocked && !thread.resolved && <MessageBox label={t('comments.reply')} value={text} people={people} onChange={setText} />}
        <div className="button-row">
          {!blocked && !thread.resolved && (
            <button
              type="button"
              disabled={!text.trim()}
              onClick={() => {
                reply(thread.id, text);
                setText('');
              }}
            >
              {t('comments.reply')}
            </button>
          )}
          {!blocked && (
            <button type="button" onClick={() => setResolved(thread.id, !thread.resolved)}>
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
          )}
        </div>
      </article>
    </li>
  );
}

export function CommentsPanel() {
  const [editor] = useLexicalComposerContext();
  const { threads, me, blocked } = useComments();
  const [filter, setFilter] = useState<Filter>('open');
  const [anchored, offerAnchored] = useKeptState(() => anchoredComments(editor), sameAnchors);
  const { t } = useTranslation();

  useEffect(
    () =>
      editor.registerMutationListener(CommentMarkNode, () => offerAnchored(anchoredComments(editor)), {
        skipInitialization: true,
      }),
    [editor, offerAnchored],
  );

  const matches: Record<Filter, (t: CommentThread) => boolean> = {
    open: (thread) => !thread.resolved,
    resolved: (thread) => thread.resolved,
    mine: (thread) => involves(thread, me),
  };
  const shown = threads.filter(matches[filter]);
  return (
    <div className="comments-panel">
      <div role="radiogroup" aria-label={t('comments.show')} className="comment-filters">
        {FILTERS.map((value) => (
          <label key={value}>
            <input type="radio" name="comment-filter" checked={filter === value} onChange={() => setFilter(value)} />
            {t('comments.filterCount', { label: t(`comments.${value}`), count: threads.filter(matches[value]).length })}
          </label>
        ))}
      </div>
      {blocked && <p className="hint">{blocked}</p>}
      {shown.length === 0 ? (
        <p className="panel-empty">
          {filter === 'open' ? t('comments.noneOpen') : filter === 'mine' ? t('comments.noneMine') : t('comments.noneResolved')}
        </p>
      ) : (
        <ol className="comment-threads" aria-label={t('comments.threads')}>
          {shown.map((thread) => (
            <Thread key={thread.id} thread={thread} anchored={anchored.has(thread.id)} />
          ))}
        </ol>
      )}
    </div>
  );
}
