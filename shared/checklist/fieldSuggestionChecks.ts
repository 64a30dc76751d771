// Suggested changes of the headline, dek or byline block publishing like the text's own: someone
// decides each first (a public page would silently leave them out).
import type { FieldSuggestion, SuggestibleField } from '../suggestions/suggestionSchema';
import { checklistItem, type ChecklistItem } from './readyToPublish';
import { phrase, type CheckKey } from './checkMessages';

const FIELD_KEYS: Record<SuggestibleField, CheckKey> = {
  headline: 'fieldHeadline',
  dek: 'fieldDek',
  byline: 'fieldByline',
  heroAlt: 'fieldHeroAlt',
  heroCaption: 'fieldHeroCaption',
  heroCredit: 'fieldHeroCredit',
};

export function fieldSuggestionChecklistItems(pending: readonly FieldSuggestion[]): ChecklistItem[] {
  return pending.map((s) =>
    checklistItem(
      `suggestion:${s.id}`,
      { kind: 'field', field: s.field },
      phrase('fieldSuggested', { field: phrase(FIELD_KEYS[s.field]), author: s.author }),
    ),
  );
}
