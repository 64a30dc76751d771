// "Language" in the toolbar: the selected words are marked as written in Indonesian or English
// (an English quote in an Indonesian article), for spelling and for the published page's `lang`.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useTranslation } from 'react-i18next';
import { $setPassageLanguage } from '../../shared/editor/passageLanguage';
import { MenuButton } from '../dialogs/MenuButton';
import { useSuggestionControls } from './suggestions/suggestionsState';

const PASSAGE_LANGUAGES = ['id', 'en'] as const;

export function PassageLanguageMenu({ articleLanguage }: { articleLanguage: string }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const { suggesting, refuse } = useSuggestionControls();

  const mark = (language: string) => {
    // Not a change of the words: while suggesting it would go in untracked, so it waits.
    if (suggesting) return refuse(t('passage.notWhileSuggesting'));
    let marked = false;
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) marked = $setPassageLanguage(selection, language, articleLanguage);
    });
    if (!marked) refuse(t('passage.selectFirst'));
    editor.focus();
  };

  return (
    <MenuButton
      label={t('passage.label')}
      name={t('passage.name')}
      items={PASSAGE_LANGUAGES.map((language) => ({
        label: t(`settings.languageChoice.${language}`),
        onSelect: () => mark(language),
      }))}
    />
  );
}
