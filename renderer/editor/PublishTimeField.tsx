// The publish time, read and typed the newsroom's way in the article's zone ("4 Juli 2025 17.00",
// then "WIB"), never in the browser's own format. Taken when the field is left or Enter is pressed;
// what cannot be read as a date is said so, and the stored time stays as it was.
import { useEffect, useId, useRef, useState } from 'react';
import { isIndonesian } from '../../shared/text/language';
import { formatWallTime, parseWallTime } from '../../shared/time/wallTimeText';
import { INDONESIAN_ZONE_NAMES, wallTimeToIso } from '../../shared/time/zonedTime';
import { useTranslation } from 'react-i18next';

interface Props {
  publishAt: string | null;
  timeZone: string;
  language: string;
  disabled: boolean;
  onChange(publishAt: string | null): void;
}

export function PublishTimeField({ publishAt, timeZone, language, disabled, onChange }: Props) {
  const shown = publishAt ? formatWallTime(publishAt, timeZone, language) : '';
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState(false);
  const hintId = useId();
  const typing = useRef(false);
  // Another window (or a zone change) moved the time: show it, unless it is being typed here.
  useEffect(() => {
    if (typing.current) return;
    setDraft(shown);
    setProblem(false);
  }, [shown]);

  const take = () => {
    typing.current = false;
    const typed = draft.trim();
    if (!typed) {
      setProblem(false);
      if (publishAt !== null) onChange(null);
      return;
    }
    const wall = parseWallTime(typed);
    const iso = wall ? wallTimeToIso(wall, timeZone) : null;
    setProblem(!iso);
    if (iso && iso !== publishAt) onChange(iso);
    else if (iso) setDraft(shown);
  };
  const example = isIndonesian(language) ? '4 Juli 2025 17.00' : '4 July 2025 17:00';
  const { t } = useTranslation();
  return (
    <label className="field publish-time">
      <span>{t('meta.publishTime')}</span>
      <span className="publish-time-input">
        <input
          type="text"
          inputMode="text"
          autoComplete="off"
          disabled={disabled}
          value={draft}
          placeholder={example}
          // The example is written the article's way (its language), not the interface's.
          translate="no"
          aria-invalid={problem || undefined}
          aria-describedby={problem ? hintId : undefined}
          onChange={(e) => {
            typing.current = true;
            setDraft(e.target.value);
          }}
          onBlur={take}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              take();
            }
          }}
        />
        <span className="zone-name" translate="no">
          {INDONESIAN_ZONE_NAMES[timeZone] ?? timeZone}
        </span>
      </span>
      {problem && (
        <span id={hintId} className="field-problem" role="alert">
          {t('meta.publishTimeHint', { example })}
        </span>
      )}
    </label>
  );
}
