// The keyboard shortcut sheet (Ctrl+/ or the top bar's "Shortcuts" button): every shortcut the app
// answers, as this platform and mode spell them (browser mode adds Alt where the browser owns a key).
import { isMac, SHORTCUTS, type ShortcutName } from '../editor/editorShortcuts';
import { MARK_CLAIM_SHORTCUT } from '../editor/claims/MarkClaimButton';
import { useModalDialog } from '../dialogs/useModalDialog';
import { isElectron } from '../transport/bridge';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const SHEET_SHORTCUT = isMac ? 'Meta+/' : 'Control+/';

const EDITING = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'code',
  'link',
  'paragraph',
  'h2',
  'h3',
  'bullet',
  'number',
  'quote',
  'undo',
  'redo',
] as const satisfies readonly ShortcutName[];

/** "Control+Alt+M" as people read it: "Ctrl+Alt+M" (⌘ on a Mac). */
export function readable(shortcut: string): string {
  return shortcut.replace('Control', 'Ctrl').replace('Meta', '⌘');
}

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  // The sheet opens at its top, its title focused: the first focusable control (Close) is at the bottom.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const mod = isMac ? 'Meta' : 'Control';
  const { t } = useTranslation();
  const app: [string, string][] = [
    [isElectron ? `${mod}+N` : `${mod}+Alt+N`, t('shortcuts.newArticle')],
    [`${mod}+S`, t('shortcuts.save')],
    [`${mod}+Shift+F`, t('shortcuts.findArticles')],
    [`${mod}+Alt+W`, t('shortcuts.close')],
    [SHEET_SHORTCUT, t('shortcuts.sheet')],
  ];
  const review: [string, string][] = [
    [MARK_CLAIM_SHORTCUT, t('shortcuts.markClaim')],
    [SHORTCUTS.comment, t('shortcuts.comment')],
    [SHORTCUTS.suggesting, t('shortcuts.suggesting')],
    ['F8  Shift+F8', t('shortcuts.claimStep')],
    ['F7  Shift+F7', t('shortcuts.spellStep')],
  ];
  const finding: [string, string][] = [
    [`${mod}+F`, t('shortcuts.find')],
    [`${mod}+H`, t('shortcuts.replace')],
    ['Enter  Shift+Enter', t('shortcuts.matchStep')],
    ['Escape', t('shortcuts.closeFind')],
  ];
  const groups: [string, [string, string][]][] = [
    [t('shortcuts.articles'), app],
    [t('shortcuts.writing'), EDITING.map((name) => [SHORTCUTS[name], t(`format.${name}`)])],
    [t('shortcuts.finding'), finding],
    [t('shortcuts.review'), review],
    [t('shortcuts.panes'), [['← → Home End', t('shortcuts.paneKeys')]]],
  ];
  return (
    <dialog ref={ref} aria-label={t('shortcuts.title')} onCancel={onClose} className="confirm-dialog shortcut-sheet">
      <h2 ref={title} tabIndex={-1}>
        {t('shortcuts.title')}
      </h2>
      {groups.map(([title, rows]) => (
        <section key={title} aria-label={title}>
          <h3>{title}</h3>
          <dl>
            {rows.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  <kbd translate="no">{readable(keys)}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="button-row">
        <button type="button" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
