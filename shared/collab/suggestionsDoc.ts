// Suggestion records inside the article's Y.Doc (one small map each), beside the claims and
// comments, so they travel and merge with the marks that carry their ids.
import * as Y from 'yjs';
import { suggestionRecordSchema, type SuggestionRecord } from '../suggestions/suggestionSchema';

export const SUGGESTIONS_MAP = 'suggestions';

export function suggestionsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(SUGGESTIONS_MAP);
}

export function writeSuggestionToDoc(doc: Y.Doc, record: SuggestionRecord, origin: unknown = null): void {
  const valid = suggestionRecordSchema.parse(record);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    suggestionsMap(doc).set(valid.id, map);
    for (const key of ['author', 'colour', 'at'] as const) map.set(key, valid[key]);
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
