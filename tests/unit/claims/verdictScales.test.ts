import { describe, expect, it } from 'vitest';
import { findScale, findVerdict, VERDICT_SCALES } from '../../../shared/claims/verdictScales';

describe('verdict scales', () => {
  it('ship the presets newsrooms use', () => {
    expect(VERDICT_SCALES.map((s) => s.name)).toEqual([
      'Redaksi default',
      'PolitiFact',
      'Meedan Check',
      'BENAR / HOAKS (Mafindo)',
      'Conclusion only (no rating)',
    ]);
    expect(findScale('default').verdicts.map((v) => v.label)).toEqual([
      'Unchecked',
      'In progress',
      'True',
      'Mostly true',
      'Misleading',
      'False',
      'Unverifiable',
    ]);
    expect(findScale('politifact').verdicts.map((v) => v.label)).toContain('Pants on Fire');
    expect(findScale('mafindo').verdicts.filter((v) => v.label.startsWith('HOAKS')).length).toBe(7);
    expect(findScale('conclusion-only').conclusionOnly).toBe(true);
  });

  it('say which verdicts count as checked and which block publishing', () => {
    const scale = findScale('default');
    expect(
      ['unchecked', 'in-progress', 'true', 'misleading', 'false'].map((id) => [
        findVerdict(scale, id).checked,
        findVerdict(scale, id).blocking,
      ]),
    ).toEqual([
      [false, false],
      [false, false],
      [true, false],
      [true, true],
      [true, true],
    ]);
    expect(findScale('nope').id).toBe('default');
  });
});
