// Suggestion records inside the article's Y.Doc (one small map each), beside the claims and
// comments, so they travel and merge with the marks that carry their ids.
import * as Y from 'yjs';
import {
  FIELD_MAX,
  HERO_FIELDS,
  isHeroField,
  suggestionRecordSchema,
  type FieldSuggestion,
  type SuggestibleField,
  type SuggestionRecord,
} from '../suggestions/suggestionSchema';
import { readFieldsFromDoc, writeFieldsToDoc } from './articleDoc';

export const SUGGESTIONS_MAP = 'suggestions';

export function suggestionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(SUGGESTIONS_MAP);
}

export function writeSuggestionToDoc(doc: Y.Doc, record: SuggestionRecord, origin: unknown = null): void {
  const valid = suggestionRecordSchema.parse(record);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    suggestionsMap(doc).set(valid.id, map);
    for (const key of ['author', 'colour', 'at', 'field', 'value'] as const) if (valid[key] !== undefined) map.set(key, valid[key]);
  }, origin);
}

export function isFieldSuggestion(record: SuggestionRecord): record is FieldSuggestion {
  return record.field !== undefined && record.value !== undefined;
}

const NO_FIELDS = { headline: '', dek: '', byline: '', language: 'id', timeZone: 'Asia/Jakarta', publishAt: null, hero: null };

/** What the field holds now (a hero text: the hero slot's, empty when there is no hero). */
function currentValue(doc: Y.Doc, field: SuggestibleField): string {
  const fields = readFieldsFromDoc(doc, NO_FIELDS);
  return isHeroField(field) ? (fields.hero?.[HERO_FIELDS[field]] ?? '') : fields[field];
}

/** Writes an accepted suggestion into its field (a hero text into the hero slot, while there is one). */
function accepted(doc: Y.Doc, field: SuggestibleField, value: string): void {
  if (!isHeroField(field)) return writeFieldsToDoc(doc, { [field]: value });
  const hero = readFieldsFromDoc(doc, NO_FIELDS).hero;
  if (hero) writeFieldsToDoc(doc, { hero: { ...hero, [HERO_FIELDS[field]]: value } });
}

/** The pending field suggestions, oldest first. */
export function pendingFieldSuggestions(records: ReadonlyMap<string, SuggestionRecord>): FieldSuggestion[] {
  return [...records.values()].filter(isFieldSuggestion).sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * Suggests `value` for `field` as `who`: their pending suggestion for that field changes (one per
 * person and field), or a new one is made; a value equal to the field's own takes it back. A value
 * longer than the field takes is not suggested (false), like a field that stops taking characters.
 */
export function suggestFieldInDoc(
  doc: Y.Doc,
  field: SuggestibleField,
  value: string,
  who: Pick<SuggestionRecord, 'author' | 'colour'>,
  newId: () => string,
): boolean {
  if (value.length > FIELD_MAX[field]) return false;
  const mine = pendingFieldSuggestions(readSuggestionsFromDoc(doc)).find((s) => s.field === field && s.author === who.author);
  doc.transact(() => {
    if (value === currentValue(doc, field)) {
      if (mine) suggestionsMap(doc).delete(mine.id);
      return;
    }
    if (mine) {
      const map = suggestionsMap(doc).get(mine.id)!;
      map.set('value', value);
      map.set('at', new Date().toISOString());
      return;
    }
    writeSuggestionToDoc(doc, { id: newId(), ...who, at: new Date().toISOString(), field, value });
  });
  return true;
}

/**
 * Accepts (the field takes the value) or rejects a field suggestion; either way it is no longer
 * pending. `origin` marks the change (a window's undo of its decisions tracks its own origin).
 */
export function resolveFieldSuggestionInDoc(doc: Y.Doc, id: string, accept: boolean, origin: unknown = null): void {
  const record = readSuggestionsFromDoc(doc).get(id);
  if (!record || !isFieldSuggestion(record)) return;
  doc.transact(() => {
    if (accept) accepted(doc, record.field, record.value);
    suggestionsMap(doc).delete(id);
  }, origin);
}

/** The records by id; a malformed one (from a hostile or newer peer) is left out. */
export function readSuggestionsFromDoc(doc: Y.Doc): Map<string, SuggestionRecord> {
  const records = new Map<string, SuggestionRecord>();
  for (const [id, map] of suggestionsMap(doc).entries()) {
    if (!(map instanceof Y.Map)) continue;
    const parsed = suggestionRecordSchema.safeParse({ ...map.toJSON(), id });
    if (parsed.success) records.set(id, parsed.data);
  }
  return records;
}
