import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimChecklistItems } from '../../../shared/checklist/claimChecks';
import type { Claim } from '../../../shared/claims/claimSchema';
import { claimReviewJsonLd, renderFactCheckReport } from '../../../shared/claims/factCheckReport';
import { findScale } from '../../../shared/claims/verdictScales';
import { bodyOf, paragraph, text } from '../../fixtures/bodies';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
beforeEach(async () => {
  service = await openTestService();
});
afterEach(() => service.close());

function claimMark(id: string, words: string) {
  return { type: 'claim-mark', version: 1, ids: [id], direction: null, format: '', indent: 0, children: [text(words)] };
}

async function articleWithClaim() {
  // Through the contract, as the app does it: the records and the body go into the article's document.
  const article = service.articles.create({ headline: 'Korea Utara <script>alert(1)</script>' });
  const created = await service.dispatch('claims:create', { articleId: article.id, quote: 'lebih dari 6.000 insinyur' });
  const claim = (created as { value: Claim }).value;
  const body = bodyOf(
    paragraph(text('Pengiriman ini mencakup '), claimMark(claim.id, 'lebih dari 6.000 insinyur'), text(', menurut NIS.')),
  );
  const { headline, dek, byline, language, timeZone, publishAt, hero, revision } = service.articles.get(article.id);
  await service.dispatch('articles:save', {
    id: article.id,
    baseRevision: revision,
    kind: 'auto',
    fields: { headline, dek, byline, language, timeZone, publishAt, hero, body },
  });
  return { article: service.articles.get(article.id), claim };
}

describe('claim records', () => {
  it('keep verdict, sources, comments and sign-off; sign-off records the saved revision and text', async () => {
    const { article, claim } = await articleWithClaim();
    await service.dispatch('claims:update', {
      id: claim.id,
      patch: {
        verdict: 'false',
        conclusion: 'NIS said 3,000.',
        sources: [
          {
            url: 'javascript:alert(1)',
            title: 'Evil <b>',
            publisher: '',
            accessed: '',
            archiveUrl: '',
            excerpt: '',
            primary: true,
            independent: true,
          },
        ],
      },
    });
    await service.dispatch('claims:comment', { id: claim.id, author: 'Dewi', text: 'Cek ulang angka.' });
    const signed = await service.dispatch('claims:signOff', { id: claim.id, by: 'Dewi' });
    expect(signed).toMatchObject({
      ok: true,
      value: { signOff: { by: 'Dewi', revision: article.revision, text: 'lebih dari 6.000 insinyur' }, comments: [{ author: 'Dewi' }] },
    });
    expect(await service.dispatch('claims:update', { id: claim.id, patch: { verdict: 'x'.repeat(100) } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('the report lists each claim in context with its verdict and linked sources, escaping everything', async () => {
    const { article, claim } = await articleWithClaim();
    service.claims.update(claim.id, {
      verdict: 'mostly-true',
      conclusion: 'Roughly right.',
      sources: [
        {
          url: 'https://en.yna.co.kr/view/1',
          title: 'Yonhap',
          publisher: 'Yonhap',
          accessed: '2025-07-04',
          archiveUrl: '',
          excerpt: '',
          primary: false,
          independent: true,
        },
        {
          url: 'javascript:alert(1)',
          title: '<img src=x onerror=alert(1)>',
          publisher: '',
          accessed: '',
          archiveUrl: '',
          excerpt: '',
          primary: true,
          independent: false,
        },
      ],
    });
    const html = renderFactCheckReport(article, service.claims.list(article.id), findScale('default'));
    expect(html).toContain('Pengiriman ini mencakup <mark>lebih dari 6.000 insinyur</mark>, menurut NIS.');
    // In the article's language: an Indonesian article's report is in Indonesian.
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<h1>Laporan cek fakta: Korea Utara &lt;script&gt;');
    expect(html).toContain('Sebagian besar benar');
    expect(html).toContain('<dt>Penilaian</dt>');
    expect(html).toContain('<a href="https://en.yna.co.kr/view/1">Yonhap</a>');
    expect(html).toContain('1 dari 1 klaim sudah dicek · skala penilaian: Bawaan Redaksi');
    expect(html).not.toMatch(/Verdict|Sources|claims checked/);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the report says so when a claim’s text was cut', () => {
    const article = service.articles.create({ headline: 'H' });
    service.claims.create(article.id, 'kutipan yang dihapus');
    const html = renderFactCheckReport(service.articles.get(article.id), service.claims.list(article.id), findScale('default'));
    expect(html).toContain('<mark>kutipan yang dihapus</mark> <em>(tidak lagi ada di teks)</em>');
  });

  it('an English article’s report is in English; a published scale keeps its own verdicts', () => {
    const article = service.articles.create({ headline: 'Rice prices', language: 'en' });
    const claim = service.claims.create(article.id, 'prices rose 12 percent', { kind: 'statistic' });
    service.claims.update(claim.id, { verdict: 'mostly-true' });
    const html = renderFactCheckReport(service.articles.get(article.id), service.claims.list(article.id), findScale('default'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Fact-check report: Rice prices</h1>');
    expect(html).toContain('1 of 1 claim checked · verdict scale: Redaksi default');
    expect(html).toContain('<dt>Verdict</dt><dd class="verdict verdict-true">Mostly true</dd>');
    expect(html).toContain('<dt>Kind</dt><dd>statistic</dd>');
    expect(html).toContain('<em>(no longer in the text)</em>');
    service.claims.update(claim.id, { verdict: 'pants-on-fire' });
    const rated = renderFactCheckReport(service.articles.get(article.id), service.claims.list(article.id), findScale('politifact'));
    expect(rated).toContain('Pants on Fire');
  });

  it('ClaimReview for a fact-check article has the required fields', async () => {
    const created = await service.dispatch('articles:create', { templateId: 'fact-check', headline: 'Cek fakta' });
    const id = (created as { value: { id: string } }).value.id;
    const claim = service.claims.create(id, 'Vaksin mengandung chip', { claimant: 'Akun media sosial' });
    service.claims.update(claim.id, { verdict: 'false' });
    const jsonLd = claimReviewJsonLd({
      article: service.articles.get(id),
      claim: service.claims.get(claim.id),
      scale: findScale('default'),
      url: 'https://example.id/cek',
      organization: 'Redaksi',
    });
    expect(jsonLd).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Vaksin mengandung chip',
      url: 'https://example.id/cek',
      reviewRating: { alternateName: 'False' },
      author: { name: 'Redaksi' },
      itemReviewed: { '@type': 'Claim', author: { name: 'Akun media sosial' } },
    });
    const report = await service.dispatch('claims:report', { articleId: id });
    expect((report as { value: { html: string } }).value.html).toContain('"@type":"ClaimReview"');
  });

  it('the checklist names unchecked, false and unsigned claims and vague attribution', async () => {
    const { article, claim } = await articleWithClaim();
    const scale = findScale('default');
    const body = bodyOf(
      paragraph(claimMark(claim.id, 'lebih dari 6.000 insinyur')),
      paragraph(text('Menurut para analis, ini strategis.')),
    );
    const before = claimChecklistItems(body, service.claims.list(article.id), scale, 'id').map((i) => i.message);
    expect(before).toEqual([
      '1 claim is not checked yet',
      'Vague attribution: “Menurut para analis, ini strategis.”',
      'No fact-check sign-off on 1 of 1 claim',
    ]);
    service.claims.update(claim.id, { verdict: 'misleading' });
    const after = claimChecklistItems(body, service.claims.list(article.id), scale, 'id').map((i) => i.message);
    expect(after[0]).toBe('Claim rated Misleading: “lebih dari 6.000 insinyur”');
  });
});
