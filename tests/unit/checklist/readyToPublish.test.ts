import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../shared/checklist/readyToPublish';
import { emptySlot, HERO_SPEC } from '../../../shared/editor/imageSlot';
import { findBuiltinTemplate } from '../../../shared/templates/builtinTemplates';
import { instantiateTemplate } from '../../../shared/templates/instantiateTemplate';
import { bodyOf, heading, paragraph, text } from '../../fixtures/bodies';

const messages = (a: ReturnType<typeof analyzeArticle>) => a.items.map((i) => i.message);

describe('ready-to-publish checklist', () => {
  it('lists the empty hero slot and every empty required section of a fresh Explainer', () => {
    const { body, hero } = instantiateTemplate(findBuiltinTemplate('explainer')!.definition, { language: 'id' });
    const result = analyzeArticle({ headline: 'Mengapa?', hero, body });
    expect(messages(result)).toEqual([
      'The hero image is empty',
      ...[1, 2, 3, 4, 5].flatMap((n) => [`Section ${n} has no heading`, `Section ${n} has no text`]),
      'The conclusion section has no heading',
      'The conclusion section has no text',
    ]);
    expect(result.items[1]!.target).toEqual({ kind: 'body', path: [0, 0] });
  });

  it('asks for alt text and a credit once an image is in, and flags a small one', () => {
    const hero = { ...emptySlot(HERO_SPEC), assetId: 'a'.repeat(64) };
    const result = analyzeArticle(
      { headline: 'H', hero, body: bodyOf(paragraph(text('Teks.'))) },
      new Map([['a'.repeat(64), { width: 800, height: 450 }]]),
    );
    expect(messages(result)).toEqual([
      'The hero image needs alt text',
      'The hero image needs a credit',
      'The hero image is 800×450 px, smaller than the 1600×900 px wanted',
    ]);
    const done = analyzeArticle({
      headline: 'H',
      hero: { ...hero, alt: 'Tentara berbaris', credit: 'DW' },
      body: bodyOf(paragraph(text('Teks.'))),
    });
    expect(messages(done)).toEqual([]);
  });

  it('counts TK markers and points at each', () => {
    const result = analyzeArticle({
      headline: 'H',
      hero: null,
      body: bodyOf(paragraph(text('Jumlah korban TK orang, menurut TK.')), paragraph(text('TKI bukan penanda.'))),
    });
    expect(result.tkCount).toBe(2);
    expect(messages(result)).toEqual(['TK: Jumlah korban TK orang, menurut TK.', 'TK: …mlah korban TK orang, menurut TK.']);
    expect(result.items[0]!.target).toEqual({ kind: 'body', path: [0, 0] });
  });

  it('flags a heading that skips a level', () => {
    const result = analyzeArticle({
      headline: 'H',
      hero: null,
      body: bodyOf(heading('h3', text('Rincian')), heading('h2', text('Bagian')), heading('h3', text('Sub'))),
    });
    expect(messages(result)).toEqual(['The heading “Rincian” skips a level (H1 to H3)']);
  });

  it('counts words across formatting', () => {
    const result = analyzeArticle({ headline: 'H', hero: null, body: bodyOf(paragraph(text('sorot'), text('an dunia', 1))) });
    expect(result.words).toBe(2);
  });
});
