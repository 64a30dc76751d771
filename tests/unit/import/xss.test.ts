// Hostile input through HTML import and export: no script, no event handler, no script URL survives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFrom } from '../../fixtures/importedArticle';
import { importHtml } from '../../../shared/import/importHtml';
import { renderDocument } from '../../../shared/publish/renderDocument';

const VECTORS = readFileSync(join(__dirname, '..', '..', 'fixtures', 'xss', 'vectors.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);
const noImages = { resolveImage: () => null };

function exported(html: string): string {
  const imported = importHtml(html);
  return renderDocument(articleFrom(imported, { headline: imported.headline || 'Judul', hero: null }), noImages);
}

describe('XSS corpus through import and export', () => {
  it(`has a corpus worth the name (${VECTORS.length} vectors)`, () => {
    expect(VECTORS.length).toBeGreaterThan(50);
  });

  for (const [index, vector] of VECTORS.entries()) {
    it(`vector ${index + 1}: ${vector.slice(0, 60)}`, () => {
      const html = exported(vector);
      const body = html.slice(html.indexOf('<body>'));
      expect(body).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<style|<link|<meta|<base|<form|<input/i);
      expect(body).not.toMatch(/\son\w+\s*=/i);
      expect(html).not.toMatch(/javascript:|vbscript:|data:text\/html/i);
    });
  }
});
