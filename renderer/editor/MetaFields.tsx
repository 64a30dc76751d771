// The article's own fields: headline, dek, byline, language, time zone and publish time.
import type { ImageSlot } from '../../shared/editor/imageSlot';
import { COMMON_TIME_ZONES, INDONESIAN_ZONE_NAMES, isoToWallTime, wallTimeToIso } from '../../shared/time/zonedTime';
import { useSuggestions } from './suggestions/suggestionsState';

export interface MetaValues {
  headline: string;
  dek: string;
  byline: string;
  language: string;
  timeZone: string;
  publishAt: string | null;
  hero: ImageSlot | null;
}

const LANGUAGES: ReadonlyArray<[string, string]> = [
  ['id', 'Bahasa Indonesia'],
  ['en', 'English'],
];

function zoneLabel(zone: string): string {
  const short = INDONESIAN_ZONE_NAMES[zone];
  return short ? `${zone} (${short})` : zone;
}

interface Props {
  values: MetaValues;
  autoFocusHeadline: boolean;
  onChange(patch: Partial<MetaValues>): void;
}

export function MetaFields({ values, autoFocusHeadline, onChange }: Props) {
  const zones = (COMMON_TIME_ZONES as readonly string[]).includes(values.timeZone)
    ? COMMON_TIME_ZONES
    : [values.timeZone, ...COMMON_TIME_ZONES];
  const languages = LANGUAGES.some(([code]) => code === values.language)
    ? LANGUAGES
    : [[values.language, values.language] as [string, string], ...LANGUAGES];
  // The fields cannot be suggested yet: while suggesting they are read-only rather than edited untracked.
  const { suggesting } = useSuggestions();
  return (
    <fieldset className="meta-fields" disabled={suggesting}>
      <legend className="visually-hidden">Article fields</legend>
      {suggesting && (
        <p className="hint">While suggesting, the headline and the fields above the text are read-only: suggest a change in a comment.</p>
      )}
      <label className="field field-headline">
        <span>Headline</span>
        <textarea
          rows={2}
          autoFocus={autoFocusHeadline}
          value={values.headline}
          placeholder="Headline"
          onChange={(e) => onChange({ headline: e.target.value.replace(/\n/g, ' ') })}
        />
      </label>
      <label className="field field-dek">
        <span>Dek</span>
        <textarea
          rows={2}
          value={values.dek}
          placeholder="One or two sentences under the headline"
          onChange={(e) => onChange({ dek: e.target.value })}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Byline</span>
          <input type="text" value={values.byline} placeholder="Author names" onChange={(e) => onChange({ byline: e.target.value })} />
        </label>
        <label className="field">
          <span>Language</span>
          <select value={values.language} onChange={(e) => onChange({ language: e.target.value })}>
            {languages.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Time zone</span>
          <select
            value={values.timeZone}
            onChange={(e) => {
              const zone = e.target.value;
              // Keep the wall-clock time the desk chose ("17:00"), now in the new zone.
              const publishAt = values.publishAt ? wallTimeToIso(isoToWallTime(values.publishAt, values.timeZone), zone) : null;
              onChange({ timeZone: zone, publishAt });
            }}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zoneLabel(zone)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Publish time</span>
          <input
            type="datetime-local"
            value={values.publishAt ? isoToWallTime(values.publishAt, values.timeZone) : ''}
            onChange={(e) => onChange({ publishAt: e.target.value ? wallTimeToIso(e.target.value, values.timeZone) : null })}
          />
        </label>
      </div>
    </fieldset>
  );
}
