// Verdicts in the interface's language. Redaksi's own scale (and every scale's "unchecked" and "in
// progress") is interface text; a published rating scale (PolitiFact's "Pants on Fire", Mafindo's
// "HOAKS") keeps its own words, as the newsroom publishes them. The words: shared/claims/claimWords.ts.
import { isOwnScale, isTranslatedVerdict } from '../../../shared/claims/claimWords';
import type { Verdict, VerdictScale } from '../../../shared/claims/verdictScales';
import { t } from '../../i18n/i18n';

export { isTranslatedVerdict };

export function isTranslatedScale(scale: VerdictScale): boolean {
  return isOwnScale(scale);
}

export function scaleName(scale: VerdictScale): string {
  return scale.id === 'default' || scale.id === 'conclusion-only' ? t(`scale.${scale.id}`) : scale.name;
}

export function verdictLabel(scale: VerdictScale, verdict: Verdict): string {
  return isTranslatedVerdict(scale, verdict) ? t(`verdict.${verdict.id}`) : verdict.label;
}

/** A verdict as a select option: [id, label, kept as written]. */
export function verdictOption(scale: VerdictScale, verdict: Verdict): readonly [string, string, boolean] {
  return [verdict.id, verdictLabel(scale, verdict), !isTranslatedVerdict(scale, verdict)];
}
