// Suggested changes of a field above the text (headline, dek, byline), shown under the field for
// everyone on the article: who suggests what, with Accept and Reject. The field itself keeps its
// value until one is accepted.
import { pendingFieldSuggestions } from '../../shared/collab/suggestionsDoc';
import { FIELD_NAMES, type SuggestibleField } from '../../shared/suggestions/suggestionSchema';
import { useSuggestions } from './suggestions/suggestionsState';

/** The id of a field's input (the checklist and the Suggestions panel jump to it). */
export function fieldInputId(field: SuggestibleField): string {
  return `meta-${field}`;
}

/** What a field suggestion proposes, in a sentence. */
export function describeFieldSuggestion(field: SuggestibleField, value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (!flat) return `Clear the ${FIELD_NAMES[field]}`;
  return `Change the ${FIELD_NAMES[field]} to “${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}”`;
}

export function FieldSuggestionNotes({ field, readOnly }: { field: SuggestibleField; readOnly: boolean }) {
  const { records, decideField } = useSuggestions();
  const pending = pendingFieldSuggestions(records).filter((s) => s.field === field);
  if (pending.length === 0) return null;
  return (
    <ul className="field-suggestions" aria-label={`Suggested changes of the ${FIELD_NAMES[field]}`}>
      {pending.map((s) => (
        <li key={s.id} role="group" aria-label={`${s.author}’s suggested ${FIELD_NAMES[field]}`} style={{ borderLeftColor: s.colour }}>
          <span>
            <strong>{s.author}</strong> suggests: {s.value.trim() ? `“${s.value}”` : <em>no {FIELD_NAMES[field]}</em>}
          </span>
          {!readOnly && (
            <span className="button-row">
              <button type="button" onClick={() => decideField(s.id, true)}>
                Accept
              </button>
              <button type="button" onClick={() => decideField(s.id, false)}>
                Reject
              </button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
