import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySlot, HERO_SPEC } from '../../../shared/editor/imageSlot';
import { formatDateline, renderDocument } from '../../../shared/publish/renderDocument';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
beforeEach(async () => {
  service = await openTestService();
});
afterEach(() => service.close());

const HERO = 'c'.repeat(64);
const ctx = {
  resolveImage: (id: string) =>
    id === HERO ? { src: 'images/hero.jpg', width: 1920, height: 1080, webp: [{ src: 'images/hero-960.webp', width: 960 }] } : null,
};

describe('publication document', () => {
  it('writes the dateline as the newsroom does, with the zone', () => {
    expect(formatDateline('2025-07-04T17:00:00+07:00', 'Asia/Jakarta', 'id')).toBe('4 Juli 2025 17.00 WIB');
    expect(formatDateline('2025-07-04T17:00:00+07:00', 'Asia/Jakarta', 'en')).toBe('4 July 2025 17:00 WIB');
    expect(formatDateline('2025-08-01T09:30:00+08:00', 'Asia/Makassar', 'id')).toBe('1 Agustus 2025 09.30 WITA');
  });

  it('has lang, title, description, canonical, Open Graph, Twitter and NewsArticle with the zone offset', () => {
    const a = service.articles.create({ headline: 'Mengapa Korea Utara <Antusias>?' });
    const claim = service.claims.create(a.id, 'lebih dari 6.000');
    service.claims.update(claim.id, { notes: 'RAHASIA: sumber internal', assignee: 'Dewi' });
    const body = bodyOf(
      paragraph(text('Mencakup '), {
        type: 'claim-mark',
        version: 1,
        ids: [claim.id],
        direction: null,
        format: '',
        indent: 0,
        children: [text('lebih dari 6.000')],
      }),
    );
    service.articles.save({
      id: a.id,
      baseRevision: 1,
      kind: 'auto',
      fields: {
        ...service.articles.get(a.id),
        dek: 'Motif strategis',
        byline: 'Ana, Budi',
        publishAt: '2025-07-04T17:00:00+07:00',
        hero: { ...emptySlot(HERO_SPEC), assetId: HERO, alt: 'Tentara', credit: 'DW' },
        tags: ['Korea Utara', 'Rusia <Perang>', 'korea  utara'],
        body,
      },
    });
    const html = renderDocument(service.articles.get(a.id), ctx, {
      canonicalUrl: 'https://example.id/berita/korea',
      organization: 'Redaksi',
    });
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(html).toContain('<title>Mengapa Korea Utara &lt;Antusias&gt;?</title>');
    expect(html).toContain('<meta name="description" content="Motif strategis">');
    expect(html).toContain('<link rel="canonical" href="https://example.id/berita/korea">');
    expect(html).toContain('<meta property="og:image" content="https://example.id/berita/images/hero.jpg">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('<time datetime="2025-07-04T17:00:00+07:00">4 Juli 2025 17.00 WIB</time>');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2025-07-04T17:00:00+07:00',
      author: [{ name: 'Ana' }, { name: 'Budi' }],
      // The tags as keywords; one that differs only in case and spacing is the same tag.
      keywords: ['Korea Utara', 'Rusia <Perang>'],
    });
    expect(html).toContain(
      '<meta property="article:tag" content="Korea Utara">\n<meta property="article:tag" content="Rusia &lt;Perang&gt;">',
    );
    // No claim data, internal notes or reviewer names in a public page.
    expect(html).not.toMatch(/claim|RAHASIA|Dewi/);
    expect(html).toContain('<p>Mencakup lebih dari 6.000</p>');
  });

  it('carries ClaimReview when given one (fact-check articles)', () => {
    const a = service.articles.create({ headline: 'Cek fakta' });
    const html = renderDocument(service.articles.get(a.id), ctx, {
      claimReview: { '@type': 'ClaimReview', claimReviewed: 'Vaksin </script><script>alert(1)' },
    });
    expect(html).toContain('"@type":"ClaimReview"');
    expect(html).not.toContain('</script><script>alert');
  });
});
