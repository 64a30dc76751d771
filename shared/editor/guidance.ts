// Guidance text shown in empty template slots while editing (never exported), in the languages the
// newsroom writes in. The article's language picks one; anything else falls back to English.
import { isIndonesian } from '../text/language';

export interface Guidance {
  en: string;
  id: string;
}

export function guidanceFor(guidance: Guidance | null, language: string): string {
  if (!guidance) return '';
  return isIndonesian(language) ? guidance.id : guidance.en;
}
