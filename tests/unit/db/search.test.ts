import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore, RANKED_WINDOW } from '../../../db/articleStore';
import { toFtsQuery } from '../../../db/ftsQuery';
import { openDatabase } from '../../../db/openStore';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';

let store: ArticleStore;
beforeEach(() => {
  store = new ArticleStore(openDatabase(':memory:'));
});
afterEach(() => store.db.close());

function add(headline: string, bodyText: string, dek = ''): string {
  const a = store.create({ headline });
  store.save({
    id: a.id,
    baseRevision: a.revision,
    kind: 'auto',
    fields: {
      headline,
      dek,
      byline: '',
      language: 'id',
      timeZone: 'Asia/Jakarta',
      publishAt: null,
      hero: null,
      body: bodyOf(paragraph(text(bodyText))),
    },
  });
  return a.id;
}

describe('full-text search', () => {
  it('finds an article by its tags, ranked above one that only mentions the word; a tag taken away is no longer found', () => {
    const mentions = add('Harga cabai melonjak', 'Menjelang pemilu, harga cabai naik.');
    const tagged = store.create({ headline: 'Debat calon gubernur', tags: ['Pemilu 2029', 'Jakarta'] });
    expect(store.get(tagged.id).tags).toEqual(['Jakarta', 'Pemilu 2029']);
    expect(store.search('pemilu', undefined).map((h) => h.article.id)).toEqual([tagged.id, mentions]);
    const { body, ...fields } = store.get(tagged.id);
    store.save({ id: tagged.id, baseRevision: fields.revision, kind: 'auto', fields: { ...fields, body, tags: ['Jakarta'] } });
    expect(store.search('pemilu', undefined).map((h) => h.article.id)).toEqual([mentions]);
    expect(store.search('jakarta', undefined).map((h) => h.article.id)).toEqual([tagged.id]);
  });

  it('ranks a headline match above a body match', () => {
    const inBody = add('Harga cabai melonjak', 'Di pasar, pedagang bicara soal Rusia dan perang.');
    const inHeadline = add('Rusia menerima ribuan tentara', 'Tentang bantuan militer.');
    expect(store.search('rusia', undefined).map((h) => h.article.id)).toEqual([inHeadline, inBody]);
  });

  it('returns a snippet with the matched words marked', () => {
    add('Eks diplomat bicara', 'Eks diplomat Korea Selatan, Ra Jong-yil, menyebut bahwa Pyongyang akan terus mengirim personel.');
    const [hit] = store.search('pyongyang', undefined);
    expect(hit!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Pyongyang']);
    expect(hit!.snippet.map((s) => s.text).join('')).toContain('menyebut bahwa Pyongyang akan');
  });

  it('folds diacritics both ways', () => {
    const id = add('Café di Jakarta', 'Kopi dan crème brûlée.');
    expect(store.search('cafe', undefined).map((h) => h.article.id)).toEqual([id]);
    expect(store.search('creme brulee', undefined).map((h) => h.article.id)).toEqual([id]);
    expect(store.search('brûlée', undefined).map((h) => h.article.id)).toEqual([id]);
  });

  it('matches phrases, and the last word as a prefix while typing', () => {
    const id = add('Dewan Keamanan PBB', 'Negara anggota tetap Dewan Keamanan PBB.');
    add('Keamanan pangan', 'Dewan kota membahas pangan.');
    expect(store.search('"dewan keamanan"', undefined).map((h) => h.article.id)).toEqual([id]);
    expect(store.search('anggota tet', undefined).map((h) => h.article.id)).toEqual([id]);
  });

  it('filters by status and leaves the trash out', () => {
    const a = add('Banjir Jakarta', 'Air naik.');
    const b = add('Banjir Bekasi', 'Air naik juga.');
    store.setStatus(a, 'draft', 'in_review');
    expect(store.search('banjir', 'in_review').map((h) => h.article.id)).toEqual([a]);
    store.trash(b);
    expect(store.search('banjir', undefined).map((h) => h.article.id)).toEqual([a]);
    expect(store.search('banjir', 'trash').map((h) => h.article.id)).toEqual([b]);
  });

  it('follows edits: old words stop matching, new ones match', () => {
    const id = add('Judul', 'kata lama');
    const a = store.get(id);
    store.save({ id, baseRevision: a.revision, kind: 'auto', fields: { ...a, body: bodyOf(paragraph(text('kata baru'))) } });
    expect(store.search('lama', undefined)).toEqual([]);
    expect(store.search('baru', undefined).map((h) => h.article.id)).toEqual([id]);
  });

  it('never passes FTS5 syntax through: hostile queries are plain words', () => {
    add('Judul biasa', 'teks biasa');
    for (const query of ['"', 'AND', 'OR NOT', '*', 'NEAR(a b)', 'headline:x', '-x', '(', '^', '""""', "'; DROP TABLE articles; --"]) {
      expect(() => store.search(query, undefined)).not.toThrow();
    }
    expect(store.search('   ', undefined)).toEqual([]);
  });
});

describe('toFtsQuery', () => {
  it('quotes every word, keeps phrases and prefixes the last bare word', () => {
    expect(toFtsQuery('korea utara')).toBe('"korea" "utara"*');
    expect(toFtsQuery('"dewan keamanan" pbb')).toBe('"dewan keamanan" "pbb"*');
    expect(toFtsQuery('pasca-konflik')).toBe('"pasca konflik"');
    expect(toFtsQuery('NEAR(a')).toBe('"NEAR a"');
    expect(toFtsQuery('"" ** ')).toBeNull();
  });

  it(`ranks a very common word among its newest ${RANKED_WINDOW} matches; a status filter still searches every article`, () => {
    // The oldest article has the word in its headline (it would rank first); then the word becomes common.
    const oldest = store.create({ headline: 'Pemerintah lama' });
    store.setStatus(oldest.id, 'draft', 'in_review');
    store.db.transaction(() => {
      for (let i = 0; i <= RANKED_WINDOW; i++)
        store.create({ headline: `Berita ${i}`, body: bodyOf(paragraph(text('kata pemerintah di sini'))) });
    })();
    const everywhere = store.search('pemerintah', undefined);
    expect(everywhere).toHaveLength(50);
    expect(everywhere.map((h) => h.article.id)).not.toContain(oldest.id);
    expect(store.search('pemerintah', 'in_review').map((h) => h.article.id)).toEqual([oldest.id]);
    // A word that is not that common is ranked over the whole archive.
    expect(store.search('lama', undefined).map((h) => h.article.id)).toEqual([oldest.id]);
    // Each article is made with its live document (a headless editor run): thousands take seconds.
  }, 60_000);
});
