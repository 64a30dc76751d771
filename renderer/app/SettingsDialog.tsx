// Settings…: how Redaksi looks and checks on this machine. A change shows at once; there is nothing to save.
import { useModalDialog } from '../dialogs/useModalDialog';
import { setTheme, THEME_CHOICES, useThemeChoice, type ThemeChoice } from './theme';
import { setSpellcheckOn, useSpellcheckOn } from '../spellcheck/spellcheckSetting';

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

export function SettingsDialog({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  const theme = useThemeChoice();
  const spelling = useSpellcheckOn();
  return (
    <dialog ref={ref} aria-label="Settings" className="confirm-dialog" onCancel={onClose}>
      <h2>Settings</h2>
      <fieldset className="choice-group">
        <legend>Appearance</legend>
        {THEME_CHOICES.map((choice) => (
          <label key={choice}>
            <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => setTheme(choice)} />
            {THEME_LABELS[choice]}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>Spelling</legend>
        <label>
          <input type="checkbox" checked={spelling} onChange={(e) => setSpellcheckOn(e.target.checked)} />
          Check spelling as I write (offline, in the article’s language)
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
