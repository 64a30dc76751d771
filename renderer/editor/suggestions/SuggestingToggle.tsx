// "Suggesting": while pressed, this window's edits become suggestions for someone to accept or reject.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { matchesShortcut, SHORTCUTS } from '../editorShortcuts';
import { useSuggestionControls } from './suggestionsState';
import { useTranslation } from 'react-i18next';

export function SuggestingToggle() {
  const [editor] = useLexicalComposerContext();
  const { suggesting, setSuggesting, blocked, refusal } = useSuggestionControls();

  // From anywhere in a long article (the toolbar may be scrolled away).
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matchesShortcut(event, 'suggesting')) return false;
          event.preventDefault();
          if (blocked === null) setSuggesting(!suggesting);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, suggesting, setSuggesting, blocked],
  );

  const shortcut = SHORTCUTS.suggesting.replace('Control', 'Ctrl');
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="suggesting-toggle"
        aria-pressed={suggesting}
        aria-keyshortcuts={SHORTCUTS.suggesting}
        disabled={blocked !== null}
        title={blocked ?? (suggesting ? t('suggesting.on', { key: shortcut }) : t('suggesting.off', { key: shortcut }))}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setSuggesting(!suggesting)}
      >
        {t('suggesting.button')}
      </button>
      {refusal && (
        <span className="toolbar-hint" role="alert">
          {refusal}
        </span>
      )}
    </>
  );
}
