// A refusal from the main side comes with its phrase: the CLI and logs keep the English message, and
// the interface says the same refusal in its language (an Indonesian desk reads Indonesian), details
// from elsewhere (a file's name, a library's reason) kept inside it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContractError, Result } from '../../../shared/contract/errors';
import { ERROR_MESSAGES, errorPhraseSchema } from '../../../shared/contract/errorMessages';
import { sayPhrase as sayShared } from '../../../shared/text/phrases';
import { i18n } from '../../../renderer/i18n/i18n';
import { sayImportNote, sayPhrase } from '../../../renderer/i18n/sayPhrase';
import type { ImportNote } from '../../../shared/import/importMessages';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
beforeEach(async () => {
  service = await openTestService();
});
afterEach(async () => {
  await i18n.changeLanguage('en');
  await service.close();
});

function refusal(result: Result<unknown>): ContractError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** What the interface shows for a refusal, in a language. */
async function shown(error: ContractError, language: 'en' | 'id'): Promise<string> {
  await i18n.changeLanguage(language);
  return sayPhrase('error', errorPhraseSchema.parse(error.text));
}

describe('refusals said in the interface’s language', () => {
  it('an unknown article: English for the CLI, Indonesian for an Indonesian interface', async () => {
    const error = refusal(await service.dispatch('articles:get', { ref: 'tidak-ada' }));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('No article with id or slug "tidak-ada".');
    expect(await shown(error, 'en')).toBe(error.message);
    expect(await shown(error, 'id')).toBe('Tidak ada artikel dengan id atau slug "tidak-ada".');
  });

  it('a file that is not an image names the file in both languages', async () => {
    const data = new TextEncoder().encode('this is a text file pretending to be a photo');
    const error = refusal(await service.dispatch('assets:import', { name: 'foto.jpg', data }));
    expect(error.message).toMatch(/^foto\.jpg is not an image/);
    expect(await shown(error, 'id')).toMatch(/^foto\.jpg bukan gambar/);
    const unnamed = refusal(await service.dispatch('assets:import', { name: '', data }));
    expect(await shown(unnamed, 'id')).toMatch(/^Berkas itu bukan gambar/);
  });

  it('a refusal made in the worker (a broken Word file) keeps its phrase on the way back', async () => {
    const data = new TextEncoder().encode('PK not really a zip');
    const error = refusal(await service.dispatch('articles:import', { data, format: 'docx' }));
    expect(error.code).toBe('invalid_input');
    expect(errorPhraseSchema.parse(error.text).key).toBe('wordUnreadable');
    expect(await shown(error, 'id')).toMatch(/^Ini bukan dokumen Word yang bisa dibaca Redaksi \(.+\)\.$/);
  });

  it('a status named inside a refusal is said in the language too', async () => {
    const created = await service.dispatch('articles:create', { headline: 'Judul' });
    if (!created.ok) throw new Error(created.error.message);
    const error = refusal(
      await service.dispatch('articles:setStatus', { id: (created.value as { id: string }).id, from: 'draft', to: 'published' }),
    );
    expect(error.code).toBe('invalid_transition');
    expect(error.message).toBe('An article cannot go from Draft to Published.');
    expect(await shown(error, 'id')).toBe('Artikel tidak bisa berpindah dari Draf ke Terbit.');
  });

  it('input the contract refuses: the checks’ own words, in English for the CLI and in Indonesian for the window', async () => {
    const error = refusal(await service.dispatch('articles:create', { headline: 'x'.repeat(600), extra: 1 }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Invalid input for articles:create: .*headline: Too big: expected string to have <=\d+ characters/);
    expect(await shown(error, 'en')).toBe(error.message);
    const indonesian = await shown(error, 'id');
    expect(indonesian).toMatch(
      /^Masukan untuk articles:create tidak sah: .*headline: Terlalu besar: diharapkan string memiliki <=\d+ karakter/,
    );
    expect(indonesian).not.toMatch(/Too big|Invalid input|Unrecognized/);
  });

  it('a picture inside an imported file that the asset store refuses: the reason said in the window’s language too', async () => {
    const fake = Buffer.from('bukan gambar sama sekali').toString('base64');
    const result = await service.dispatch('articles:import', {
      data: new TextEncoder().encode(`<h1>Judul</h1><p>Teks.</p><img src="data:image/png;base64,${fake}" alt="Foto">`),
      format: 'html',
    });
    if (!result.ok) throw new Error(result.error.message);
    const note = (result.value as { report: ImportNote[] }).report.find((n) => n.text.key === 'pictureRefused')!;
    expect(note.message).toMatch(/is not an image/);
    await i18n.changeLanguage('id');
    expect(sayImportNote(note)).toMatch(/^gambar ".+" di dalam berkas tidak dipakai \(.+ bukan gambar/);
    expect(sayImportNote(note)).not.toMatch(/is not an image/);
  });

  it('the English of every phrase is its message, and a phrase from outside the table is refused', () => {
    expect(sayShared({ key: 'suggestionsPending', values: { count: 2 } }, ERROR_MESSAGES)).toBe(
      '2 suggestions are still pending: accept or reject them before publishing.',
    );
    expect(errorPhraseSchema.safeParse({ key: 'notAKey' }).success).toBe(false);
    expect(errorPhraseSchema.safeParse({ key: 'noBackup', values: { name: 'x'.repeat(5000) } }).success).toBe(false);
  });
});
