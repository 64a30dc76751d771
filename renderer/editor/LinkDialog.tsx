// Asks for a link's address; only http, https and mailto links are accepted.
import { useEffect, useId, useRef, useState } from 'react';
import { checkLinkUrl } from '../../shared/text/safeUrl';

interface Props {
  initialUrl: string;
  onApply(url: string): void;
  onRemove(): void;
  onCancel(): void;
}

export function LinkDialog({ initialUrl, onApply, onRemove, onCancel }: Props) {
  const [value, setValue] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => inputRef.current?.focus(), []);

  function apply() {
    const url = checkLinkUrl(value);
    if (!url) {
      setError('Enter a web address (https://…) or a mailto: address. Other kinds of link are not allowed.');
      return;
    }
    onApply(url);
  }

  return (
    <div className="popover" role="dialog" aria-label="Edit link" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label>
          Link URL
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
          <button type="submit">Apply link</button>
          {initialUrl && (
            <button type="button" onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
