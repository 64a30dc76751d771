import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore, KEEP_RECENT_AUTO_REVISIONS } from '../../../db/articleStore';
import { openDatabase } from '../../../db/openStore';
import type { ArticleFields } from '../../../shared/contract/channels';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';

let store: ArticleStore;
let clock: Date;

beforeEach(() => {
  clock = new Date('2025-07-04T10:00:00.000Z');
  store = new ArticleStore(openDatabase(':memory:'), () => {
    clock = new Date(clock.getTime() + 1000);
    return clock;
  });
});
afterEach(() => store.db.close());

function fields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    headline: 'Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia?',
    dek: 'Motif strategis di baliknya',
    byline: 'Redaksi',
    language: 'id',
    timeZone: 'Asia/Jakarta',
    publishAt: '2025-07-04T17:00:00+07:00',
    hero: null,
    body: bodyOf(paragraph(text('Pengiriman ini mencakup lebih dari 6.000 insinyur.'))),
    ...overrides,
  };
}

describe('save and load', () => {
  it('round-trips every field and derives the plain text', () => {
    const created = store.create();
    expect(created.revision).toBe(1);
    const saved = store.save({ id: created.id, baseRevision: 1, fields: fields(), kind: 'auto' });
    expect(saved.revision).toBe(2);
    const loaded = store.get(created.id);
    expect(loaded).toMatchObject({
      ...fields(),
      revision: 2,
      status: 'draft',
      slug: 'mengapa-korea-utara-antusias-kirim-ribuan-tentara-ke-rusia',
    });
    const row = store.db.prepare('SELECT body_text FROM articles WHERE id = ?').get(created.id) as { body_text: string };
    expect(row.body_text).toBe('Pengiriman ini mencakup lebih dari 6.000 insinyur.');
  });

  it('finds an article by slug as well as by id', () => {
    const a = store.create({ headline: 'Harga Beras Naik' });
    expect(store.find('harga-beras-naik').id).toBe(a.id);
    expect(() => store.find('no-such-article')).toThrow(/No article/);
  });

  it('keeps slugs unique and follows the headline until published', () => {
    const a = store.create({ headline: 'Banjir di Jakarta' });
    const b = store.create({ headline: 'Banjir di Jakarta' });
    expect([a.slug, b.slug]).toEqual(['banjir-di-jakarta', 'banjir-di-jakarta-2']);
    const saved = store.save({ id: b.id, baseRevision: 1, fields: fields({ headline: 'Banjir surut' }), kind: 'auto' });
    expect(saved.slug).toBe('banjir-surut');
    for (const [from, to] of [
      ['draft', 'in_review'],
      ['in_review', 'fact_check'],
      ['fact_check', 'ready'],
      ['ready', 'published'],
    ] as const) {
      store.setStatus(b.id, from, to);
    }
    const after = store.save({ id: b.id, baseRevision: 2, fields: fields({ headline: 'Banjir surut, warga pulang' }), kind: 'auto' });
    expect(after.slug).toBe('banjir-surut');
  });
});

describe('conflicts', () => {
  it('rejects a save based on a stale revision and keeps the newer text', () => {
    const a = store.create();
    store.save({ id: a.id, baseRevision: 1, fields: fields({ headline: 'Window one' }), kind: 'auto' });
    expect(() => store.save({ id: a.id, baseRevision: 1, fields: fields({ headline: 'Window two' }), kind: 'auto' })).toThrow(
      expect.objectContaining({ code: 'conflict', currentRevision: 2 }),
    );
    expect(store.get(a.id).headline).toBe('Window one');
  });
});

describe('revisions', () => {
  it('keeps every manual snapshot and prunes old autosaves to one a day', () => {
    const a = store.create();
    let base = 1;
    const total = KEEP_RECENT_AUTO_REVISIONS + 30;
    for (let i = 0; i < total; i++) {
      if (i === 5) clock = new Date('2025-07-05T10:00:00.000Z');
      base = store.save({
        id: a.id,
        baseRevision: base,
        fields: fields({ headline: `v${i}` }),
        kind: i % 10 === 0 ? 'manual' : 'auto',
      }).revision;
    }
    const revisions = store.listRevisions(a.id);
    const manual = revisions.filter((r) => r.kind === 'manual');
    const auto = revisions.filter((r) => r.kind === 'auto');
    expect(manual).toHaveLength(total / 10);
    // the newest 50 autosaves (all from 5 July), plus the last autosave of 4 July
    expect(auto.length).toBe(KEEP_RECENT_AUTO_REVISIONS + 1);
    expect(auto.filter((r) => r.createdAt.startsWith('2025-07-04'))).toHaveLength(1);
    expect(auto[0]!.revision).toBe(base);
  });
});

describe('status workflow', () => {
  it('allows only the listed transitions and detects a concurrent change', () => {
    const a = store.create();
    expect(() => store.setStatus(a.id, 'draft', 'published')).toThrow(expect.objectContaining({ code: 'invalid_transition' }));
    expect(store.setStatus(a.id, 'draft', 'in_review').status).toBe('in_review');
    expect(() => store.setStatus(a.id, 'draft', 'in_review')).toThrow(expect.objectContaining({ code: 'conflict' }));
  });
});

describe('trash', () => {
  it('hides trashed articles, restores them, and purges only from the trash', () => {
    const a = store.create({ headline: 'Satu' });
    const b = store.create({ headline: 'Dua' });
    expect(() => store.purge(a.id)).toThrow(/trash/);
    store.trash(a.id);
    expect(store.list(undefined).map((x) => x.id)).toEqual([b.id]);
    expect(store.list('trash').map((x) => x.id)).toEqual([a.id]);
    store.restore(a.id);
    expect(store.list(undefined)).toHaveLength(2);
    store.trash(a.id);
    store.purge(a.id);
    expect(() => store.get(a.id)).toThrow(/No article/);
    expect(store.db.prepare('SELECT count(*) AS n FROM revisions WHERE article_id = ?').get(a.id)).toEqual({ n: 0 });
  });

  it('lists newest first and filters by status', () => {
    const a = store.create({ headline: 'Lama' });
    const b = store.create({ headline: 'Baru' });
    expect(store.list(undefined).map((x) => x.headline)).toEqual(['Baru', 'Lama']);
    store.setStatus(a.id, 'draft', 'in_review');
    expect(store.list('in_review').map((x) => x.id)).toEqual([a.id]);
    expect(store.list('draft').map((x) => x.id)).toEqual([b.id]);
  });
});
