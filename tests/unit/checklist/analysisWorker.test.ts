// The analysis worker's answers and its channel: what the page sends is checked, and every answer
// the worker gives passes the page's check of its replies (a field added on one side fails here).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysisReplySchema, analysisRequestSchema } from '../../../renderer/analysis/analysisMessages';
import { answer } from '../../../renderer/analysis/analysisWorker';
import { emptySlot, HERO_SPEC } from '../../../shared/editor/imageSlot';
import { findBuiltinTemplate } from '../../../shared/templates/builtinTemplates';
import { instantiateTemplate } from '../../../shared/templates/instantiateTemplate';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';

const claimText = 'Menurut pejabat NIS, jumlahnya lebih dari 6.000 orang. Cuaca cerah.';

describe('the analysis worker', () => {
  it('finds the sentences worth checking, and the page accepts its reply', () => {
    const request = analysisRequestSchema.parse({ kind: 'detect', seq: 4, body: bodyOf(paragraph(text(claimText))), language: 'id' });
    const reply = analysisReplySchema.parse(answer(request));
    expect(reply).toMatchObject({ kind: 'detect', seq: 4 });
    if (reply.kind !== 'detect') throw new Error('not a detect reply');
    expect(reply.suggestions.map((s) => s.sentence)).toEqual(['Menurut pejabat NIS, jumlahnya lebih dari 6.000 orang.']);
    expect(reply.suggestions[0]!.path).toEqual([0]);
  });

  it('answers the checklist with the counts, the article’s items and the claims’ items apart', () => {
    const { body, hero } = instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'id' });
    const request = analysisRequestSchema.parse({
      kind: 'checklist',
      seq: 9,
      body,
      headline: '',
      hero: { ...hero!, assetId: 'a'.repeat(64) },
      assetSizes: [['a'.repeat(64), { width: 800, height: 450 }]],
      claims: [],
      scaleId: 'default',
      language: 'id',
    });
    const reply = analysisReplySchema.parse(answer(request));
    if (reply.kind !== 'checklist') throw new Error('not a checklist reply');
    expect(reply.analysis.words).toBe(0);
    const messages = reply.analysis.items.map((i) => i.message);
    expect(messages[0]).toBe('The headline is empty');
    expect(messages).toContain('The hero image is 800×450 px, smaller than the 1600×900 px wanted');
    expect(reply.claimItems).toEqual([]);

    const vague = answer(
      analysisRequestSchema.parse({ ...request, body: bodyOf(paragraph(text('Menurut sumber, harga naik 30 persen.'))), hero: null }),
    );
    if (vague.kind !== 'checklist') throw new Error('not a checklist reply');
    expect(analysisReplySchema.safeParse(vague).success).toBe(true);
    expect(vague.analysis.words).toBe(6);
    expect(vague.claimItems.map((i) => i.message).join(' ')).toMatch(/vague|Menurut sumber/i);
  });

  it('refuses a malformed request: an unknown kind, a body that is not a body, a hostile key', () => {
    expect(analysisRequestSchema.safeParse({ kind: 'run', seq: 1 }).success).toBe(false);
    expect(analysisRequestSchema.safeParse({ kind: 'detect', seq: 1, body: { root: 'x' }, language: 'id' }).success).toBe(false);
    const hostile = JSON.parse('{"root":{"type":"root","children":[],"__proto__":{"polluted":1}}}') as unknown;
    expect(analysisRequestSchema.safeParse({ kind: 'detect', seq: 1, body: hostile, language: 'id' }).success).toBe(false);
    expect(analysisReplySchema.safeParse({ kind: 'detect', seq: 1, suggestions: [{ sentence: 'x' }] }).success).toBe(false);
  });

  it('leaves the hero slot checks to the slot schema: an empty slot is accepted as sent', () => {
    const request = { kind: 'checklist', seq: 1, body: bodyOf(paragraph(text('Teks.'))), headline: 'H', hero: emptySlot(HERO_SPEC) };
    expect(analysisRequestSchema.safeParse({ ...request, assetSizes: [], claims: [], scaleId: 'default', language: 'id' }).success).toBe(
      true,
    );
  });
});

describe('the page side of the analysis worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** A stand-in worker that answers every request with what `reply` makes of it. */
  function stubWorker(reply: (request: { seq: number }) => unknown) {
    const started: string[] = [];
    class StubWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      constructor(url: URL) {
        started.push(url.pathname);
      }
      postMessage(request: { seq: number }) {
        queueMicrotask(() => this.onmessage?.({ data: reply(request) }));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', StubWorker);
    return started;
  }
  const request = { kind: 'detect', body: bodyOf(paragraph(text(claimText))), language: 'id' } as const;

  it("takes the worker's answer, checked", async () => {
    const started = stubWorker((r) => ({ kind: 'detect', seq: r.seq, suggestions: [] }));
    const { analyse } = await import('../../../renderer/analysis/analysisClient');
    expect((await analyse(request)).suggestions).toEqual([]);
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(/analysisWorker/);
  });

  it('answers on the page when the worker refuses a request, and ignores a malformed reply', async () => {
    stubWorker((r) =>
      r.seq === 1 ? { kind: 'failed', seq: r.seq, message: 'bad request' } : { kind: 'detect', seq: r.seq, suggestions: 'x' },
    );
    const { analyse } = await import('../../../renderer/analysis/analysisClient');
    const reply = await analyse(request);
    expect(reply.suggestions.map((s) => s.sentence)).toEqual(['Menurut pejabat NIS, jumlahnya lebih dari 6.000 orang.']);
    const malformed = await Promise.race([analyse(request), new Promise((resolve) => setTimeout(() => resolve('no answer'), 50))]);
    expect(malformed).toBe('no answer');
  });

  it('answers on the page where no worker can run', async () => {
    vi.stubGlobal('Worker', undefined);
    const { analyse } = await import('../../../renderer/analysis/analysisClient');
    expect((await analyse(request)).suggestions).toHaveLength(1);
  });
});
