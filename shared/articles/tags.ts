// An article's tags (topics: "banjir", "Pemilu 2029"): shown and edited with the fields, searched,
// and published as article:tag and schema.org keywords. A tag is a short line; two that differ only
// in case or spacing are one tag (the first spelling is kept).
import { z } from 'zod';

export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 60;

export const tagSchema = z
  .string()
  .min(1)
  .max(MAX_TAG_LENGTH)
  .regex(/^\S(?:.*\S)?$/, 'no spaces at either end')
  .regex(/^[^\n,]+$/, 'one line, no comma');
export const tagsSchema = z.array(tagSchema).max(MAX_TAGS);

/** A tag's identity: two spellings with the same key are one tag. */
export function tagKey(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
}

/**
 * Tags from anywhere (typed, imported): spaces tidied, commas and line breaks parting tags,
 * duplicates and empties dropped, bounded, in alphabetical order (every desk and every copy the same).
 */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const piece of raw.flatMap((tag) => tag.split(/[,\n]/))) {
    const tag = piece.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
    if (!tag || seen.has(tagKey(tag)) || tags.length >= MAX_TAGS) continue;
    seen.add(tagKey(tag));
    tags.push(tag);
  }
  return tags.sort((a, b) => a.localeCompare(b, 'id', { sensitivity: 'base' }));
}
