// A page's tags come in with it: Open Graph's article:tag, the keywords meta, and the tag links
// WordPress and Ghost put under a post (which, as a line, are left out of the text as before).
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../shared/import/importHtml';

describe('tags from an imported page', () => {
  it('article:tag, keywords and rel="tag" links, tidied and without duplicates', () => {
    const result = importHtml(
      '<html><head><meta property="article:tag" content="Banjir"><meta property="article:tag" content="Jakarta &amp; sekitarnya">' +
        '<meta name="keywords" content="banjir, BMKG"></head><body><h1>Banjir lagi</h1>' +
        '<p>Air naik setinggi lutut di Kampung Melayu sejak Jumat pagi, kata petugas.</p>' +
        '<p class="tags">Tag: <a href="https://contoh.id/tag/pengungsi/" rel="tag">Pengungsi</a>, <a href="/tag/bmkg/" rel="tag">#BMKG</a></p></body></html>',
    );
    expect(result.tags).toEqual(['Banjir', 'BMKG', 'Jakarta & sekitarnya', 'Pengungsi']);
    expect(JSON.stringify(result.body)).not.toContain('Pengungsi');
  });

  it('a page without any has none', () => {
    expect(importHtml('<p>Tanpa tag.</p>').tags).toEqual([]);
  });
});
