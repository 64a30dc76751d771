// The claim entries of the ready-to-publish checklist: unchecked claims, claims rated false or
// misleading, vague attribution in the text, and claims without a fact-check sign-off.
import { anchoredClaimIds } from '../claims/claimContext';
import type { Claim } from '../claims/claimSchema';
import { detectInBody } from '../claims/detectClaims';
import { findVerdict, type VerdictScale } from '../claims/verdictScales';
import type { SerializedBody } from '../contract/lexicalState';
import type { ChecklistItem } from './readyToPublish';

function quoteOf(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

export function claimChecklistItems(
  body: SerializedBody,
  claims: readonly Claim[],
  scale: VerdictScale,
  language: string,
): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const anchored = anchoredClaimIds(body);
  const live = claims.filter((c) => anchored.has(c.id));
  const unchecked = live.filter((c) => !findVerdict(scale, c.verdict).checked);
  if (unchecked.length > 0) {
    items.push({
      id: 'claims:unchecked',
      message: `${unchecked.length} ${unchecked.length === 1 ? 'claim is' : 'claims are'} not checked yet`,
      target: { kind: 'claim', id: unchecked[0]!.id },
    });
  }
  for (const claim of live) {
    const verdict = findVerdict(scale, claim.verdict);
    if (verdict.blocking)
      items.push({
        id: `claims:blocking:${claim.id}`,
        message: `Claim rated ${verdict.label}: ${quoteOf(claim.quote)}`,
        target: { kind: 'claim', id: claim.id },
      });
  }
  for (const s of detectInBody(body, language)) {
    if (s.vague)
      items.push({
        id: `claims:vague:${s.path.join('.')}:${s.start}`,
        message: `Vague attribution: ${quoteOf(s.sentence)}`,
        target: { kind: 'body', path: s.path },
      });
  }
  const unsigned = live.filter((c) => c.signOff === null);
  if (live.length > 0 && unsigned.length > 0) {
    items.push({
      id: 'claims:sign-off',
      message: `No fact-check sign-off on ${unsigned.length} of ${live.length} ${live.length === 1 ? 'claim' : 'claims'}`,
      target: { kind: 'claim', id: unsigned[0]!.id },
    });
  }
  return items;
}
