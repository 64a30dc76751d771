import { describe, expect, it } from 'vitest';
import { compileFind, findInText, replaceAllInText, replacementFor, type FindOptions } from '../../../shared/text/findText';

const options = (query: string, more: Partial<FindOptions> = {}): FindOptions => ({
  query,
  matchCase: false,
  wholeWord: false,
  regex: false,
  ...more,
});

function compiled(query: string, more: Partial<FindOptions> = {}) {
  const find = compileFind(options(query, more));
  if (!find?.ok) throw new Error(`did not compile: ${JSON.stringify(find)}`);
  return find;
}

const found = (text: string, query: string, more: Partial<FindOptions> = {}) =>
  findInText(text, compiled(query, more)).map((m) => text.slice(m.start, m.end));

describe('finding', () => {
  it('ignores case unless asked, in any script', () => {
    expect(found('Jakarta, JAKARTA dan jakarta', 'jakarta')).toEqual(['Jakarta', 'JAKARTA', 'jakarta']);
    expect(found('Jakarta, JAKARTA dan jakarta', 'jakarta', { matchCase: true })).toEqual(['jakarta']);
    expect(found('ÉLYSÉE et Élysée', 'élysée')).toEqual(['ÉLYSÉE', 'Élysée']);
  });

  it('takes a plain query literally, regular-expression characters and all', () => {
    expect(found('Rp1.000 (kira-kira) atau Rp1x000 [a-z] $5 a|b', 'Rp1.000')).toEqual(['Rp1.000']);
    expect(found('Rp1.000 (kira-kira) atau [a-z] $5 a|b c/d', '(kira-kira)')).toEqual(['(kira-kira)']);
    for (const q of ['[a-z]', '$5', 'a|b', 'c/d', '\\', '^', '{2}']) expect(found(`x [a-z] $5 a|b c/d \\ ^ {2}`, q)).toEqual([q]);
  });

  it('matches whole words by letters of any script, so affixed forms are other words', () => {
    const text = 'Ia berkata, dikatakannya kata demi kata; sekolah-sekolah dan kata_kunci, Kata.';
    expect(found(text, 'kata', { wholeWord: true })).toEqual(['kata', 'kata', 'Kata']);
    expect(found(text, 'sekolah', { wholeWord: true })).toEqual(['sekolah', 'sekolah']);
    expect(found('café cafés', 'café', { wholeWord: true })).toEqual(['café']);
  });

  it('runs a regular expression, skips empty matches and explains a broken one', () => {
    expect(found('Rp1.000, Rp25.000 dan Rp3', 'Rp[\\d.]+', { regex: true })).toEqual(['Rp1.000', 'Rp25.000', 'Rp3']);
    expect(found('aaa', 'b*', { regex: true })).toEqual([]);
    const broken = compileFind(options('(unclosed', { regex: true }));
    expect(broken).toMatchObject({ ok: false });
    expect(broken && !broken.ok && broken.error).toMatch(/^Not a valid regular expression: .*group/i);
    expect(compileFind(options(''))).toBeNull();
  });
});

describe('replacing', () => {
  it('takes a literal replacement as typed, dollar signs included', () => {
    const find = compiled('harga');
    expect(replaceAllInText('harga naik, Harga turun', find, '$1 & $&')).toEqual({ text: '$1 & $& naik, $1 & $& turun', count: 2 });
  });

  it('expands a regular expression’s groups, numbered and named, for each match in its context', () => {
    const text = 'Tanggal 2025-07-04 dan 2024-12-31.';
    const find = compiled('(?<y>\\d{4})-(\\d{2})-(\\d{2})', { regex: true });
    expect(replaceAllInText(text, find, '$3/$2/$<y>').text).toBe('Tanggal 04/07/2025 dan 31/12/2024.');
    // A look-behind sees the text before the match, as it did when finding.
    const behind = compiled('(?<=Rp)\\d+', { regex: true });
    const source = 'Rp100 dan 200';
    const [match] = findInText(source, behind);
    expect(replacementFor(source, match!, '[$&]', behind)).toBe('[100]');
  });

  it('counts and replaces nothing when nothing matches', () => {
    expect(replaceAllInText('tidak ada', compiled('zzz'), 'x')).toEqual({ text: 'tidak ada', count: 0 });
  });
});
