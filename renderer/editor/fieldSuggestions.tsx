// Suggested changes of a field above the text (headline, dek, byline), shown under the field for
// everyone on the article: who suggests what, with Accept and Reject. The field itself keeps its
// value until one is accepted.
import { pendingFieldSuggestions } from '../../shared/collab/suggestionsDoc';
import { type SuggestibleField } from '../../shared/suggestions/suggestionSchema';
import { useSuggestions } from './suggestions/suggestionsState';
import { Trans, useTranslation } from 'react-i18next';
import { t } from '../i18n/i18n';

/** The id of a field's input (the checklist and the Suggestions panel jump to it). */
export function fieldInputId(field: SuggestibleField): string {
  return `meta-${field}`;
}

/** What a field suggestion proposes, in a sentence. */
export function describeFieldSuggestion(field: SuggestibleField, value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (!flat) return t('fieldSuggestion.clear', { field: t(`field.${field}`) });
  return t('fieldSuggestion.change', { field: t(`field.${field}`), value: flat.length > 80 ? `${flat.slice(0, 79)}…` : flat });
}

export function FieldSuggestionNotes({ field, readOnly }: { field: SuggestibleField; readOnly: boolean }) {
  const { records, decideField } = useSuggestions();
  const pending = pendingFieldSuggestions(records).filter((s) => s.field === field);
  useTranslation();
  if (pending.length === 0) return null;
  const name = t(`field.${field}`);
  return (
    <ul className="field-suggestions" aria-label={t('fieldSuggestion.list', { field: name })}>
      {pending.map((s) => (
        <li
          key={s.id}
          role="group"
          aria-label={t('fieldSuggestion.one', { author: s.author, field: name })}
          style={{ borderLeftColor: s.colour }}
        >
          <span>
            <Trans
              i18nKey={s.value.trim() ? 'fieldSuggestion.suggests' : 'fieldSuggestion.suggestsNone'}
              values={{ author: s.author, value: s.value, field: name }}
              components={{ b: <strong translate="no" />, em: <em /> }}
            />
          </span>
          {!readOnly && (
            <span className="button-row">
              <button type="button" onClick={() => decideField(s.id, true)}>
                {t('common.accept')}
              </button>
              <button type="button" onClick={() => decideField(s.id, false)}>
                {t('common.reject')}
              </button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
