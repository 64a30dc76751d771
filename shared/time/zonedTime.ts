// Publish times: stored as ISO 8601 with the UTC offset of the article's IANA zone, shown as the
// wall-clock time newsrooms write ("4 Juli 2025 17.00 WIB").
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** "2025-07-04T17:00" in Asia/Jakarta → "2025-07-04T17:00:00+07:00". Null for an unreadable wall time. */
export function wallTimeToIso(wallTime: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallTime);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(y, mo - 1, d, h, mi, zone);
  if (Number.isNaN(date.getTime())) return null;
  return format(date, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** The wall time of an instant in a zone, in the form a datetime-local input takes. */
export function isoToWallTime(iso: string, zone: string): string {
  const date = new TZDate(new Date(iso).getTime(), zone);
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

/** The zone abbreviations Indonesian newsrooms write after the time. */
export const INDONESIAN_ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Zones offered in the editor, Indonesia's first. Any IANA zone is accepted by the store. */
export const COMMON_TIME_ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'UTC',
] as const;
