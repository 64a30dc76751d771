// Another site's furniture around an article copied or exported from it: promos inside the text
// ("Baca juga: …", "Read more: …"), share and tag lines, and the short lines of navigation after the
// last paragraph ("Trending", "Berita Terkait"). Recognised by their shape, not by one site's words;
// what is dropped is reported with its text and kept, so the person can bring it back.
import { z } from 'zod';

export const FURNITURE_KINDS = ['promo', 'share', 'trailing'] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

/** A passage an import left out, and where it was: [block] or [section, child] in the body. */
export interface DroppedPassage {
  text: string;
  kind: FurnitureKind;
  path: number[];
  /** The links in it (a promo's link to the other story), each by the words it was on. */
  links: { text: string; url: string }[];
}

/** A page's furniture is a few dozen lines; past this, the rest are counted in the report only. */
export const MAX_DROPPED_PASSAGES = 500;

/** The longest line that can be furniture; anything longer is someone's writing. */
const MAX_LINE = 300;

export const droppedPassageSchema = z.strictObject({
  text: z.string().max(MAX_LINE),
  kind: z.enum(FURNITURE_KINDS),
  path: z.array(z.number().int().min(0)).min(1).max(2),
  links: z.array(z.strictObject({ text: z.string().min(1).max(MAX_LINE), url: z.string().min(1).max(2048) })).max(20),
});

// Each pattern runs only on a line short enough to be what it looks for (no long backtracking).
/** A promo inside the text: a label, a separator, then the other story's title. */
const PROMO =
  /^(baca juga|baca pula|simak juga|lihat juga|cek juga|artikel terkait|berita terkait|read more|read also|also read|see also|related|more|recommended|rekomendasi)\s*[:：\-–—|»>]\s*\S/iu;
/** Share and tag lines: a label and a list, or a row of networks' names. */
const SHARE =
  /^(tags?|tagged|topik|topics?|tag terkait|label|kategori|categories|share( this( article| story)?)?|bagikan( artikel ini)?|ikuti kami|follow us)\s*:/iu;
const NETWORK = /^(facebook|twitter|x|whatsapp|telegram|linkedin|line|pinterest|reddit|email|e-mail|copy link|salin tautan|salin link)$/iu;
/** Navigation labels that stand alone (a section's name, a heading of links). */
const NAVIGATION =
  /^(trending|fenomena terkini|baca juga|berita terkait|artikel terkait|terpopuler|populer|terkini|related|related articles|read more|read also|more stories|advertisement|iklan|tags?|topik|share|bagikan|komentar|comments?)$/iu;
/** How a sentence ends (a real paragraph, however short, ends like one). */
const SENTENCE_END = /[.!?…"”’)\]。！？」』）]$/u;
/** A list item or a numbered line is content. */
const LIST_ITEM = /^([-•*–]|\d{1,3}[.)])\s/u;
/** Sources, references and credits are the article's, however short: a fact-checker needs them. */
const SOURCE_LINE =
  /^(https?:\/\/\S+|(sumber|sources?|referensi|references?|rujukan|editor|penulis|reporter|pewarta|wartawan|foto|photo|kontributor)\s*:.*)$/iu;
/** More lines than this at the end are not a site's navigation (verse, a list of names): they stay. */
export const MAX_TRAILING_LINES = 12;
/** Trailing navigation lines are short. */
const MAX_TRAILING = 80;
const MAX_TRAILING_WORDS = 10;

/** Whether a line, anywhere in the text, is a promo or a share/tag line (and which). */
export function furnitureKindOf(line: string): Exclude<FurnitureKind, 'trailing'> | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_LINE) return null;
  if (PROMO.test(text)) return 'promo';
  if (SHARE.test(text)) return 'share';
  const words = text.split(/\s*[|·•,/]\s*|\s+/u).filter(Boolean);
  if (words.length >= 2 && words.length <= 10 && words.every((word) => NETWORK.test(word))) return 'share';
  return null;
}

/** Whether a line after the last paragraph is navigation: short, not a sentence, not a list item. */
export function isTrailingLine(line: string): boolean {
  const text = line.trim().replace(/\s*:$/, '');
  if (text.length === 0) return true;
  if (NAVIGATION.test(text)) return true;
  return (
    !SOURCE_LINE.test(text) &&
    text.length <= MAX_TRAILING &&
    text.split(/\s+/).length <= MAX_TRAILING_WORDS &&
    !SENTENCE_END.test(text) &&
    !LIST_ITEM.test(text) &&
    furnitureKindOf(text) === null
  );
}

/** A real paragraph, however short: a sentence, or too long to be a line of navigation. */
export function isRealParagraph(text: string): boolean {
  return !isTrailingLine(text) && furnitureKindOf(text) === null;
}

/** The lines as a report note lists them: each quoted, the first ten (all are in the import's result). */
export function quotedLines(lines: string[]): string {
  const shown = lines.slice(0, 10).map((line) => `“${line.length > 120 ? `${line.slice(0, 119)}…` : line}”`);
  return lines.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}
