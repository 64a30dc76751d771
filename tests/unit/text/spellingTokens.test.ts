import { describe, expect, it } from 'vitest';
import { spellingTokens } from '../../../shared/text/spellingTokens';

const words = (text: string) => spellingTokens(text).map((t) => t.word);

describe('the words a spelling dictionary is asked about', () => {
  it('keeps reduplicated and apostrophe words whole, with their places', () => {
    expect(words('Sekolah-sekolah di Jakarta, katanya, don’t close.')).toEqual([
      'Sekolah-sekolah',
      'di',
      'Jakarta',
      'katanya',
      'don’t',
      'close',
    ]);
    expect(spellingTokens('Ia dikatakannya')).toEqual([
      { word: 'Ia', start: 0, end: 2 },
      { word: 'dikatakannya', start: 3, end: 15 },
    ]);
  });

  it('leaves out acronyms, single letters, words stuck to digits, and addresses', () => {
    expect(words('PBB dan NIS, pukul 17.00 WIB, COVID-19 tahun 2025an, x y')).toEqual(['dan', 'pukul', 'tahun']);
    expect(
      words('Baca di https://www.kuatbaca.com/berita atau kuatbaca.com, surel redaksi@contoh.co.id; foto dw-1751619146746_169.webp'),
    ).toEqual(['Baca', 'di', 'atau', 'surel', 'foto']);
  });

  it('reads accented and non-Latin letters as letters', () => {
    expect(words('Café Élysée naïve')).toEqual(['Café', 'Élysée', 'naïve']);
  });
});
