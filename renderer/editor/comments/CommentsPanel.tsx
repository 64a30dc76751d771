// The side panel's review comments: open, resolved or mine; each thread with its words (a click
// goes there), its messages, a reply, and Resolve / Reopen. A thread whose words were cut stays,
// as an orphan showing the words it was on.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import type { CommentThread } from '../../../shared/comments/commentSchema';
import { CommentMarkNode } from '../../../shared/editor/nodes/CommentMarkNode';
import { anchoredComments, selectComment } from './commentAnchors';
import { useComments } from './commentsState';
import { MessageBox } from './MessageBox';

type Filter = 'open' | 'resolved' | 'mine';
const FILTERS: Array<[Filter, string]> = [
  ['open', 'Open'],
  ['resolved', 'Resolved'],
  ['mine', 'Mine'],
];

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
  const name = `Comment on “${thread.quote.length > 60 ? `${thread.quote.slice(0, 59)}…` : thread.quote}”`;
  return (
    <li>
      <article aria-label={name} className={`comment-thread${thread.resolved ? ' resolved' : ''}`}>
        {anchored ? (
          <button type="button" className="link-button comment-quote" onClick={() => selectComment(editor, thread.id)}>
            “{thread.quote}”
          </button>
        ) : (
          <p className="comment-quote orphan">
            “{thread.quote}” <span className="hint">— its words were cut</span>
          </p>
        )}
        <ol className="comment-messages" aria-label="Messages">
          {thread.messages.map((message) => (
            <li key={message.id}>
              <span className="comment-author">{message.author}</span>{' '}
              <time className="hint" dateTime={message.at}>
                {new Date(message.at).toLocaleString()}
              </time>
              <p>
                <MessageText text={message.text} mentions={message.mentions} />
              </p>
            </li>
          ))}
        </ol>
        {thread.resolved && (
          <p className="hint">
            Resolved by {thread.resolvedBy} {thread.resolvedAt && `on ${new Date(thread.resolvedAt).toLocaleString()}`}
          </p>
        )}
        {!blocked && !thread.resolved && <MessageBox label="Reply" value={text} people={people} onChange={setText} />}
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
              Reply
            </button>
          )}
          {!blocked && (
            <button type="button" onClick={() => setResolved(thread.id, !thread.resolved)}>
              {thread.resolved ? 'Reopen' : 'Resolve'}
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
  const [anchored, setAnchored] = useState<Map<string, string>>(() => anchoredComments(editor));

  useEffect(
    () => editor.registerMutationListener(CommentMarkNode, () => setAnchored(anchoredComments(editor)), { skipInitialization: true }),
    [editor],
  );

  const matches: Record<Filter, (t: CommentThread) => boolean> = {
    open: (t) => !t.resolved,
    resolved: (t) => t.resolved,
    mine: (t) => involves(t, me),
  };
  const shown = threads.filter(matches[filter]);
  return (
    <div className="comments-panel">
      <div role="radiogroup" aria-label="Show comments" className="comment-filters">
        {FILTERS.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="comment-filter" checked={filter === value} onChange={() => setFilter(value)} />
            {label} ({threads.filter(matches[value]).length})
          </label>
        ))}
      </div>
      {blocked && <p className="hint">{blocked}</p>}
      {shown.length === 0 ? (
        <p className="panel-empty">
          {filter === 'open'
            ? 'No open comments. Select words and press Comment.'
            : `No ${filter === 'mine' ? 'comments of yours' : 'resolved comments'}.`}
        </p>
      ) : (
        <ol className="comment-threads" aria-label="Comment threads">
          {shown.map((thread) => (
            <Thread key={thread.id} thread={thread} anchored={anchored.has(thread.id)} />
          ))}
        </ol>
      )}
    </div>
  );
}
