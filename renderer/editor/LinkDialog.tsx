// Asks for a link's address; only http, https and mailto links are accepted.
import { useEffect, useId, useRef, useState } from 'react';
import { checkLinkUrl } from '../../shared/text/safeUrl';
import { useTranslation } from 'react-i18next';

interface Props {
  initialUrl: string;
  onApply(url: string): void;
  onRemove(): void;
  onCancel(): void;
}

export function LinkDialog({ initialUrl, onApply, onRemove, onCancel }: Props) {
  const [value, setValue] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => inputRef.current?.focus(), []);

  function apply() {
    const url = checkLinkUrl(value);
    if (!url) {
      setError(t('link.invalid'));
      return;
    }
    onApply(url);
  }

  return (
    <div className="popover" role="dialog" aria-label={t('link.title')} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label>
          {t('link.url')}
          <input
            ref={inputRef}
            type="text"
            inputMode="url"
            value={value}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit">{t('link.apply')}</button>
          {initialUrl && (
            <button type="button" onClick={onRemove}>
              {t('link.remove')}
            </button>
          )}
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
