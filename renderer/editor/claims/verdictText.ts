// Verdicts in the interface's language. Redaksi's own scale (and every scale's "unchecked" and "in
// progress") is interface text; a published rating scale (PolitiFact's "Pants on Fire", Mafindo's
// "HOAKS") keeps its own words, as the newsroom publishes them.
import type { Verdict, VerdictScale } from '../../../shared/claims/verdictScales';
import { t } from '../../i18n/i18n';

const OWN_SCALES = new Set(['default', 'conclusion-only']);
const EVERY_SCALE = new Set(['unchecked', 'in-progress']);
const TRANSLATED = ['unchecked', 'in-progress', 'true', 'mostly-true', 'misleading', 'false', 'unverifiable', 'concluded'] as const;
type TranslatedVerdict = (typeof TRANSLATED)[number];

export function isTranslatedScale(scale: VerdictScale): boolean {
  return OWN_SCALES.has(scale.id);
}

export function isTranslatedVerdict(scale: VerdictScale, verdict: Verdict): boolean {
  if (scale.id === 'mafindo') return false;
  return (OWN_SCALES.has(scale.id) || EVERY_SCALE.has(verdict.id)) && (TRANSLATED as readonly string[]).includes(verdict.id);
}

export function scaleName(scale: VerdictScale): string {
  return scale.id === 'default' || scale.id === 'conclusion-only' ? t(`scale.${scale.id}`) : scale.name;
}

export function verdictLabel(scale: VerdictScale, verdict: Verdict): string {
  return isTranslatedVerdict(scale, verdict) ? t(`verdict.${verdict.id as TranslatedVerdict}`) : verdict.label;
}

/** A verdict as a select option: [id, label, kept as written]. */
export function verdictOption(scale: VerdictScale, verdict: Verdict): readonly [string, string, boolean] {
  return [verdict.id, verdictLabel(scale, verdict), !isTranslatedVerdict(scale, verdict)];
}
