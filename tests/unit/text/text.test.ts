import { describe, expect, it } from 'vitest';
import { plainTextOf } from '../../../shared/text/plainText';
import { checkLinkUrl } from '../../../shared/text/safeUrl';
import { countWords, readingMinutes } from '../../../shared/text/textStats';
import { isoToWallTime, wallTimeToIso } from '../../../shared/time/zonedTime';
import { bodyOf, heading, link, paragraph, quote, text } from '../../fixtures/bodies';

describe('plain text of a document', () => {
  it('keeps blocks apart, inline links inside their paragraph, and skips empty blocks', () => {
    const body = bodyOf(
      heading('h2', text('1. Dukungan Militer')),
      paragraph(text('Seperti dikonfirmasi oleh '), link('https://nis.go.kr', text('NIS')), text('.')),
      paragraph(),
      quote(text('Kutipan'), { type: 'linebreak', version: 1 }, text('baris dua')),
    );
    expect(plainTextOf(body)).toBe('1. Dukungan Militer\n\nSeperti dikonfirmasi oleh NIS.\n\nKutipan\nbaris dua');
  });
});

describe('word count and reading time', () => {
  it('counts Indonesian and English words, numbers and hyphenated words once', () => {
    expect(countWords('Pengiriman ini mencakup lebih dari 6.000 insinyur — pasca-konflik.')).toBe(8);
    expect(countWords("North Korea's troops don't rest.")).toBe(5);
    expect(countWords('  ')).toBe(0);
  });
  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(20)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
  });
});

describe('link URLs', () => {
  it('accepts web and mail links, adding https to bare domains', () => {
    expect(checkLinkUrl('https://www.nis.go.kr/')).toBe('https://www.nis.go.kr/');
    expect(checkLinkUrl('kompas.id/baca')).toBe('https://kompas.id/baca');
    expect(checkLinkUrl('mailto:redaksi@example.com')).toBe('mailto:redaksi@example.com');
  });
  it('refuses script, data, file and malformed links', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'vbscript:x',
      'http://',
      'https://localhost',
      '',
    ]) {
      expect(checkLinkUrl(url), url).toBeNull();
    }
  });
});

describe('publish times in a zone', () => {
  it('stores wall time with the zone offset: WIB +07:00, WITA +08:00, WIT +09:00', () => {
    expect(wallTimeToIso('2025-07-04T17:00', 'Asia/Jakarta')).toBe('2025-07-04T17:00:00+07:00');
    expect(wallTimeToIso('2025-07-04T17:00', 'Asia/Makassar')).toBe('2025-07-04T17:00:00+08:00');
    expect(wallTimeToIso('2025-07-04T17:00', 'Asia/Jayapura')).toBe('2025-07-04T17:00:00+09:00');
    expect(wallTimeToIso('2025-01-10T09:30', 'Europe/London')).toBe('2025-01-10T09:30:00Z');
    expect(wallTimeToIso('2025-07-10T09:30', 'Europe/London')).toBe('2025-07-10T09:30:00+01:00');
    expect(wallTimeToIso('4 Juli 2025', 'Asia/Jakarta')).toBeNull();
  });
  it('shows a stored instant as wall time in the article’s zone', () => {
    expect(isoToWallTime('2025-07-04T17:00:00+07:00', 'Asia/Jakarta')).toBe('2025-07-04T17:00');
    expect(isoToWallTime('2025-07-04T10:00:00Z', 'Asia/Jayapura')).toBe('2025-07-04T19:00');
  });
});
