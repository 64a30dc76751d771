// Datelines as Indonesian and English newsrooms write them: "4 July 2025 17:00 WIB",
// "4 Juli 2025 17.00 WIB", "Jumat, 4 Juli 2025 | 17:00 WITA".
import { MONTH_NUMBERS } from '../time/monthNames';
import { wallTimeToIso } from '../time/zonedTime';

const ZONES: Record<string, string> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura', UTC: 'UTC', GMT: 'UTC' };

const DATELINE =
  /^(?:[\p{L}]+,\s*)?(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})(?:\s*[,|–-]?\s*(?:pukul\s+)?(\d{1,2})[:.](\d{2}))?\s*(WIB|WITA|WIT|UTC|GMT)?\s*$/iu;

export interface Dateline {
  publishAt: string;
  timeZone: string;
}

/** The longest dateline ("Minggu, 17 Agustus 2025 | pukul 17.00 WITA" and a little more). */
const MAX_DATELINE = 80;

/** The instant and zone a dateline line names, or null when the line is not a dateline. */
export function parseDateline(line: string): Dateline | null {
  // Only a short line can be a dateline; checking the length first keeps the pattern off long lines.
  if (line.length > MAX_DATELINE * 4) return null;
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_DATELINE) return null;
  const match = DATELINE.exec(text);
  if (!match) return null;
  const [, day, monthName, year, hour = '0', minute = '00', zoneName] = match;
  const month = MONTH_NUMBERS[monthName!.toLowerCase()];
  if (!month) return null;
  const timeZone = ZONES[(zoneName ?? 'WIB').toUpperCase()]!;
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const publishAt = wallTimeToIso(`${year}-${pad(month)}-${pad(day!)}T${pad(hour)}:${minute}`, timeZone);
  if (!publishAt || Number(day) > 31 || Number(hour) > 23) return null;
  return { publishAt, timeZone };
}
