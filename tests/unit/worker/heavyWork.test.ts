// Heavy work (parsing imports and pastes, zipping exports) runs in a worker thread, so the thread
// that answers every window's calls keeps answering; a job that runs away is stopped on its own.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { startHeavyWork, type HeavyWork } from '../../../electron/worker/heavyWork';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService | null = null;
let heavy: HeavyWork | null = null;
afterEach(async () => {
  await service?.close();
  await heavy?.close();
  service = null;
  heavy = null;
});

describe('the worker for heavy work', () => {
  it('answers other calls while a big import is being parsed', { timeout: 60_000 }, async () => {
    service = await openTestService();
    const order: string[] = [];
    const importing = service
      .dispatch('articles:import', { data: strToU8(`${'<div>'.repeat(1_000_000)}AKHIR`), format: 'html' })
      .then((result) => {
        order.push('import');
        return result;
      });
    // Had the parse run on this thread, these calls would wait until it finished.
    for (let i = 0; i < 3; i++) {
      const listed = await service.dispatch('articles:list', {});
      expect(listed.ok).toBe(true);
      order.push('list');
    }
    expect((await importing).ok).toBe(true);
    expect(order).toEqual(['list', 'list', 'list', 'import']);
  });

  it("makes an imported article's live document in the worker too: the serving thread never stalls", { timeout: 120_000 }, async () => {
    service = await openTestService();
    // Quick to parse, slow to turn into a document: 20,000 paragraphs through a headless editor.
    const text = `Judul panjang\n\n${Array.from({ length: 20_000 }, (_, i) => `Paragraf ${i} berisi beberapa kata.`).join('\n\n')}`;
    let longestStall = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - last);
      last = now;
    }, 10);
    const imported = await service.dispatch('articles:import', { data: strToU8(text), format: 'text' });
    clearInterval(ticker);
    // A stall that ended just now has not been seen by a tick yet (the import's answer runs first).
    longestStall = Math.max(longestStall, performance.now() - last);
    expect(imported.ok).toBe(true);
    const article = (imported as { value: { article: { body: { root: { children: unknown[] } } } } }).value.article;
    expect(article.body.root.children.length).toBeGreaterThanOrEqual(20_000);
    // Built on this thread, the document held it for 4 s of the import's 9 s here; in the worker the
    // longest stall is ~0.2 s (storing the result). The bound leaves room for a loaded machine.
    expect(longestStall).toBeLessThan(1500);
  });

  it('stops a job that runs past its time with a clear message, and the next job gets a fresh worker', { timeout: 60_000 }, async () => {
    heavy = startHeavyWork({ timeoutMs: 500 });
    await expect(heavy.run('importDraft', 'markdown', strToU8(`${'*'.repeat(5 * 1024 * 1024)}x`))).rejects.toThrow(
      /took longer than 0.5 s to process and was stopped\. Nothing was changed\./,
    );
    const small = await heavy.run('importDraft', 'text', strToU8('Judul\n\nIsi singkat.'));
    expect(small.headline).toBe('Judul');
  });

  it('zips an export in the worker', async () => {
    heavy = startHeavyWork();
    const zip = await heavy.run('zip', [
      { name: 'a.html', data: strToU8('<p>a</p>'), stored: false },
      { name: 'images/a.jpg', data: new Uint8Array([1, 2, 3]), stored: true },
    ]);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['a.html', 'images/a.jpg']);
  });
});

describe('export to a file chosen in the save dialog (the desktop app)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-save-'));
  afterEach(() => rmSync(join(dir, 'artikel.zip'), { force: true }));

  it('is written on the main side, whole, where the person chose; a cancelled dialog writes nothing', async () => {
    let answer: string | null = join(dir, 'artikel.zip');
    const asked: string[] = [];
    service = await openTestService({
      chooseExportFile: async (suggested) => {
        asked.push(suggested);
        return answer;
      },
    });
    const article = service.articles.create({ headline: 'Disimpan di disk' });
    const saved = await service.dispatch('publish:exportToFile', { articleId: article.id, format: 'html', images: 'files' });
    expect(saved).toMatchObject({ ok: true, value: { saved: true, fileName: join(dir, 'artikel.zip') } });
    expect(asked).toEqual([`${article.slug}.zip`]);
    expect(Object.keys(unzipSync(readFileSync(join(dir, 'artikel.zip'))))).toEqual([`${article.slug}.html`]);
    expect(readdirSync(dir)).toEqual(['artikel.zip']);

    rmSync(join(dir, 'artikel.zip'));
    answer = null;
    const cancelled = await service.dispatch('publish:exportToFile', { articleId: article.id, format: 'html', images: 'files' });
    expect(cancelled).toMatchObject({ ok: true, value: { saved: false } });
    expect(existsSync(join(dir, 'artikel.zip'))).toBe(false);
  });

  it('browser mode has no save dialog: the channel says so, and the page downloads instead', async () => {
    service = await openTestService();
    const article = service.articles.create({ headline: 'Unduh' });
    const result = await service.dispatch('publish:exportToFile', { articleId: article.id, format: 'html', images: 'files' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});
