// "Suggesting": while pressed, this window's edits become suggestions for someone to accept or reject.
import { useSuggestions } from './suggestionsState';

export function SuggestingToggle() {
  const { suggesting, setSuggesting, blocked, refusal } = useSuggestions();
  return (
    <>
      <button
        type="button"
        className="suggesting-toggle"
        aria-pressed={suggesting}
        disabled={blocked !== null}
        title={blocked ?? (suggesting ? 'Your edits are suggestions. Press to edit directly.' : 'Press to make your edits suggestions.')}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setSuggesting(!suggesting)}
      >
        Suggesting
      </button>
      {refusal && (
        <span className="toolbar-hint" role="alert">
          {refusal}
        </span>
      )}
    </>
  );
}
