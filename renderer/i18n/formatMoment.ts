// When something happened (a version, a comment, a sign-off), in the interface's language and this
// machine's zone: "4 Des 2026 09.30" in Indonesian, "4 Dec 2026, 09:30" in English.
import { intlLocale } from './i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

export function formatMoment(iso: string | number | Date): string {
  const locale = intlLocale();
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
