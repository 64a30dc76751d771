// Stable heading ids for publication: the heading's words, lower-cased, accents folded, hyphenated;
// unique within the page (a second "Latar belakang" becomes latar-belakang-2).
export function slugForId(text: string, used: Set<string>): string {
  const full = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // At most 60 characters, cut between words.
  const cut = full.length <= 60 ? full : full.slice(0, 61).replace(/-[^-]*$/, '');
  const base = cut || 'section';
  let id = /^\d/.test(base) ? `s-${base}` : base;
  for (let n = 2; used.has(id); n++) id = `${/^\d/.test(base) ? `s-${base}` : base}-${n}`;
  used.add(id);
  return id;
}
