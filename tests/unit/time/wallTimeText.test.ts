// The publish time as the desk reads and types it: the newsroom's way, in the article's zone.
import { describe, expect, it } from 'vitest';
import { formatWallTime, parseWallTime } from '../../../shared/time/wallTimeText';
import { wallTimeToIso } from '../../../shared/time/zonedTime';

describe('formatWallTime', () => {
  it('writes the time in the article’s zone, Indonesian or English', () => {
    expect(formatWallTime('2025-07-04T17:00:00+07:00', 'Asia/Jakarta', 'id')).toBe('4 Juli 2025 17.00');
    expect(formatWallTime('2025-07-04T17:00:00+07:00', 'Asia/Jakarta', 'en')).toBe('4 July 2025 17:00');
    // The same instant in Jayapura is two hours later on the wall.
    expect(formatWallTime('2025-07-04T17:00:00+07:00', 'Asia/Jayapura', 'id')).toBe('4 Juli 2025 19.00');
    expect(formatWallTime('2025-12-31T23:30:00+07:00', 'UTC', 'en')).toBe('31 December 2025 16:30');
  });
});

describe('parseWallTime', () => {
  it('reads what newsrooms type', () => {
    for (const typed of [
      '4 Juli 2025 17.00',
      '4 Jul 2025 17:00',
      '04 juli 2025, 17.00',
      '4 July 2025 at 17:00',
      '4 Juli 2025 pukul 17.00',
      '2025-07-04 17:00',
      '2025-07-04T17:00',
    ])
      expect(parseWallTime(typed), typed).toBe('2025-07-04T17:00');
    expect(parseWallTime('17 Agustus 2025')).toBe('2025-08-17T00:00');
    expect(parseWallTime('1 Pebruari 2026 9.05')).toBe('2026-02-01T09:05');
  });

  it('refuses what is not a date rather than guessing (no US order, no rolled-over days)', () => {
    for (const typed of [
      '07/04/2025 17:00',
      '31 Juni 2025 17.00',
      '29 Februari 2025',
      '4 Juli 2025 24.00',
      '4 Julu 2025',
      'besok pagi',
      '',
      '2025-13-01',
    ])
      expect(parseWallTime(typed), typed).toBeNull();
    expect(parseWallTime('29 Februari 2024')).toBe('2024-02-29T00:00');
  });

  it('round-trips through the stored form in the article’s zone', () => {
    const iso = wallTimeToIso(parseWallTime('4 Juli 2025 17.00')!, 'Asia/Makassar')!;
    expect(iso).toBe('2025-07-04T17:00:00+08:00');
    expect(formatWallTime(iso, 'Asia/Makassar', 'id')).toBe('4 Juli 2025 17.00');
  });
});
