import { describe, expect, it } from 'vitest';
import { slugFromHeadline, uniqueSlug } from '../../../db/slug';

describe('slugs', () => {
  it('turns Indonesian and English headlines into readable slugs', () => {
    expect(slugFromHeadline('Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia? Ini Motif Strategis di Baliknya')).toBe(
      'mengapa-korea-utara-antusias-kirim-ribuan-tentara-ke-rusia-ini-motif-strategis',
    );
    expect(slugFromHeadline("Why North Korea's troops matter — explained")).toBe('why-north-koreas-troops-matter-explained');
    expect(slugFromHeadline('Café & crème: 6.000 insinyur')).toBe('cafe-and-creme-6-000-insinyur');
  });

  it('never ends in half a word and stays short', () => {
    const slug = slugFromHeadline('kata '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('kata')).toBe(true);
  });

  it('gives untitled articles a slug too', () => {
    expect(slugFromHeadline('')).toBe('untitled');
    expect(slugFromHeadline('?!…')).toBe('untitled');
  });

  it('appends a number when the slug is taken', () => {
    const taken = new Set(['banjir', 'banjir-2']);
    expect(uniqueSlug('banjir', (s) => taken.has(s))).toBe('banjir-3');
    expect(uniqueSlug('kebakaran', (s) => taken.has(s))).toBe('kebakaran');
  });
});
