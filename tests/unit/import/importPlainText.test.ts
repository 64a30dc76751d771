import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../shared/import/dateline';
import { importPlainText } from '../../../shared/import/importPlainText';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'fixtures', 'explainer-id.txt'), 'utf8');
type J = { type: string; numbered?: boolean; children?: J[]; text?: string };

describe('datelines', () => {
  it('reads English and Indonesian spellings with the zone offset', () => {
    expect(parseDateline('4 July 2025 17:00 WIB')).toEqual({ publishAt: '2025-07-04T17:00:00+07:00', timeZone: 'Asia/Jakarta' });
    expect(parseDateline('4 Juli 2025 17.00 WIB')).toEqual({ publishAt: '2025-07-04T17:00:00+07:00', timeZone: 'Asia/Jakarta' });
    expect(parseDateline('Jumat, 1 Agt 2025 | 09.30 WITA')).toEqual({ publishAt: '2025-08-01T09:30:00+08:00', timeZone: 'Asia/Makassar' });
    expect(parseDateline('3 Pebruari 2024 20:15 WIT')).toEqual({ publishAt: '2024-02-03T20:15:00+09:00', timeZone: 'Asia/Jayapura' });
    expect(parseDateline('Korea Utara kini menjadi sorotan dunia')).toBeNull();
    expect(parseDateline('4 Bulan 2025 17:00 WIB')).toBeNull();
  });
});

describe('plain-text import', () => {
  it('reads the sample explainer: headline, dateline, hero, five numbered sections, a conclusion, no navigation', () => {
    const result = importPlainText(SAMPLE);
    expect(result.headline).toBe('Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia? Ini Motif Strategis di Baliknya');
    expect(result.publishAt).toBe('2025-07-04T17:00:00+07:00');
    expect(result.timeZone).toBe('Asia/Jakarta');
    expect(result.language).toBe('id');
    expect(result.heroFileName).toBe('dw-1751619146746_169.webp');
    expect(result.hero).toMatchObject({ role: 'hero', aspectRatio: '16:9', assetId: null });
    const sections = (result.body.root.children as J[]).filter((n) => n.type === 'section');
    expect(sections.map((s) => [s.numbered, s.children![0]!.children![0]!.text])).toEqual([
      [true, 'Dukungan Militer Korea Utara, Lebih dari Sekadar Solidaritas'],
      [true, 'Imbalan Setimpal: Bahan Bakar, Teknologi Militer, dan Status Global'],
      [true, 'Rusia Butuh Bantuan, Korea Utara Butuh Legitimasi'],
      [true, 'Peran Ganda: Tentara dan Pekerja Infrastruktur'],
      [true, 'Misi Bertarung demi Kelangsungan Rezim Kim Jong-un'],
      [false, 'Misi Korea Utara di Rusia adalah Investasi Geopolitik'],
    ]);
    expect(sections.map((s) => s.children!.length - 1)).toEqual([2, 2, 2, 2, 2, 2]);
    const text = JSON.stringify(result.body);
    expect(text).not.toContain('Fenomena Terkini');
    expect(text).not.toContain('Trending');
    expect(result.report.map((note) => note.message)).toEqual([
      'dropped 2 navigation lines at the end: “Fenomena Terkini”, “Trending”',
      'the hero image "dw-1751619146746_169.webp" is waiting for its file',
    ]);
  });

  it('keeps every paragraph of text (nothing dropped silently)', () => {
    const result = importPlainText(SAMPLE);
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    const kept = JSON.stringify(result.body)
      .match(/"text":"[^"]*"/g)!
      .join(' ');
    const original = SAMPLE.split('\n').slice(0, -7).join(' ');
    expect(words(kept)).toBeGreaterThan(words(original) * 0.95);
  });
});
