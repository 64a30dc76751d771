// The article's own fields: headline, dek, byline, language, time zone, publish time and tags.
import type { ImageSlot } from '../../shared/editor/imageSlot';
import { COMMON_TIME_ZONES, INDONESIAN_ZONE_NAMES, isoToWallTime, wallTimeToIso } from '../../shared/time/zonedTime';
import { ownFieldSuggestion, useSuggestions } from './suggestions/suggestionsState';
import { FieldSuggestionNotes, fieldInputId } from './fieldSuggestions';
import { PublishTimeField } from './PublishTimeField';
import type { HeroField, SuggestibleField } from '../../shared/suggestions/suggestionSchema';
import { useTranslation } from 'react-i18next';
import { SpelledField } from '../spellcheck/SpelledField';
import type { SpellLanguage } from '../spellcheck/spellMessages';
import { isIndonesian } from '../../shared/text/language';
import { TagsField } from './TagsField';

export interface MetaValues {
  headline: string;
  dek: string;
  byline: string;
  language: string;
  timeZone: string;
  publishAt: string | null;
  hero: ImageSlot | null;
  tags: string[];
}

const LANGUAGES: ReadonlyArray<[string, string]> = [
  ['id', 'settings.languageChoice.id'],
  ['en', 'settings.languageChoice.en'],
];

function zoneLabel(zone: string): string {
  const short = INDONESIAN_ZONE_NAMES[zone];
  return short ? `${zone} (${short})` : zone;
}

interface Props {
  values: MetaValues;
  autoFocusHeadline: boolean;
  /** A viewer's desk: suggestions are shown but nobody here decides them. */
  readOnly: boolean;
  onChange(patch: Partial<MetaValues>): void;
}

export function MetaFields({ values, autoFocusHeadline, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const zones = (COMMON_TIME_ZONES as readonly string[]).includes(values.timeZone)
    ? COMMON_TIME_ZONES
    : [values.timeZone, ...COMMON_TIME_ZONES];
  const languages = LANGUAGES.some(([code]) => code === values.language)
    ? LANGUAGES
    : [[values.language, values.language] as [string, string], ...LANGUAGES];
  // While suggesting, the headline, dek and byline show and edit this person's suggestion for them
  // (the field keeps its value until someone accepts it); the other fields are read-only.
  const { suggesting, records, suggester, suggestField } = useSuggestions();
  const ownSuggestion = (field: SuggestibleField) => ownFieldSuggestion(records, suggester, field);
  const text = (field: Exclude<SuggestibleField, HeroField>) => {
    const own = suggesting ? ownSuggestion(field) : undefined;
    return {
      id: fieldInputId(field),
      value: own ?? values[field],
      // Underlined like suggested words: what the field shows is a suggestion, not its value.
      className: own === undefined ? undefined : 'holds-suggestion',
      onChange: (value: string) => (suggesting ? suggestField(field, value) : onChange({ [field]: value })),
    };
  };
  const spellLanguage: SpellLanguage = isIndonesian(values.language) ? 'id' : 'en';
  const replace = (field: 'headline' | 'dek') => (readOnly ? null : (next: string) => text(field).onChange(next));
  return (
    <fieldset className="meta-fields">
      <legend className="visually-hidden">{t('meta.fields')}</legend>
      {suggesting && <p className="hint">{t('meta.suggestingHint')}</p>}
      <label className="field field-headline">
        <span>{t('meta.headline')}</span>
        <SpelledField name="headline" value={text('headline').value} language={spellLanguage} onReplace={replace('headline')}>
          <textarea
            rows={2}
            autoFocus={autoFocusHeadline}
            id={text('headline').id}
            className={text('headline').className}
            value={text('headline').value}
            placeholder={t('meta.headline')}
            onChange={(e) => text('headline').onChange(e.target.value.replace(/\n/g, ' '))}
          />
        </SpelledField>
      </label>
      <FieldSuggestionNotes field="headline" readOnly={readOnly} />
      <label className="field field-dek">
        <span>{t('meta.dek')}</span>
        <SpelledField name="dek" value={text('dek').value} language={spellLanguage} onReplace={replace('dek')}>
          <textarea
            rows={2}
            id={text('dek').id}
            className={text('dek').className}
            value={text('dek').value}
            placeholder={t('meta.dekPlaceholder')}
            onChange={(e) => text('dek').onChange(e.target.value)}
          />
        </SpelledField>
      </label>
      <FieldSuggestionNotes field="dek" readOnly={readOnly} />
      <div className="field-row">
        <label className="field">
          <span>{t('meta.byline')}</span>
          <input
            type="text"
            id={text('byline').id}
            className={text('byline').className}
            value={text('byline').value}
            placeholder={t('meta.bylinePlaceholder')}
            onChange={(e) => text('byline').onChange(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('meta.language')}</span>
          <select value={values.language} disabled={suggesting} onChange={(e) => onChange({ language: e.target.value })}>
            {languages.map(([code, name]) =>
              code === name ? (
                <option key={code} value={code} translate="no">
                  {code}
                </option>
              ) : (
                <option key={code} value={code}>
                  {t(name as 'settings.languageChoice.id')}
                </option>
              ),
            )}
          </select>
        </label>
        <label className="field">
          <span>{t('meta.zone')}</span>
          <select
            value={values.timeZone}
            disabled={suggesting}
            onChange={(e) => {
              const zone = e.target.value;
              // Keep the wall-clock time the desk chose ("17:00"), now in the new zone.
              const publishAt = values.publishAt ? wallTimeToIso(isoToWallTime(values.publishAt, values.timeZone), zone) : null;
              onChange({ timeZone: zone, publishAt });
            }}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone} translate="no">
                {zoneLabel(zone)}
              </option>
            ))}
          </select>
        </label>
        <PublishTimeField
          publishAt={values.publishAt}
          timeZone={values.timeZone}
          language={values.language}
          disabled={suggesting}
          onChange={(publishAt) => onChange({ publishAt })}
        />
      </div>
      <FieldSuggestionNotes field="byline" readOnly={readOnly} />
      <TagsField tags={values.tags} disabled={suggesting || readOnly} onChange={(tags) => onChange({ tags })} />
    </fieldset>
  );
}
