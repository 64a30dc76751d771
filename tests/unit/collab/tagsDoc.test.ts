// Tags in the live document are a set: two desks adding (or removing) different tags at once both
// keep their change once they merge; the same tag typed twice in two spellings is one tag.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readFieldsFromDoc, writeFieldsToDoc, type DocFields } from '../../../shared/collab/articleDoc';

const FALLBACK: DocFields = { headline: '', dek: '', byline: '', language: 'id', timeZone: 'Asia/Jakarta', publishAt: null, hero: null };
const tagsOf = (doc: Y.Doc) => readFieldsFromDoc(doc, FALLBACK).tags;

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('tags in the live document', () => {
  it('two desks adding different tags at once both keep theirs; a removal on one side stays removed', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeFieldsToDoc(a, { tags: ['Banjir', 'Jakarta'] });
    sync(a, b);
    writeFieldsToDoc(a, { tags: ['Banjir', 'Jakarta', 'BMKG'] });
    writeFieldsToDoc(b, { tags: ['Banjir', 'Pengungsi'] }); // adds Pengungsi, takes Jakarta away
    sync(a, b);
    expect(tagsOf(a)).toEqual(['Banjir', 'BMKG', 'Pengungsi']);
    expect(tagsOf(b)).toEqual(tagsOf(a));
  });

  it('tags are tidied: spaces, case-only duplicates and commas', () => {
    const doc = new Y.Doc();
    writeFieldsToDoc(doc, { tags: ['  Pemilu   2029 ', 'pemilu 2029', 'DPR, MPR'] });
    expect(tagsOf(doc)).toEqual(['DPR', 'MPR', 'Pemilu 2029']);
    expect(readFieldsFromDoc(new Y.Doc(), FALLBACK).tags).toBeUndefined();
  });
});
