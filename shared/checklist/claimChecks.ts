// The claim entries of the ready-to-publish checklist: unchecked claims, claims rated false or
// misleading, vague attribution in the text, and claims without a fact-check sign-off.
import { anchoredClaimIds } from '../claims/claimContext';
import type { Claim } from '../claims/claimSchema';
import { detectInBody } from '../claims/detectClaims';
import { findVerdict, type Verdict, type VerdictScale } from '../claims/verdictScales';
import type { SerializedBody } from '../contract/lexicalState';
import { checklistItem, type ChecklistItem } from './readyToPublish';
import { phrase, type Phrase } from './checkMessages';

function quoteOf(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/** Redaksi's own scale's verdicts are the interface's words; a published scale's ratings are kept as written. */
function verdictPhrase(scale: VerdictScale, verdict: Verdict): Phrase | string {
  if (scale.id === 'default' && verdict.id === 'false') return phrase('verdictFalse');
  if (scale.id === 'default' && verdict.id === 'misleading') return phrase('verdictMisleading');
  return verdict.label;
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
    items.push(
      checklistItem('claims:unchecked', { kind: 'claim', id: unchecked[0]!.id }, phrase('claimsUnchecked', { count: unchecked.length })),
    );
  }
  for (const claim of live) {
    const verdict = findVerdict(scale, claim.verdict);
    if (verdict.blocking)
      items.push(
        checklistItem(
          `claims:blocking:${claim.id}`,
          { kind: 'claim', id: claim.id },
          phrase('claimRated', { verdict: verdictPhrase(scale, verdict), quote: quoteOf(claim.quote) }),
        ),
      );
  }
  for (const s of detectInBody(body, language)) {
    if (s.vague)
      items.push(
        checklistItem(
          `claims:vague:${s.path.join('.')}:${s.start}`,
          { kind: 'body', path: s.path },
          phrase('vagueAttribution', { quote: quoteOf(s.sentence) }),
        ),
      );
  }
  const unsigned = live.filter((c) => c.signOff === null);
  if (live.length > 0 && unsigned.length > 0) {
    items.push(
      checklistItem(
        'claims:sign-off',
        { kind: 'claim', id: unsigned[0]!.id },
        phrase('noSignOff', { unsigned: unsigned.length, count: live.length }),
      ),
    );
  }
  return items;
}
