// The store holds its own limits on every write path, so no body it accepts can break the editor's
// autosave later: an import used to reach the store without the checks articles:save made.
import { strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH, MAX_BODY_NODES } from '../../../shared/contract/lexicalState';
import { ServiceError } from '../../../shared/contract/errors';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { bodyOf, draftFields, imageSlot, paragraph, text } from '../../fixtures/bodies';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
beforeEach(async () => {
  service = await openTestService();
});
afterEach(() => service.close());

function nestedBody(depth: number): SerializedBody {
  let node: Record<string, unknown> = text('dalam');
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', version: 1, children: [node] };
  return bodyOf(node);
}

async function articleCount(): Promise<number> {
  const result = await service.dispatch('articles:list', {});
  return result.ok ? (result.value as { items: unknown[] }).items.length : -1;
}

describe('body limits in the store', () => {
  it('create, save and keep-a-copy refuse a body nested deeper than the limit, saying so', () => {
    const deep = nestedBody(MAX_BODY_DEPTH + 5);
    const expectRefused = (write: () => unknown) => {
      let error: unknown;
      try {
        write();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ServiceError);
      expect((error as ServiceError).code).toBe('invalid_input');
      expect((error as ServiceError).message).toMatch(/nested deeper than 48 levels/);
    };
    expectRefused(() => service.articles.create({ body: deep }));
    const article = service.articles.create({ headline: 'Batas' });
    expectRefused(() =>
      service.articles.save({ id: article.id, baseRevision: 1, kind: 'auto', fields: { ...draftFields('x'), body: deep } }),
    );
    expect(service.articles.get(article.id).revision).toBe(1);
  });

  it(
    'an import whose body would have too many nodes is refused with what is too big, and nothing is created',
    { timeout: 60_000 },
    async () => {
      // 90,000 paragraphs of 7 formatted runs: 720,000 nodes, past the 500,000 an article may have.
      const html = '<p>a<b>b</b>a<b>b</b>a<b>b</b>a</p>'.repeat(90_000);
      const result = await service.dispatch('articles:import', { data: strToU8(html), format: 'html' });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok)
        expect(result.error.message).toBe(
          `This file is too big to import as one article: its body has more than ${MAX_BODY_NODES} nodes. Split it into several files.`,
        );
      expect(await articleCount()).toBe(0);
    },
  );

  it('a paste too big for one article is refused with a message, not inserted', async () => {
    const result = await service.dispatch('import:paste', { html: '<p>a</p>'.repeat(110_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/too big .* more than 100,000 paragraphs/);
  });

  it('a save whose image slot has a wrongly typed field is refused: it would break every export later', async () => {
    const article = service.articles.create({ headline: 'Slot' });
    const slot = imageSlot({ caption: 5 });
    const result = await service.dispatch('articles:save', {
      id: article.id,
      baseRevision: 1,
      fields: { ...draftFields(''), body: bodyOf(paragraph(text('x')), slot) },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/image slot has a bad caption/);
  });
});
