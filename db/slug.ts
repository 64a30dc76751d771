// URL slugs from headlines, Indonesian and English alike ("Mengapa Korea Utara …?" → "mengapa-korea-utara-…").
import slugify from '@sindresorhus/slugify';

const MAX_SLUG_LENGTH = 80;

export function slugFromHeadline(headline: string): string {
  const full = slugify(headline, { lowercase: true, decamelize: false });
  if (full.length <= MAX_SLUG_LENGTH) return full || 'untitled';
  // Cut at a word boundary so the slug does not end in half a word.
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 20 ? cut.slice(0, lastDash) : full.slice(0, MAX_SLUG_LENGTH);
}

/** The base slug, or base-2, base-3 … whichever is free. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
