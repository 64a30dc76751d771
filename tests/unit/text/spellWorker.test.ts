// The spelling worker's own answers, on the real engine and the dictionaries the app ships: what
// Indonesian and English know, what they suggest, words added by the person, malformed requests refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spellRequestSchema } from '../../../renderer/spellcheck/spellMessages';

const ROOT = join(__dirname, '..', '..', '..');

beforeAll(() => {
  // The worker fetches its dictionaries from the app's own origin; here, from the repository.
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.startsWith('/@fs/') ? url.slice(4) : join(ROOT, url.replace(/^\//, '').replace(/\?.*$/, ''));
    return new Response(readFileSync(path));
  });
});
afterAll(() => vi.unstubAllGlobals());

describe('the spelling worker', () => {
  it('knows Indonesian affixes and reduplication, and refuses misspellings', async () => {
    const { answer } = await import('../../../renderer/spellcheck/spellWorker');
    const words = ['dikatakannya', 'sekolah-sekolah', 'mempertimbangkan', 'kebijakan', 'kebijkan', 'pemerintha'];
    expect(await answer({ kind: 'check', seq: 1, language: 'id', words })).toEqual({
      kind: 'checked',
      seq: 1,
      unknown: ['kebijkan', 'pemerintha'],
    });
    const suggested = await answer({ kind: 'suggest', seq: 2, language: 'id', word: 'kebijkan' });
    expect(suggested.kind === 'suggested' && suggested.suggestions).toContain('kebijakan');
  });

  it('knows a known word with its clitics (-nya, -ku, -mu, -lah, -kah), not a misspelt or wrongly joined one', async () => {
    const { answer } = await import('../../../renderer/spellcheck/spellWorker');
    // From the first real article: "di Baliknya", "program nuklirnya", "masuknya" — real words the dictionary lacks.
    const known = ['Baliknya', 'nuklirnya', 'masuknya', 'bukuku', 'rumahmu', 'dialah', 'bukunyalah', 'Jakartanya'];
    // A misspelt stem stays a misspelling; "di rumah" and "apa pun" are written apart; "di" takes no -nya.
    const unknown = ['kebijkannya', 'dirumahnya', 'apapun', 'dinya'];
    expect(await answer({ kind: 'check', seq: 6, language: 'id', words: [...known, ...unknown] })).toMatchObject({ unknown });
    // English is English: no Indonesian clitics there.
    expect(await answer({ kind: 'check', seq: 7, language: 'en', words: ['housenya'] })).toMatchObject({ unknown: ['housenya'] });
  });

  it('checks English in English, and knows words once added', async () => {
    const { answer } = await import('../../../renderer/spellcheck/spellWorker');
    expect(await answer({ kind: 'check', seq: 3, language: 'en', words: ['government', 'goverment', 'Kuatbaca'] })).toMatchObject({
      unknown: ['goverment', 'Kuatbaca'],
    });
    await answer({ kind: 'add', seq: 4, language: 'en', words: ['Kuatbaca'] });
    expect(await answer({ kind: 'check', seq: 5, language: 'en', words: ['Kuatbaca'] })).toMatchObject({ unknown: [] });
  });

  it('refuses malformed requests', () => {
    expect(spellRequestSchema.safeParse({ kind: 'check', seq: 1, language: 'fr', words: ['oui'] }).success).toBe(false);
    expect(spellRequestSchema.safeParse({ kind: 'suggest', seq: 1, language: 'id', word: 'x'.repeat(101) }).success).toBe(false);
    expect(spellRequestSchema.safeParse({ kind: 'check', seq: 1, language: 'id', words: 'kata' }).success).toBe(false);
  });
});
