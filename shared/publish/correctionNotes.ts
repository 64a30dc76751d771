// The corrections of a published article, as readers see them below the text: each with its date
// in the article's zone ("Koreksi, 5 Desember 2026 09.30 WIB: …"), oldest first. Escaped like
// everything the publication renderer writes.
import { isIndonesian } from '../text/language';
import { escapeHtml } from './escapeHtml';
import { formatDateline } from './renderDocument';

export interface CorrectionNote {
  note: string;
  madeAt: string;
}

export function renderCorrections(corrections: readonly CorrectionNote[], language: string, timeZone: string): string {
  if (corrections.length === 0) return '';
  const word = isIndonesian(language) ? 'Koreksi' : 'Correction';
  const items = corrections.map(
    (c) => `<p><strong>${word}</strong>, ${escapeHtml(formatDateline(c.madeAt, timeZone, language))}: ${escapeHtml(c.note.trim())}</p>`,
  );
  return `<aside class="corrections">\n${items.join('\n')}\n</aside>`;
}
