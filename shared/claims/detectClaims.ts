// Finds check-worthy sentences in English and Indonesian: numbers and amounts, percentages,
// comparisons and superlatives, attributions and quotes with a speaker. Vague attribution
// ("analysts say", "menurut para analis") is flagged on its own.
import { plainTextOf } from '../text/plainText';
import type { SerializedBody } from '../contract/lexicalState';
import { MARK_TYPES } from '../editor/inlineTypes';
import { TABLE_CELL_TYPE } from '../editor/cards/table/tableJson';

export const SUGGESTION_REASONS = ['number', 'percentage', 'comparison', 'attribution', 'quote', 'vague attribution'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface ClaimSuggestion {
  sentence: string;
  /** Offsets of the sentence in its block's text. */
  start: number;
  end: number;
  reasons: SuggestionReason[];
  vague: boolean;
}

export interface BodySuggestion extends ClaimSuggestion {
  /** Child indexes from the root to the block holding the sentence. */
  path: number[];
}

const NUMBER =
  /\d|\b(ribuan|jutaan|ratusan|puluhan|miliar|triliun|juta|ribu|thousands?|millions?|billions?|trillions?|hundreds?|dozens?)\b/iu;
const PERCENT = /%|\b(persen|percent|per cent)\b/iu;
const COMPARISON =
  /\b(more|less|fewer|higher|lower|larger|smaller|bigger|most|least|largest|biggest|highest|lowest|best|worst|record|than|lebih|kurang|melebihi|paling|terbesar|tertinggi|terendah|terbanyak|terkecil|terburuk|terbaik|rekor)\b/iu;
const ATTRIBUTION =
  /\b(according to|said|says|told|stated|states|confirmed by|reported|claimed|menurut|kata|ujar|ungkap|ungkapnya|dikonfirmasi oleh|menyebut bahwa|menyebutkan|mengatakan|menyatakan|dilaporkan|disebut|klaim)\b/iu;
const QUOTE = /[“"«][^”"»]{8,}[”"»]/u;
const VAGUE =
  /\b((analysts|experts|observers|critics|sources|officials|some|many|people) (say|said|believe|claim|think)|it is (said|believed|claimed)|reportedly|menurut (para |sejumlah |beberapa |banyak )?(analis|pengamat|ahli|pakar|sumber|pihak)|disebut(?!-sebut oleh| oleh)|disebut-sebut|kabarnya|konon|katanya)\b/iu;

function sentences(text: string, language: string): Array<{ sentence: string; start: number; end: number }> {
  const segmenter = new Intl.Segmenter(language === 'en' ? 'en' : 'id', { granularity: 'sentence' });
  const out: Array<{ sentence: string; start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim()) out.push({ sentence: trimmed.trim(), start: index + lead, end: index + trimmed.length });
  }
  return out;
}

export function detectInText(text: string, language = 'id'): ClaimSuggestion[] {
  const found: ClaimSuggestion[] = [];
  for (const s of sentences(text, language)) {
    const reasons: SuggestionReason[] = [];
    if (PERCENT.test(s.sentence)) reasons.push('percentage');
    else if (NUMBER.test(s.sentence)) reasons.push('number');
    if (COMPARISON.test(s.sentence)) reasons.push('comparison');
    if (ATTRIBUTION.test(s.sentence)) reasons.push('attribution');
    if (QUOTE.test(s.sentence)) reasons.push('quote');
    const vague = VAGUE.test(s.sentence);
    if (vague) reasons.push('vague attribution');
    // A comparison alone ("lebih baik") is too common to be worth a check; it needs a figure or a source.
    const worth = reasons.some((r) => r !== 'comparison');
    if (worth) found.push({ ...s, reasons, vague });
  }
  return found;
}

type JsonNode = { type?: unknown; children?: unknown; text?: unknown };

/** Words with letters in them ("12,5" is not one, "persen" is). */
const WORDS = /\p{L}+/gu;
/** A table cell's text is offered as a claim only as a sentence: a bare figure ("12,5 persen") is not one. */
const CELL_SENTENCE_WORDS = 3;

/** Every block of text in the body (paragraphs, quotes, list items, section titles are skipped). */
export function detectInBody(body: SerializedBody, language = 'id'): BodySuggestion[] {
  const out: BodySuggestion[] = [];
  const visit = (node: JsonNode, path: number[], inCell: boolean) => {
    const children = Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
    const isBlockOfText =
      children.length > 0 && children.every((c) => !Array.isArray(c.children) || c.type === 'link' || MARK_TYPES.has(String(c.type)));
    if (isBlockOfText && node.type !== 'section-title' && node.type !== 'heading') {
      const text = plainTextOf({ root: { type: 'root', children: [node] } });
      for (const suggestion of detectInText(text, language))
        if (!inCell || (suggestion.sentence.match(WORDS)?.length ?? 0) >= CELL_SENTENCE_WORDS) out.push({ ...suggestion, path });
      return;
    }
    children.forEach((child, i) => visit(child, [...path, i], inCell || node.type === TABLE_CELL_TYPE));
  };
  visit(body.root as JsonNode, [], false);
  return out;
}
