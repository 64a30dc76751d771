// "Comment" (and its shortcut): a thread on the selected words, its first message written in a
// small dialog; the words get a comment mark carrying the thread's id.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type RangeSelection } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { FormButtons } from '../../dialogs/FormButtons';
import { useModalDialog } from '../../dialogs/useModalDialog';
import { matchesShortcut, SHORTCUTS } from '../editorShortcuts';
import { $wrapInComment } from './commentAnchors';
import { useComments } from './commentsState';
import { useSideTabs } from '../sidePanel/sideTabs';
import { MessageBox } from './MessageBox';
import { useTranslation } from 'react-i18next';

function NewCommentDialog({
  quote,
  people,
  onPost,
  onCancel,
}: {
  quote: string;
  people: string[];
  onPost(text: string): void;
  onCancel(): void;
}) {
  const ref = useModalDialog();
  const [text, setText] = useState('');
  const { t } = useTranslation();
  return (
    <dialog ref={ref} aria-label={t('comments.new')} className="confirm-dialog comment-dialog" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onPost(text);
        }}
      >
        <h2>{t('comments.new')}</h2>
        <blockquote className="comment-quote" translate="no">
          {quote}
        </blockquote>
        <MessageBox label={t('comments.comment')} value={text} people={people} onChange={setText} autoFocus />
        <FormButtons confirmLabel={t('comments.post')} disabled={!text.trim()} onCancel={onCancel} />
      </form>
    </dialog>
  );
}

export function CommentButton() {
  const [editor] = useLexicalComposerContext();
  const { blocked, people, start } = useComments();
  const { show } = useSideTabs();
  const [hint, setHint] = useState<string | null>(null);
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ selection: RangeSelection; quote: string } | null>(null);

  const begin = useCallback(() => {
    let selection: RangeSelection | null = null;
    let quote = '';
    editor.getEditorState().read(() => {
      const current = $getSelection();
      if ($isRangeSelection(current) && !current.isCollapsed()) {
        selection = current.clone();
        quote = current.getTextContent().trim();
      }
    });
    if (!selection || !quote) return setHint(t('comments.selectFirst'));
    if (blocked) return setHint(blocked);
    setHint(null);
    setPending({ selection, quote });
  }, [editor, blocked, t]);

  const post = (text: string) => {
    if (!pending) return;
    const id = start(pending.quote, text);
    editor.update(() => {
      const selection = pending.selection.clone();
      $setSelection(selection);
      $wrapInComment(selection, id);
    });
    setPending(null);
    show('comments');
  };

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matchesShortcut(event, 'comment')) return false;
          event.preventDefault();
          begin();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, begin],
  );

  const shortcut = SHORTCUTS.comment.replace('Control', 'Ctrl');
  return (
    <>
      <button
        type="button"
        aria-keyshortcuts={SHORTCUTS.comment}
        title={t('comments.buttonTitle', { key: shortcut })}
        onMouseDown={(e) => e.preventDefault()}
        onClick={begin}
      >
        {t('comments.button')}
      </button>
      {hint && (
        <span className="toolbar-hint" role="alert">
          {hint}
        </span>
      )}
      {/* Out of the toolbar's DOM: its button styles must not reach the dialog's. */}
      {pending &&
        createPortal(
          <NewCommentDialog quote={pending.quote} people={people} onPost={post} onCancel={() => setPending(null)} />,
          document.body,
        )}
    </>
  );
}
