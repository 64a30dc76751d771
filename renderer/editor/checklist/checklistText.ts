// A checklist item in the interface's language: its phrase said with the `check.*` messages.
import type { Phrase } from '../../../shared/checklist/checkMessages';
import type { ChecklistItem } from '../../../shared/checklist/readyToPublish';
import { t } from '../../i18n/i18n';

function say(phrase: Phrase): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {})) values[name] = typeof value === 'object' ? say(value) : value;
  return t(`check.${phrase.key}` as 'check.headlineEmpty', values);
}

export function checklistText(item: ChecklistItem): string {
  return say(item.text);
}
