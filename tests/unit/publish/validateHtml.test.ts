// The W3C Nu validator (vnu-jar, on Java) must find zero errors in what Redaksi publishes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import vnu from 'vnu-jar';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFactCheckReport } from '../../../shared/claims/factCheckReport';
import { findScale } from '../../../shared/claims/verdictScales';
import { renderDocument } from '../../../shared/publish/renderDocument';
import { openTestService } from '../../fixtures/testService';
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

const dir = mkdtempSync(join(tmpdir(), 'redaksi-vnu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(files: string[]): Array<{ type: string; message: string; url: string }> {
  let output: string;
  try {
    output = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // vnu exits non-zero when it finds errors and prints its report on stderr.
    output = (error as { stderr?: string }).stderr ?? '';
  }
  const report = JSON.parse(output || '{"messages":[]}') as { messages: Array<{ type: string; message: string; url: string }> };
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

describe('W3C Nu validator', () => {
  it('finds no errors in the exported sample article or its fact-check report', { timeout: 60_000 }, async () => {
    const service = await openTestService();
    const imported = await service.dispatch('articles:import', {
      data: readFileSync(join(__dirname, '..', '..', 'fixtures', 'explainer-id.txt')),
      format: 'text',
      templateId: 'explainer',
    });
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    const article = (imported as { value: { article: { id: string } } }).value.article;
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: 'gray' } })
      .jpeg()
      .toBuffer();
    const { asset } = await service.assets.import('hero.jpg', photo);
    const full = service.articles.get(article.id);
    service.articles.save({
      id: full.id,
      baseRevision: full.revision,
      kind: 'auto',
      fields: {
        ...full,
        dek: 'Motif strategis di baliknya',
        byline: 'Redaksi',
        hero: { ...full.hero!, assetId: asset.id, alt: 'Tentara Korea Utara', caption: 'Parade', credit: 'DW' },
      } as never,
    });
    const claim = service.claims.create(article.id, 'lebih dari 6.000 insinyur');
    service.claims.update(claim.id, {
      verdict: 'true',
      sources: [
        {
          url: 'https://www.nis.go.kr/',
          title: 'NIS',
          publisher: 'NIS',
          accessed: '2025-07-04',
          archiveUrl: '',
          excerpt: 'x',
          primary: true,
          independent: true,
        },
      ],
    });
    const saved = service.articles.get(article.id);
    const ctx = {
      resolveImage: () => ({ src: 'images/hero.jpg', width: 1600, height: 900, webp: [{ src: 'images/hero-480.webp', width: 480 }] }),
    };
    const page = join(dir, 'sample.html');
    const report = join(dir, 'report.html');
    writeFileSync(page, renderDocument(saved, ctx, { canonicalUrl: 'https://example.id/mengapa-korea-utara' }));
    writeFileSync(report, renderFactCheckReport(saved, service.claims.list(article.id), findScale('default')));
    await service.close();
    expect(validate([page, report])).toEqual([]);
  });

  it('finds no errors in any golden fixture article, each as a page', { timeout: 60_000 }, () => {
    const golden = join(__dirname, '..', '..', 'fixtures', 'publish');
    const pages = readdirSync(golden)
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const file = join(dir, `golden-${f}`);
        writeFileSync(
          file,
          `<!doctype html>\n<html lang="id">\n<head><meta charset="utf-8"><title>${f}</title></head>\n<body><main><article>\n${readFileSync(join(golden, f), 'utf8')}</article></main></body>\n</html>\n`,
        );
        return file;
      });
    expect(pages.length).toBeGreaterThan(5);
    expect(validate(pages)).toEqual([]);
  });

  it(
    'an imported post whose h3 follows the title (and h4 an h2) exports with a valid outline, in HTML and Markdown',
    { timeout: 60_000 },
    async () => {
      const service = await openTestService();
      try {
        const html =
          '<h1>Judul</h1><h3>Anak judul</h3><p>Isi pertama.</p><h4>Lebih dalam</h4><p>Isi kedua.</p><h2>Bagian</h2><h4>Lompat</h4><p>Isi ketiga.</p>';
        const imported = await service.dispatch('articles:import', { data: new TextEncoder().encode(html), format: 'html' });
        if (!imported.ok) throw new Error(imported.error.message);
        const { article } = imported.value as { article: { id: string } };
        const files = async (format: 'html' | 'md') => {
          const result = await service.dispatch('publish:export', { articleId: article.id, format, images: 'files' });
          if (!result.ok) throw new Error(result.error.message);
          const unzipped = unzipSync((result.value as { zip: Uint8Array }).zip);
          return strFromU8(Object.values(unzipped)[0]!);
        };
        const page = await files('html');
        expect([...page.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 2, 3]);
        const file = join(dir, 'outline.html');
        writeFileSync(file, page);
        expect(validate([file])).toEqual([]);
        const md = await files('md');
        expect([...md.matchAll(/^(#+) /gm)].map((m) => m[1]!.length)).toEqual([1, 2, 3, 2, 3]);
      } finally {
        await service.close();
      }
    },
  );
});
