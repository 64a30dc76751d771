// A claim's words in the interface's two languages: the interface says them (renderer/i18n uses
// these tables), and the fact-check report, made on the main side, says them in the article's
// language. Redaksi's own scale is translated; a published rating scale keeps its own words.
import type { Verdict, VerdictScale } from './verdictScales';

const en = {
  verdict: {
    unchecked: 'Unchecked',
    'in-progress': 'In progress',
    true: 'True',
    'mostly-true': 'Mostly true',
    misleading: 'Misleading',
    false: 'False',
    unverifiable: 'Unverifiable',
    concluded: 'Concluded',
  },
  scale: {
    default: 'Redaksi default',
    'conclusion-only': 'Conclusion only (no rating)',
  },
  claimKind: {
    statistic: 'statistic',
    quote: 'quote',
    attribution: 'attribution',
    event: 'event',
    prediction: 'prediction',
    opinion: 'opinion (not checkable)',
  },
  attribution: {
    named: 'named',
    anonymous: 'anonymous',
    vague: 'vague',
  },
};

export type ClaimWords = typeof en;

const id: ClaimWords = {
  verdict: {
    unchecked: 'Belum dicek',
    'in-progress': 'Sedang dicek',
    true: 'Benar',
    'mostly-true': 'Sebagian besar benar',
    misleading: 'Menyesatkan',
    false: 'Salah',
    unverifiable: 'Tidak dapat diverifikasi',
    concluded: 'Disimpulkan',
  },
  scale: {
    default: 'Bawaan Redaksi',
    'conclusion-only': 'Hanya kesimpulan (tanpa penilaian)',
  },
  claimKind: {
    statistic: 'statistik',
    quote: 'kutipan',
    attribution: 'atribusi',
    event: 'peristiwa',
    prediction: 'prediksi',
    opinion: 'opini (tidak dapat dicek)',
  },
  attribution: {
    named: 'bernama',
    anonymous: 'anonim',
    vague: 'samar',
  },
};

export const CLAIM_WORDS = { en, id } as const;

const OWN_SCALES = new Set(['default', 'conclusion-only']);
const EVERY_SCALE = new Set(['unchecked', 'in-progress']);

/** Whether a scale is Redaksi's own (its name and verdicts are translated). */
export function isOwnScale(scale: VerdictScale): boolean {
  return OWN_SCALES.has(scale.id);
}

/** Whether a verdict is said in the interface's language (Redaksi's own, and every scale's first two). */
export function isTranslatedVerdict(scale: VerdictScale, verdict: Verdict): verdict is Verdict & { id: keyof ClaimWords['verdict'] } {
  if (scale.id === 'mafindo') return false;
  return (OWN_SCALES.has(scale.id) || EVERY_SCALE.has(verdict.id)) && Object.hasOwn(en.verdict, verdict.id);
}

/** A verdict in a language's words (a published scale's own verdicts as they are written). */
export function verdictIn(words: ClaimWords, scale: VerdictScale, verdict: Verdict): string {
  return isTranslatedVerdict(scale, verdict) ? words.verdict[verdict.id] : verdict.label;
}

/** A scale's name in a language's words. */
export function scaleIn(words: ClaimWords, scale: VerdictScale): string {
  return isOwnScale(scale) ? words.scale[scale.id as keyof ClaimWords['scale']] : scale.name;
}
