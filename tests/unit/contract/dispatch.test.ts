// Every channel validates its input: malformed calls get a typed error and change nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleStore } from '../../../db/articleStore';
import type { Dispatch } from '../../../electron/service/dispatch';
import { CHANNEL_NAMES, channels, type Channel } from '../../../shared/contract/channels';
import { MAX_BODY_DEPTH } from '../../../shared/contract/lexicalState';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
let store: ArticleStore;
let dispatch: Dispatch;

beforeEach(async () => {
  service = await openTestService();
  store = service.articles;
  dispatch = service.dispatch;
});
afterEach(() => service.close());

function counts() {
  return store.db.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM revisions) AS revisions').get();
}

function validFields() {
  return {
    headline: 'Judul',
    dek: '',
    byline: '',
    language: 'id',
    timeZone: 'Asia/Jakarta',
    publishAt: '2025-07-04T17:00:00+07:00',
    hero: null,
    body: bodyOf(paragraph(text('Isi.'))),
  };
}

const MALFORMED: ReadonlyArray<[string, unknown]> = [
  ['null', null],
  ['a string', 'articles'],
  ['an array', []],
  ['a number', 42],
  ['an unknown key', { unexpected: true }],
  ['a prototype-pollution key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
];

describe('every channel rejects malformed input with a typed error', () => {
  for (const channel of CHANNEL_NAMES) {
    for (const [label, input] of MALFORMED) {
      it(`${channel}: ${label}`, async () => {
        store.create();
        const before = counts();
        const result = await dispatch(channel, input);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toContain(channel);
        }
        expect(counts()).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }
});

describe('dispatch', () => {
  it('refuses an undeclared channel', async () => {
    for (const name of ['articles:drop', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('checks field types, sizes and formats', async () => {
    const a = store.create();
    const cases: Array<[string, Record<string, unknown>]> = [
      ['wrong type', { headline: 42 }],
      ['huge headline', { headline: 'x'.repeat(10_000) }],
      ['bad language', { language: 'Bahasa Indonesia' }],
      ['bad zone', { timeZone: 'Mars/Olympus' }],
      ['time without offset', { publishAt: '2025-07-04T17:00:00' }],
      ['body not a document', { body: { root: { type: 'paragraph', children: [] } } }],
      ['body child not an object', { body: { root: { type: 'root', children: ['x'] } } }],
    ];
    for (const [label, patch] of cases) {
      const result = await dispatch('articles:save', { id: a.id, baseRevision: a.revision, fields: { ...validFields(), ...patch } });
      expect(result.ok, label).toBe(false);
      if (!result.ok) expect(result.error.code, label).toBe('invalid_input');
    }
    expect(store.get(a.id).revision).toBe(a.revision);
  });

  it('refuses hostile nesting without overflowing the stack', async () => {
    const a = store.create();
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 100_000; i++) node = { type: 'paragraph', children: [node] };
    const result = await dispatch('articles:save', {
      id: a.id,
      baseRevision: a.revision,
      fields: { ...validFields(), body: { root: { type: 'root', children: [node] } } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toContain(`deeper than ${MAX_BODY_DEPTH}`);
  });

  it('returns conflict as a typed error with the current revision', async () => {
    const a = store.create();
    expect((await dispatch('articles:save', { id: a.id, baseRevision: 1, fields: validFields() })).ok).toBe(true);
    const result = await dispatch('articles:save', { id: a.id, baseRevision: 1, fields: validFields() });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'conflict', currentRevision: 2 }) });
  });

  it('returns not_found for a missing article', async () => {
    const result = await dispatch('articles:get', { ref: 'no-such-article' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('gives an editor window the article without its body, by id or slug, as it stands', async () => {
    const a = store.create({ headline: 'Harga beras naik', body: bodyOf(paragraph(text('Isi panjang.'))) });
    const byId = await dispatch('articles:record', { ref: a.id });
    const bySlug = await dispatch('articles:record', { ref: a.slug });
    const { body: _body, ...record } = a;
    expect(byId).toEqual({ ok: true, value: record });
    expect(bySlug).toEqual(byId);
    expect(await dispatch('articles:record', { ref: 'no-such-article' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers with values that match each channel’s output schema', async () => {
    const created = await dispatch('articles:create', { headline: 'Satu' });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    const calls: Array<[Channel, unknown]> = [
      ['app:info', {}],
      ['articles:list', {}],
      ['articles:search', { query: 'satu' }],
      ['articles:get', { ref: id }],
      ['articles:record', { ref: id }],
      ['articles:save', { id, baseRevision: 1, fields: validFields(), kind: 'manual', label: 'Before edit' }],
      ['revisions:list', { articleId: id }],
      ['articles:setStatus', { id, from: 'draft', to: 'in_review' }],
      ['articles:trash', { id }],
      ['articles:restore', { id }],
    ];
    for (const [channel, input] of calls) {
      const result = await dispatch(channel, input);
      expect(result.ok, channel).toBe(true);
      if (result.ok) expect(channels[channel].output.safeParse(result.value).success, channel).toBe(true);
    }
  });

  it('turns an unexpected failure into a typed internal error and logs it', async () => {
    store.db.close();
    const result = await dispatch('articles:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(service.logged.join('\n')).toContain('articles:list');
  });
});
