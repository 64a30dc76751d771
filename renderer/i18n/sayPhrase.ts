// A phrase from the main side or the shared checks (shared/text/phrases.ts), said in the interface's
// language with the messages of its table (`check.*`, `import.*`, `error.*`).
import type { ImportNote } from '../../shared/import/importMessages';
import type { Phrase } from '../../shared/text/phrases';
import { t } from './i18n';

export function sayPhrase(table: 'check' | 'import' | 'error', phrase: Phrase): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {}))
    values[name] = typeof value === 'object' ? sayPhrase(table, value) : value;
  return t(`${table}.${phrase.key}` as 'check.headlineEmpty', values);
}

/** An import's note in the interface's language; a refusal inside it (why a picture was not used) too. */
export function sayImportNote(note: ImportNote): string {
  if (!note.reason) return sayPhrase('import', note.text);
  return sayPhrase('import', { ...note.text, values: { ...note.text.values, reason: sayPhrase('error', note.reason) } });
}
