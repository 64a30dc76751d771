// Formatting suggestions (bold added, italic removed…) as they are saved: on each piece of text's
// node state, under `$.suggestFormat`, with the format the words had before. Read here without an
// editor, for the main side and the publication renderers, which show the words as they were.
import { formatChanges } from '../editor/textFormats';
import { savedFields, savedState } from './savedState';

export const FORMAT_SUGGESTION_KEY = 'suggestFormat';

export interface FormatSuggestion {
  id: string;
  /** The text's format flags before the suggestion (Lexical's bits). */
  was: number;
}

/** A formatting suggestion as saved, or null for anything else (a peer's value is not trusted). */
export function parseFormatSuggestion(value: unknown): FormatSuggestion | null {
  const fields = savedFields(value);
  const was = fields?.was;
  return fields && typeof was === 'number' && Number.isInteger(was) && was >= 0 && was < 2 ** 12 ? { id: fields.id, was } : null;
}

/** The formatting suggestion a saved text node carries, if any. */
export function formatSuggestionOf(node: object): FormatSuggestion | null {
  return savedState(node, FORMAT_SUGGESTION_KEY, parseFormatSuggestion);
}

/** The format a saved text node is published with: as it was before a pending formatting suggestion. */
export function publishedFormat(node: object): number {
  const suggestion = formatSuggestionOf(node);
  if (suggestion) return suggestion.was;
  const { format } = node as { format?: unknown };
  return typeof format === 'number' ? format : 0;
}

/** "bold added, italic removed". */
export function describeFormatChange(was: number, now: number): string {
  return formatChanges(was, now).join(', ') || 'formatting changed';
}
