// Suggested changes of the headline, dek and byline: kept as records in the article's document (one
// per person and field, changed as they type), merged between windows, accepted into the field or
// rejected; a hostile field name or value is left out; and the main side refuses to publish while
// one waits, like a suggestion in the text.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fieldsMap, readFieldsFromDoc, writeFieldsToDoc } from '../../../shared/collab/articleDoc';
import { emptySlot, HERO_SPEC } from '../../../shared/editor/imageSlot';
import {
  pendingFieldSuggestions,
  readSuggestionsFromDoc,
  resolveFieldSuggestionInDoc,
  suggestFieldInDoc,
  suggestionsMap,
} from '../../../shared/collab/suggestionsDoc';
import { fieldSuggestionChecklistItems } from '../../../shared/checklist/fieldSuggestionChecks';
import { decodeServerMessage, encodeClientMessage } from '../../../shared/contract/liveMessages';
import { openTestService } from '../../fixtures/testService';

const RINA = { author: 'Rina', colour: '#1f5f99' } as const;
const BUDI = { author: 'Budi', colour: '#2e6b30' } as const;
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function article(headline: string): Y.Doc {
  const doc = new Y.Doc();
  writeFieldsToDoc(doc, { headline, dek: 'Dek lama', byline: 'Tim' });
  return doc;
}

const pending = (doc: Y.Doc) => pendingFieldSuggestions(readSuggestionsFromDoc(doc)).map((s) => [s.author, s.field, s.value]);

describe('field suggestions', () => {
  it('one per person and field, changed as they type; typing the field back takes it back', () => {
    const doc = article('Harga beras naik');
    suggestFieldInDoc(doc, 'headline', 'Harga beras', RINA, newId);
    suggestFieldInDoc(doc, 'headline', 'Harga beras melonjak', RINA, newId);
    suggestFieldInDoc(doc, 'headline', 'Beras mahal', BUDI, newId);
    suggestFieldInDoc(doc, 'dek', '', RINA, newId);
    expect(pending(doc)).toEqual([
      ['Rina', 'headline', 'Harga beras melonjak'],
      ['Budi', 'headline', 'Beras mahal'],
      ['Rina', 'dek', ''],
    ]);
    // The field itself is untouched until someone decides.
    expect(fieldsMap(doc).get('headline')).toBe('Harga beras naik');
    suggestFieldInDoc(doc, 'headline', 'Harga beras naik', RINA, newId);
    expect(pending(doc)).toEqual([
      ['Budi', 'headline', 'Beras mahal'],
      ['Rina', 'dek', ''],
    ]);
    expect(fieldSuggestionChecklistItems(pendingFieldSuggestions(readSuggestionsFromDoc(doc))).map((i) => i.message)).toEqual([
      'A change of the headline is suggested (by Budi): accept or reject it',
      'A change of the dek is suggested (by Rina): accept or reject it',
    ]);
  });

  it('accept writes the field, reject leaves it; either way it is no longer pending; both reach another window', () => {
    const here = article('Harga beras naik');
    const there = new Y.Doc();
    here.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(there, update, 'remote'));
    there.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(here, update, 'remote'));
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here), 'remote');
    suggestFieldInDoc(there, 'headline', 'Beras mahal', BUDI, newId);
    suggestFieldInDoc(there, 'byline', 'Budi, Tim', BUDI, newId);
    const [headline, byline] = pendingFieldSuggestions(readSuggestionsFromDoc(here));
    resolveFieldSuggestionInDoc(here, headline!.id, true);
    resolveFieldSuggestionInDoc(here, byline!.id, false);
    expect([fieldsMap(there).get('headline'), fieldsMap(there).get('byline')]).toEqual(['Beras mahal', 'Tim']);
    expect(pending(there)).toEqual([]);
  });

  it('the hero image’s credit: suggested against the slot’s own, accepted into the slot; with no hero left, nothing is written', () => {
    const doc = article('Banjir');
    writeFieldsToDoc(doc, { hero: { ...emptySlot(HERO_SPEC), assetId: 'a'.repeat(64), alt: 'Warga mengungsi', credit: 'Antara' } });
    suggestFieldInDoc(doc, 'heroCredit', 'Antara', RINA, newId);
    expect(pending(doc)).toEqual([]);
    suggestFieldInDoc(doc, 'heroCredit', 'ANTARA/Budi', RINA, newId);
    suggestFieldInDoc(doc, 'heroAlt', 'Warga mengungsi dengan perahu', BUDI, newId);
    const [credit, alt] = pendingFieldSuggestions(readSuggestionsFromDoc(doc));
    expect(fieldSuggestionChecklistItems([credit!]).map((i) => i.message)).toEqual([
      'A change of the hero image’s credit is suggested (by Rina): accept or reject it',
    ]);
    resolveFieldSuggestionInDoc(doc, credit!.id, true);
    const hero = () =>
      readFieldsFromDoc(doc, { headline: '', dek: '', byline: '', language: 'id', timeZone: 'Asia/Jakarta', publishAt: null, hero: null })
        .hero;
    expect([hero()?.credit, hero()?.alt]).toEqual(['ANTARA/Budi', 'Warga mengungsi']);
    writeFieldsToDoc(doc, { hero: null });
    resolveFieldSuggestionInDoc(doc, alt!.id, true);
    expect(hero()).toBeNull();
    expect(pending(doc)).toEqual([]);
  });

  it('a record naming another field, or a value too long, is not a suggestion', () => {
    const doc = article('Judul');
    doc.transact(() => {
      for (const [id, field, value] of [
        [newId(), 'status', 'published'],
        [newId(), 'headline', 'x'.repeat(5000)],
        // Within any record's limit, but longer than a credit takes: accepted, it would lose the hero.
        [newId(), 'heroCredit', 'x'.repeat(600)],
      ] as const) {
        const map = new Y.Map<unknown>();
        suggestionsMap(doc).set(id, map);
        for (const [key, v] of Object.entries({ ...RINA, at: '2026-12-03T07:00:00.000Z', field, value })) map.set(key, v);
      }
    });
    expect(pending(doc)).toEqual([]);
    expect(suggestFieldInDoc(doc, 'byline', 'y'.repeat(501), RINA, newId)).toBe(false);
    expect(pending(doc)).toEqual([]);
  });

  it('the main side refuses to publish while a field suggestion waits, and publishes once it is decided', async () => {
    const t = await openTestService();
    try {
      const created = t.articles.create({ headline: 'Judul asli' });
      // A window on the article suggests a headline through the live channel, as the renderer does.
      const received: ReturnType<typeof decodeServerMessage>[] = [];
      const session = t.service.connectLive(created.id, {
        send: (bytes) => received.push(decodeServerMessage(bytes)),
        close: () => undefined,
      });
      const doc = new Y.Doc();
      session.receive(encodeClientMessage({ kind: 'hello', stateVector: Y.encodeStateVector(doc) }));
      const welcome = received.find((m) => m.kind === 'welcome');
      if (welcome?.kind === 'welcome') Y.applyUpdate(doc, welcome.update, 'main');
      let seq = 0;
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'main') session.receive(encodeClientMessage({ kind: 'update', seq: ++seq, update }));
      });
      for (const [from, to] of [
        ['draft', 'in_review'],
        ['in_review', 'fact_check'],
        ['fact_check', 'ready'],
      ] as const)
        expect((await t.dispatch('articles:setStatus', { id: created.id, from, to })).ok).toBe(true);
      suggestFieldInDoc(doc, 'headline', 'Judul usulan', RINA, newId);
      const publish = async () => {
        const summary = await t.dispatch('articles:get', { ref: created.id });
        const from = (summary as { value: { status: string } }).value.status;
        return t.dispatch('articles:setStatus', { id: created.id, from, to: 'published' });
      };
      const refused = await publish();
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.error.message).toContain('1 suggestion is still pending');
      resolveFieldSuggestionInDoc(doc, pendingFieldSuggestions(readSuggestionsFromDoc(doc))[0]!.id, true);
      const published = await publish();
      expect(published.ok ? 'published' : published.error.message).toBe('published');
      const got = await t.dispatch('articles:get', { ref: created.id });
      expect((got as { value: { headline: string } }).value.headline).toBe('Judul usulan');
    } finally {
      await t.close();
    }
  });
});
