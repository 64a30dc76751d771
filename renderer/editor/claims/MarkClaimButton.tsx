// "Mark claim": the selected text becomes a claim record, anchored by a mark carrying its id.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type RangeSelection } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { isMac } from '../editorShortcuts';
import { $wrapInClaim } from './claimAnchors';
import { useClaims } from './claimsState';
import { useSideTabs } from '../sidePanel/sideTabs';
import { useTranslation } from 'react-i18next';

export const MARK_CLAIM_SHORTCUT = isMac ? 'Meta+Alt+M' : 'Control+Alt+M';

export function MarkClaimButton() {
  const [editor] = useLexicalComposerContext();
  const { create } = useClaims();
  const { t } = useTranslation();
  const { openClaim } = useSideTabs();
  const [hint, setHint] = useState<string | null>(null);

  const markClaim = useCallback(async () => {
    let saved: RangeSelection | null = null;
    let quote = '';
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection) && !selection.isCollapsed()) {
        saved = selection.clone();
        quote = selection.getTextContent().trim();
      }
    });
    if (!saved || !quote) {
      setHint(t('claims.markHint'));
      return;
    }
    setHint(null);
    const claim = await create(quote);
    if (!claim) return;
    editor.update(() => {
      const selection = (saved as RangeSelection).clone();
      $setSelection(selection);
      $wrapInClaim(selection, claim.id);
    });
    openClaim(claim.id);
  }, [editor, create, openClaim, t]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const mod = isMac ? event.metaKey : event.ctrlKey;
          if (!mod || !event.altKey || event.code !== 'KeyM') return false;
          event.preventDefault();
          void markClaim();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, markClaim],
  );

  return (
    <>
      <button
        type="button"
        className="mark-claim"
        aria-keyshortcuts={MARK_CLAIM_SHORTCUT}
        title={t('claims.markTitle', { key: MARK_CLAIM_SHORTCUT.replace('Control', 'Ctrl') })}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => void markClaim()}
      >
        {t('claims.mark')}
      </button>
      {hint && (
        <span className="toolbar-hint" role="alert">
          {hint}
        </span>
      )}
    </>
  );
}
