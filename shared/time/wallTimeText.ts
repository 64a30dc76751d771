// A publish time as the desk reads and types it, in the article's zone: "4 Juli 2025 17.00"
// (Indonesian) or "4 July 2025 17:00" (English) — never the browser's own date format.
import { isIndonesian } from '../text/language';
import { MONTH_NAMES, MONTH_NUMBERS } from './monthNames';
import { isoToWallTime } from './zonedTime';

/** "2025-07-04T17:00:00+07:00" in Asia/Jakarta → "4 Juli 2025 17.00" (id) or "4 July 2025 17:00" (en). */
export function formatWallTime(iso: string, zone: string, language: string): string {
  const [date, time] = isoToWallTime(iso, zone).split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const indonesian = isIndonesian(language);
  const months = indonesian ? MONTH_NAMES.id : MONTH_NAMES.en;
  return `${d} ${months[m - 1]} ${y} ${indonesian ? time.replace(':', '.') : time}`;
}

const WRITTEN = /^(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})(?:\s*(?:,|pukul|at)?\s*(\d{1,2})[:.](\d{2}))?$/iu;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/**
 * What the desk typed, as a wall time ("2025-07-04T17:00"), or null when it is not a date:
 * "4 Juli 2025 17.00", "4 Jul 2025, 17:00", "4 July 2025 pukul 17.00", "2025-07-04 17:00".
 * A date alone means midnight.
 */
export function parseWallTime(text: string): string | null {
  const typed = text.replace(/\s+/g, ' ').trim();
  if (typed.length > 60) return null;
  let parts: [number, number, number, number, number] | null = null;
  const written = WRITTEN.exec(typed);
  if (written) {
    const month = MONTH_NUMBERS[written[2]!.toLowerCase()];
    if (!month) return null;
    parts = [Number(written[3]), month, Number(written[1]), Number(written[4] ?? 0), Number(written[5] ?? 0)];
  }
  const iso = ISO.exec(typed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0)];
  if (!parts) return null;
  const [y, mo, d, h, mi] = parts;
  // A day the month does not have (31 Juni) is refused, not rolled over into the next month.
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}
