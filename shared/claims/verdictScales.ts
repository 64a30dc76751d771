// Verdict scales differ per newsroom, so the scale is a setting. Each verdict says whether it
// counts as checked, and whether it is a rating that must be fixed before publishing.
export interface Verdict {
  id: string;
  label: string;
  /** A finished check (not "unchecked" or "in progress"). */
  checked: boolean;
  /** False or misleading: the checklist blocks publishing until the text is fixed. */
  blocking: boolean;
  /** Highlight colour family in the editor and the claims panel. */
  tone: 'none' | 'progress' | 'true' | 'mixed' | 'false' | 'unknown';
}

export interface VerdictScale {
  id: string;
  name: string;
  verdicts: readonly Verdict[];
  /** Some newsrooms (Full Fact) use no rating, only a one-line conclusion. */
  conclusionOnly?: boolean;
}

const v = (id: string, label: string, tone: Verdict['tone'], blocking = false): Verdict => ({
  id,
  label,
  checked: tone !== 'none' && tone !== 'progress',
  blocking,
  tone,
});

const UNCHECKED = v('unchecked', 'Unchecked', 'none');
const IN_PROGRESS = v('in-progress', 'In progress', 'progress');

export const VERDICT_SCALES: readonly VerdictScale[] = [
  {
    id: 'default',
    name: 'Redaksi default',
    verdicts: [
      UNCHECKED,
      IN_PROGRESS,
      v('true', 'True', 'true'),
      v('mostly-true', 'Mostly true', 'true'),
      v('misleading', 'Misleading', 'mixed', true),
      v('false', 'False', 'false', true),
      v('unverifiable', 'Unverifiable', 'unknown'),
    ],
  },
  {
    id: 'politifact',
    name: 'PolitiFact',
    verdicts: [
      UNCHECKED,
      IN_PROGRESS,
      v('true', 'True', 'true'),
      v('mostly-true', 'Mostly True', 'true'),
      v('half-true', 'Half True', 'mixed'),
      v('mostly-false', 'Mostly False', 'false', true),
      v('false', 'False', 'false', true),
      v('pants-on-fire', 'Pants on Fire', 'false', true),
    ],
  },
  {
    id: 'meedan',
    name: 'Meedan Check',
    verdicts: [
      v('unstarted', 'Unstarted', 'none'),
      v('in-progress', 'In Progress', 'progress'),
      v('inconclusive', 'Inconclusive', 'unknown'),
      v('false', 'False', 'false', true),
      v('verified', 'Verified', 'true'),
    ],
  },
  {
    id: 'mafindo',
    name: 'BENAR / HOAKS (Mafindo)',
    verdicts: [
      v('unchecked', 'Belum dicek', 'none'),
      v('in-progress', 'Sedang dicek', 'progress'),
      v('benar', 'BENAR', 'true'),
      v('hoaks-satire', 'HOAKS: Satire/Parodi', 'false', true),
      v('hoaks-misleading', 'HOAKS: Konten Menyesatkan', 'false', true),
      v('hoaks-impostor', 'HOAKS: Konten Tiruan', 'false', true),
      v('hoaks-fabricated', 'HOAKS: Konten Palsu', 'false', true),
      v('hoaks-false-connection', 'HOAKS: Koneksi yang Salah', 'false', true),
      v('hoaks-false-context', 'HOAKS: Konteks yang Salah', 'false', true),
      v('hoaks-manipulated', 'HOAKS: Konten yang Dimanipulasi', 'false', true),
    ],
  },
  {
    id: 'conclusion-only',
    name: 'Conclusion only (no rating)',
    conclusionOnly: true,
    verdicts: [UNCHECKED, IN_PROGRESS, v('concluded', 'Concluded', 'unknown')],
  },
];

export const DEFAULT_SCALE_ID = 'default';

export function findScale(id: string): VerdictScale {
  return VERDICT_SCALES.find((s) => s.id === id) ?? VERDICT_SCALES[0]!;
}

export function findVerdict(scale: VerdictScale, id: string): Verdict {
  return scale.verdicts.find((x) => x.id === id) ?? scale.verdicts[0]!;
}
