// The fact-check report: every claim with its text in context, verdict, conclusion, sources and
// who checked it, as a standalone HTML document made from the saved data. Everything is escaped;
// links are kept only for http(s) addresses.
import type { Article } from '../contract/channels';
import { REPORT_STYLESHEET } from '../publish/stylesheets';
import { escapeHtml } from '../publish/escapeHtml';
import type { Claim } from './claimSchema';
import { claimContexts } from './claimContext';
import { findVerdict, type VerdictScale } from './verdictScales';

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
  const contexts = claimContexts(article.body);
  const checked = claims.filter((c) => findVerdict(scale, c.verdict).checked).length;
  const items = claims.map((claim, index) => {
    const context = contexts.get(claim.id);
    const verdict = findVerdict(scale, claim.verdict);
    const inText = context
      ? `${escapeHtml(trimContext(context.before, 'before'))}<mark>${escapeHtml(context.marked)}</mark>${escapeHtml(trimContext(context.after, 'after'))}`
      : `<mark>${escapeHtml(claim.quote)}</mark> <em>(no longer in the text)</em>`;
    const sources = claim.sources.map((s) => {
      const href = safeHttpUrl(s.url);
      const title = escapeHtml(s.title || s.url || 'Untitled source');
      const name = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
      const archive = safeHttpUrl(s.archiveUrl);
      const facts = [
        s.publisher,
        s.accessed ? `accessed ${s.accessed}` : '',
        s.primary ? 'primary' : 'secondary',
        s.independent ? 'independent' : 'not independent',
      ]
        .filter(Boolean)
        .map(escapeHtml)
        .join(' · ');
      return `<li>${name}${facts ? ` — ${facts}` : ''}${archive ? ` (<a href="${escapeHtml(archive)}">archived</a>)` : ''}${s.excerpt ? `<blockquote>${escapeHtml(s.excerpt)}</blockquote>` : ''}</li>`;
    });
    const checkedBy = claim.signOff
      ? `Signed off by ${escapeHtml(claim.signOff.by)} on ${escapeHtml(claim.signOff.at.slice(0, 10))} (revision ${claim.signOff.revision})`
      : claim.assignee
        ? `Assigned to ${escapeHtml(claim.assignee)}; not signed off`
        : 'Not signed off';
    return `<section class="claim">
<h2>Claim ${index + 1}${claim.summary ? `: ${escapeHtml(claim.summary)}` : ''}</h2>
<p class="context">${inText}</p>
<dl>
<dt>Verdict</dt><dd class="verdict verdict-${verdict.tone}">${escapeHtml(scale.conclusionOnly ? 'Conclusion' : verdict.label)}</dd>
<dt>Conclusion</dt><dd>${escapeHtml(claim.conclusion || '—')}</dd>
<dt>Kind</dt><dd>${escapeHtml(claim.kind)}</dd>
<dt>Claimant</dt><dd>${escapeHtml(claim.claimant || '—')}</dd>
<dt>Attribution</dt><dd>${escapeHtml([claim.attribution.original, claim.attribution.confirming, claim.attribution.outlet].filter(Boolean).join(' → ') || '—')} (${escapeHtml(claim.attributionQuality)})</dd>
<dt>Checked by</dt><dd>${checkedBy}</dd>
</dl>
<h3>Sources</h3>
${sources.length ? `<ol class="sources">${sources.join('')}</ol>` : '<p>No sources recorded.</p>'}
</section>`;
  });
  const title = `Fact-check report: ${article.headline || 'Untitled'}`;
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
<p>${checked} of ${claims.length} claims checked · verdict scale: ${escapeHtml(scale.name)}</p>
${items.join('\n') || '<p>No claims have been marked.</p>'}
</body>
</html>
`;
}
