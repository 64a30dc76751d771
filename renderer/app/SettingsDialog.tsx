// Settings…: how Redaksi looks and checks on this machine. A change shows at once; there is nothing to save.
import { useModalDialog } from '../dialogs/useModalDialog';
import { PublishingSettings } from '../publishing/PublishingSettings';
import { setTheme, THEME_CHOICES, useThemeChoice } from './theme';
import { setSpellcheckOn, useSpellcheckOn } from '../spellcheck/spellcheckSetting';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES, setLanguageChoice, useLanguageChoice } from '../i18n/interfaceLanguage';

export function SettingsDialog({ onClose }: { onClose(): void }) {
  const ref = useModalDialog();
  const theme = useThemeChoice();
  const spelling = useSpellcheckOn();
  const language = useLanguageChoice();
  const { t } = useTranslation();
  return (
    <dialog ref={ref} aria-label={t('settings.title')} className="confirm-dialog" onCancel={onClose}>
      <h2>{t('settings.title')}</h2>
      <fieldset className="choice-group">
        <legend>{t('settings.appearance')}</legend>
        {THEME_CHOICES.map((choice) => (
          <label key={choice}>
            <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => setTheme(choice)} />
            {t(`settings.theme.${choice}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('settings.language')}</legend>
        {LANGUAGE_CHOICES.map((choice) => (
          <label key={choice} lang={choice === 'system' ? undefined : choice}>
            <input
              type="radio"
              name="interface-language"
              value={choice}
              checked={language === choice}
              onChange={() => setLanguageChoice(choice)}
            />
            {t(`settings.languageChoice.${choice}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('settings.spelling')}</legend>
        <label>
          <input type="checkbox" checked={spelling} onChange={(e) => setSpellcheckOn(e.target.checked)} />
          {t('settings.spellingOn')}
        </label>
      </fieldset>
      <PublishingSettings />
      <div className="button-row">
        <button type="button" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
