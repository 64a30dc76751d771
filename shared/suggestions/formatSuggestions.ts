// Formatting as a suggestion: the words take the new format at once (so the draft reads as it would),
// and each piece of text remembers the format it had, on its node state, so the suggestion travels
// through the live document. Accept keeps the new format; reject puts the old one back; a public
// page shows the old one. All `$` functions: run inside editor.update.
import {
  $getState,
  $isTextNode,
  $setState,
  createState,
  type LexicalNode,
  type RangeSelection,
  type TextFormatType,
  type TextNode,
} from 'lexical';
import { FORMAT_SUGGESTION_KEY, parseFormatSuggestion, type FormatSuggestion } from './formatSuggestionJson';
import { $nodesWhere } from './nodesWhere';

export const formatSuggestionState = createState(FORMAT_SUGGESTION_KEY, {
  parse: parseFormatSuggestion,
  isEqual: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.was === b.was),
});

export function $formatSuggestion(node: LexicalNode): FormatSuggestion | null {
  return $isTextNode(node) ? $getState(node, formatSuggestionState) : null;
}

/**
 * Bold, italic… over a selection in suggestion mode: toggled as Lexical would (all on, or all off
 * when the first words have it), each changed piece remembering its old format. Text already under a
 * formatting suggestion keeps that one (and loses it when toggled back to how it was). Returns the
 * new suggestion's id, or null when nothing new was suggested.
 */
export function $suggestFormat(selection: RangeSelection, format: TextFormatType, newId: () => string): string | null {
  if (selection.isCollapsed()) return null;
  const texts = selection.extract().filter((n): n is TextNode => $isTextNode(n) && n.getTextContentSize() > 0);
  const first = texts[0];
  if (!first) return null;
  const target = first.getFormatFlags(format, null);
  let id: string | null = null;
  for (const node of texts) {
    const was = node.getFormat();
    const next = node.getFormatFlags(format, target);
    if (was === next) continue;
    const existing = $getState(node, formatSuggestionState);
    if (existing) {
      if (existing.was === next) $setState(node, formatSuggestionState, null);
    } else {
      id ??= newId();
      const suggestion: FormatSuggestion = { id, was };
      $setState(node, formatSuggestionState, suggestion);
    }
    node.setFormat(next);
  }
  return id;
}

/** Every piece of text under the formatting suggestion `id`, in document order. */
export function $formattedBy(id: string): TextNode[] {
  return $nodesWhere((node): node is TextNode => $isTextNode(node) && $getState(node, formatSuggestionState)?.id === id);
}

/** Accepts (the new format stays) or rejects (the old one comes back) the formatting suggestion `id`. */
export function $resolveFormatSuggestion(id: string, accept: boolean): void {
  for (const node of $formattedBy(id)) {
    const suggestion = $getState(node, formatSuggestionState);
    if (!accept && suggestion) node.setFormat(suggestion.was);
    $setState(node, formatSuggestionState, null);
  }
}
