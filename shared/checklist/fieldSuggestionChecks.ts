// Suggested changes of the headline, dek or byline block publishing like the text's own: someone
// decides each first (a public page would silently leave them out).
import { FIELD_NAMES, type FieldSuggestion } from '../suggestions/suggestionSchema';
import type { ChecklistItem } from './readyToPublish';

export function fieldSuggestionChecklistItems(pending: readonly FieldSuggestion[]): ChecklistItem[] {
  return pending.map((s) => ({
    id: `suggestion:${s.id}`,
    message: `A change of the ${FIELD_NAMES[s.field]} is suggested (by ${s.author}): accept or reject it`,
    target: { kind: 'field', field: s.field },
  }));
}
