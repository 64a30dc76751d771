// Suggestion records in the article's document: written whole, read back validated; a malformed
// record from a peer is left out (its marks then show "someone"), never trusted.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSuggestionsFromDoc, suggestionsMap, writeSuggestionToDoc } from '../../../shared/collab/suggestionsDoc';

const ID = '3b0f6c1e-2d4a-4f7b-9e8c-5a6d7e8f9a0b';

describe('suggestion records', () => {
  it('round-trip through a second document, and a malformed one is left out', () => {
    const here = new Y.Doc();
    writeSuggestionToDoc(here, { id: ID, author: 'Budi', colour: '#2e6b30', at: '2026-12-03T07:00:00.000Z' });
    here.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set('author', '<img src=x onerror=alert(1)>');
      bad.set('colour', 'red; background: url(https://tracker.example/)');
      suggestionsMap(here).set('0b5a4d5e-3c1f-4e8a-9a57-2f0c6d1e8b11', bad);
    });
    const there = new Y.Doc();
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    expect([...readSuggestionsFromDoc(there).values()]).toEqual([
      { id: ID, author: 'Budi', colour: '#2e6b30', at: '2026-12-03T07:00:00.000Z' },
    ]);
    expect(() => writeSuggestionToDoc(here, { id: 'x', author: '', colour: '#2e6b30', at: '' } as never)).toThrow();
  });
});
