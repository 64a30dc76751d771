// Pending suggestions never reach a public page: the checklist lists each one, the main side
// refuses to mark the article published while any is pending, and the page leaves them out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import type { Channel, ChannelInput } from '../../../shared/contract/channels';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { callOk, openTestService, type TestService } from '../../fixtures/testService';

const el = { version: 1, direction: null, format: '', indent: 0 };
const ID = '3b0f6c1e-2d4a-4f7b-9e8c-5a6d7e8f9a0b';
const pendingBody = (): SerializedBody =>
  bodyOf(
    paragraph(
      text('Harga '),
      { ...el, type: 'suggest-delete', ids: [ID], children: [text('beras')] },
      { ...el, type: 'suggest-insert', ids: [ID], children: [text('gula')] },
      text(' naik.'),
    ),
  );

let t: TestService;
beforeEach(async () => {
  t = await openTestService();
});
afterEach(async () => t.close());

const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => callOk(t, channel, input);

describe('pending suggestions and publishing', () => {
  it('the checklist lists a pending suggestion once, however many marks it has', () => {
    const items = analyzeArticle({ headline: 'Harga', hero: null, body: pendingBody() }).items;
    const suggested = items.filter((i) => i.id.startsWith('suggestion:'));
    expect(suggested.map(({ id, message, target }) => ({ id, message, target }))).toEqual([
      { id: `suggestion:${ID}`, message: 'A suggestion is pending (“beras”): accept or reject it', target: { kind: 'body', path: [0, 1] } },
    ]);
  });

  it('the article cannot be marked published while a suggestion is pending; the preview leaves it out', async () => {
    const article = await call('articles:create', { headline: 'Harga beras' });
    const { headline, dek, byline, language, timeZone, publishAt, hero } = article;
    const fields = { headline, dek, byline, language, timeZone, publishAt, hero };
    await call('articles:save', {
      id: article.id,
      baseRevision: article.revision,
      kind: 'auto',
      fields: { ...fields, body: pendingBody() },
    });
    const preview = await call('publish:preview', { articleId: article.id, format: 'fragment' });
    expect(preview.html).toBe('<p>Harga beras naik.</p>\n');
    const steps = [
      ['draft', 'in_review'],
      ['in_review', 'fact_check'],
      ['fact_check', 'ready'],
    ] as const;
    for (const [from, to] of steps) await call('articles:setStatus', { id: article.id, from, to });
    const refused = await t.dispatch('articles:setStatus', { id: article.id, from: 'ready', to: 'published' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toBe('1 suggestion is still pending: accept or reject it before publishing.');
    expect((await call('articles:get', { ref: article.id })).status).toBe('ready');

    await call('articles:save', {
      id: article.id,
      baseRevision: (await call('articles:get', { ref: article.id })).revision,
      kind: 'auto',
      fields: { ...fields, body: bodyOf(paragraph(text('Harga gula naik.'))) },
    });
    expect((await call('articles:setStatus', { id: article.id, from: 'ready', to: 'published' })).status).toBe('published');
  });
});
