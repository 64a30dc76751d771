// The keyboard shortcut sheet (Ctrl+/ or the top bar's "Shortcuts" button): every shortcut the app
// answers, as this platform and mode spell them (browser mode adds Alt where the browser owns a key).
import { isMac, SHORTCUTS, type ShortcutName } from '../editor/editorShortcuts';
import { MARK_CLAIM_SHORTCUT } from '../editor/claims/MarkClaimButton';
import { useModalDialog } from '../dialogs/useModalDialog';
import { isElectron } from '../transport/bridge';

export const SHEET_SHORTCUT = isMac ? 'Meta+/' : 'Control+/';

const EDITING: [ShortcutName, string][] = [
  ['bold', 'Bold'],
  ['italic', 'Italic'],
  ['underline', 'Underline'],
  ['strikethrough', 'Strikethrough'],
  ['code', 'Inline code'],
  ['link', 'Link'],
  ['paragraph', 'Paragraph'],
  ['h2', 'Heading 2'],
  ['h3', 'Heading 3'],
  ['bullet', 'Bulleted list'],
  ['number', 'Numbered list'],
  ['quote', 'Quote'],
  ['undo', 'Undo'],
  ['redo', 'Redo'],
];

/** "Control+Alt+M" as people read it: "Ctrl+Alt+M" (⌘ on a Mac). */
export function readable(shortcut: string): string {
  return shortcut.replace('Control', 'Ctrl').replace('Meta', '⌘');
}

export function ShortcutSheet({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  const mod = isMac ? 'Meta' : 'Control';
  const app: [string, string][] = [
    [isElectron ? `${mod}+N` : `${mod}+Alt+N`, 'New article'],
    [`${mod}+S`, 'Save a version now'],
    [`${mod}+Shift+F`, 'Find articles (the library’s search)'],
    [`${mod}+Alt+W`, 'Close the article'],
    [SHEET_SHORTCUT, 'This list of shortcuts'],
  ];
  const review: [string, string][] = [
    [MARK_CLAIM_SHORTCUT, 'Mark the selected words as a claim'],
    [SHORTCUTS.comment, 'Comment on the selected words'],
    [SHORTCUTS.suggesting, 'Suggesting on or off'],
    ['F8  Shift+F8', 'In the body: the next or the previous claim, its record opened'],
    ['F7  Shift+F7', 'In the body: the next or the previous misspelt word, with suggestions'],
  ];
  const finding: [string, string][] = [
    [`${mod}+F`, 'Find in the article'],
    [`${mod}+H`, 'Find and replace'],
    ['Enter  Shift+Enter', 'In the find field: the next or the previous match (F3 and Shift+F3 anywhere)'],
    ['Escape', 'Close find, the current match selected'],
  ];
  const groups: [string, [string, string][]][] = [
    ['Articles', app],
    ['Writing', EDITING.map(([name, what]) => [SHORTCUTS[name], what])],
    ['Find and replace', finding],
    ['Review', review],
    ['Panes and tabs', [['← → Home End', 'On a side tab or a pane’s handle: the next tab, or a narrower or wider pane']]],
  ];
  return (
    <dialog ref={ref} aria-label="Keyboard shortcuts" onCancel={onClose} className="confirm-dialog shortcut-sheet">
      <h2>Keyboard shortcuts</h2>
      {groups.map(([title, rows]) => (
        <section key={title} aria-label={title}>
          <h3>{title}</h3>
          <dl>
            {rows.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  <kbd>{readable(keys)}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="button-row">
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
