import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectInBody, detectInText } from '../../../shared/claims/detectClaims';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'explainer-id.txt'), 'utf8');

describe('claim suggestions', () => {
  it('finds the NIS-confirmed figure, the analysts’ view and the former diplomat’s statement in the sample', () => {
    const found = detectInText(SAMPLE, 'id');
    const find = (needle: string) => found.find((s) => s.sentence.includes(needle));
    expect(find('lebih dari 6.000 insinyur')?.reasons).toEqual(expect.arrayContaining(['number', 'comparison', 'attribution']));
    expect(find('Menurut para analis')).toMatchObject({
      vague: true,
      reasons: expect.arrayContaining(['attribution', 'vague attribution']),
    });
    expect(find('Ra Jong-yil, menyebut bahwa')?.reasons).toContain('attribution');
  });

  it('finds English numbers, percentages, comparisons, attributions and quotes with speakers', () => {
    const text =
      'Inflation rose to 4.2% in June. The port is the largest in Asia, according to the ministry. ' +
      '“We will not back down,” the minister said. The weather was pleasant. Analysts say the deal will collapse.';
    const found = detectInText(text, 'en');
    expect(found.map((s) => [s.sentence.slice(0, 18), s.reasons])).toEqual([
      ['Inflation rose to ', ['percentage']],
      ['The port is the la', ['comparison', 'attribution']],
      ['“We will not back ', ['attribution', 'quote']],
      ['Analysts say the d', ['vague attribution']],
    ]);
    expect(found.at(-1)!.vague).toBe(true);
  });

  it('finds Indonesian attributions and flags vague ones', () => {
    const found = detectInText('Harga beras naik 20 persen, kata Menteri Perdagangan. Kabarnya stok menipis. Cuaca cerah hari ini.', 'id');
    expect(found.map((s) => [s.sentence, s.reasons, s.vague])).toEqual([
      ['Harga beras naik 20 persen, kata Menteri Perdagangan.', ['percentage', 'attribution'], false],
      ['Kabarnya stok menipis.', ['vague attribution'], true],
    ]);
  });

  it('gives offsets that point at the sentence', () => {
    const text = 'Pembuka. Jumlahnya 6.000 orang, menurut NIS.';
    const [s] = detectInText(text, 'id');
    expect(text.slice(s!.start, s!.end)).toBe('Jumlahnya 6.000 orang, menurut NIS.');
  });
});

describe('claim suggestions in the body', () => {
  const cell = (words: string) => ({ type: 'tablecell', children: [paragraph(text(words))] });
  const BODY = () =>
    bodyOf(paragraph(text('Jumlahnya 6.000 orang, menurut NIS.')), {
      type: 'table',
      children: [
        { type: 'tablerow', children: [cell('Partai A'), cell('12,5 persen'), cell('Rp 5 juta')] },
        { type: 'tablerow', children: [cell('Suaranya naik 3 juta dibanding 2019.'), cell('2024'), cell('')] },
      ],
    });

  it('offers a table cell’s words only as a sentence, not each bare figure in the table', () => {
    expect(detectInBody(BODY(), 'id').map((s) => [s.sentence, s.path])).toEqual([
      ['Jumlahnya 6.000 orang, menurut NIS.', [0]],
      ['Suaranya naik 3 juta dibanding 2019.', [1, 1, 0, 0]],
    ]);
  });
});
