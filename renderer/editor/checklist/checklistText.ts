// A checklist item in the interface's language: its phrase said with the `check.*` messages.
import type { ChecklistItem } from '../../../shared/checklist/readyToPublish';
import { sayPhrase } from '../../i18n/sayPhrase';

export function checklistText(item: ChecklistItem): string {
  return sayPhrase('check', item.text);
}
