// The fact-check report: every claim with its text in context, verdict, conclusion, sources and
// who checked it, as a standalone HTML document made from the saved data, in the article's language
// (Indonesian or English: its labels, Redaksi's own verdicts, the kinds). Everything is escaped;
// links are kept only for http(s) addresses.
import type { Article } from '../contract/channels';
import { REPORT_STYLESHEET } from '../publish/stylesheets';
import { escapeHtml } from '../publish/escapeHtml';
import type { Claim } from './claimSchema';
import { claimContexts } from './claimContext';
import { findVerdict, type VerdictScale } from './verdictScales';
import { CLAIM_WORDS, scaleIn, verdictIn } from './claimWords';
import { isIndonesian } from '../text/language';

/** The report's own words, in both languages. */
const REPORT_WORDS = {
  en: {
    title: (headline: string) => `Fact-check report: ${headline}`,
    untitled: 'Untitled',
    counted: (checked: number, total: number, scale: string) =>
      `${checked} of ${total} ${total === 1 ? 'claim' : 'claims'} checked · verdict scale: ${scale}`,
    none: 'No claims have been marked.',
    claim: (n: number) => `Claim ${n}`,
    gone: '(no longer in the text)',
    untitledSource: 'Untitled source',
    accessed: (date: string) => `accessed ${date}`,
    primary: 'primary',
    secondary: 'secondary',
    independent: 'independent',
    notIndependent: 'not independent',
    archived: 'archived',
    signedOff: (by: string, date: string, revision: number) => `Signed off by ${by} on ${date} (revision ${revision})`,
    assigned: (who: string) => `Assigned to ${who}; not signed off`,
    notSigned: 'Not signed off',
    verdict: 'Verdict',
    conclusion: 'Conclusion',
    kind: 'Kind',
    claimant: 'Claimant',
    attribution: 'Attribution',
    checkedBy: 'Checked by',
    sources: 'Sources',
    noSources: 'No sources recorded.',
  },
  id: {
    title: (headline: string) => `Laporan cek fakta: ${headline}`,
    untitled: 'Tanpa judul',
    counted: (checked: number, total: number, scale: string) => `${checked} dari ${total} klaim sudah dicek · skala penilaian: ${scale}`,
    none: 'Belum ada klaim yang ditandai.',
    claim: (n: number) => `Klaim ${n}`,
    gone: '(tidak lagi ada di teks)',
    untitledSource: 'Sumber tanpa judul',
    accessed: (date: string) => `diakses ${date}`,
    primary: 'primer',
    secondary: 'sekunder',
    independent: 'independen',
    notIndependent: 'tidak independen',
    archived: 'arsip',
    signedOff: (by: string, date: string, revision: number) => `Disetujui oleh ${by} pada ${date} (revisi ${revision})`,
    assigned: (who: string) => `Ditugaskan kepada ${who}; belum disetujui`,
    notSigned: 'Belum disetujui',
    verdict: 'Penilaian',
    conclusion: 'Kesimpulan',
    kind: 'Jenis',
    claimant: 'Pembuat klaim',
    attribution: 'Atribusi',
    checkedBy: 'Dicek oleh',
    sources: 'Sumber',
    noSources: 'Tidak ada sumber yang dicatat.',
  },
};

function safeHttpUrl(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function trimContext(text: string, side: 'before' | 'after'): string {
  const limit = 160;
  if (text.length <= limit) return text;
  return side === 'before' ? `…${text.slice(-limit)}` : `${text.slice(0, limit)}…`;
}

export interface ClaimReviewInput {
  article: Pick<Article, 'headline' | 'byline' | 'publishAt' | 'slug'>;
  claim: Claim;
  scale: VerdictScale;
  /** The published page's address. */
  url: string;
  organization: string;
}

/** schema.org ClaimReview for a fact-check article (one per page). */
export function claimReviewJsonLd({ article, claim, scale, url, organization }: ClaimReviewInput): Record<string, unknown> {
  const verdict = findVerdict(scale, claim.verdict);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.quote,
    ...(article.publishAt ? { datePublished: article.publishAt } : {}),
    author: { '@type': 'Organization', name: organization },
    reviewRating: { '@type': 'Rating', alternateName: scale.conclusionOnly ? claim.conclusion : verdict.label },
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant ? { author: { '@type': 'Person', name: claim.claimant } } : {}),
      ...(claim.attribution.original ? { appearance: { '@type': 'CreativeWork', name: claim.attribution.original } } : {}),
    },
  };
}

export function renderFactCheckReport(
  article: Article,
  claims: readonly Claim[],
  scale: VerdictScale,
  jsonLd: Record<string, unknown> | null = null,
): string {
  const language = isIndonesian(article.language) ? 'id' : 'en';
  const say = REPORT_WORDS[language];
  const words = CLAIM_WORDS[language];
  const contexts = claimContexts(article.body);
  const checked = claims.filter((c) => findVerdict(scale, c.verdict).checked).length;
  const items = claims.map((claim, index) => {
    const context = contexts.get(claim.id);
    const verdict = findVerdict(scale, claim.verdict);
    const inText = context
      ? `${escapeHtml(trimContext(context.before, 'before'))}<mark>${escapeHtml(context.marked)}</mark>${escapeHtml(trimContext(context.after, 'after'))}`
      : `<mark>${escapeHtml(claim.quote)}</mark> <em>${say.gone}</em>`;
    const sources = claim.sources.map((s) => {
      const href = safeHttpUrl(s.url);
      const title = escapeHtml(s.title || s.url || say.untitledSource);
      const name = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
      const archive = safeHttpUrl(s.archiveUrl);
      const facts = [
        s.publisher,
        s.accessed ? say.accessed(s.accessed) : '',
        s.primary ? say.primary : say.secondary,
        s.independent ? say.independent : say.notIndependent,
      ]
        .filter(Boolean)
        .map(escapeHtml)
        .join(' · ');
      return `<li>${name}${facts ? ` — ${facts}` : ''}${archive ? ` (<a href="${escapeHtml(archive)}">${say.archived}</a>)` : ''}${s.excerpt ? `<blockquote>${escapeHtml(s.excerpt)}</blockquote>` : ''}</li>`;
    });
    const checkedBy = claim.signOff
      ? escapeHtml(say.signedOff(claim.signOff.by, claim.signOff.at.slice(0, 10), claim.signOff.revision))
      : claim.assignee
        ? escapeHtml(say.assigned(claim.assignee))
        : say.notSigned;
    return `<section class="claim">
<h2>${say.claim(index + 1)}${claim.summary ? `: ${escapeHtml(claim.summary)}` : ''}</h2>
<p class="context">${inText}</p>
<dl>
<dt>${say.verdict}</dt><dd class="verdict verdict-${verdict.tone}">${escapeHtml(scale.conclusionOnly ? say.conclusion : verdictIn(words, scale, verdict))}</dd>
<dt>${say.conclusion}</dt><dd>${escapeHtml(claim.conclusion || '—')}</dd>
<dt>${say.kind}</dt><dd>${escapeHtml(words.claimKind[claim.kind])}</dd>
<dt>${say.claimant}</dt><dd>${escapeHtml(claim.claimant || '—')}</dd>
<dt>${say.attribution}</dt><dd>${escapeHtml([claim.attribution.original, claim.attribution.confirming, claim.attribution.outlet].filter(Boolean).join(' → ') || '—')} (${escapeHtml(words.attribution[claim.attributionQuality])})</dd>
<dt>${say.checkedBy}</dt><dd>${checkedBy}</dd>
</dl>
<h3>${say.sources}</h3>
${sources.length ? `<ol class="sources">${sources.join('')}</ol>` : `<p>${say.noSources}</p>`}
</section>`;
  });
  const title = say.title(article.headline || say.untitled);
  return `<!doctype html>
<html lang="${escapeHtml(article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${jsonLd ? `<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>\n` : ''}<style>${REPORT_STYLESHEET}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(say.counted(checked, claims.length, scaleIn(words, scale)))}</p>
${items.join('\n') || `<p>${say.none}</p>`}
</body>
</html>
`;
}
