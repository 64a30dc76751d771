// A suggested change of a block's type (a paragraph made a heading, a heading a quote…), as saved:
// on the block's node state, under `$.suggestRetype`, with the type it had. Read here without an
// editor, for the main side and the publication renderers, which show the block as it was.
import { savedFields, savedState } from './savedState';
export const RETYPE_SUGGESTION_KEY = 'suggestRetype';

/** A text block's type: a paragraph, a heading by its tag, or a quote. */
export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'quote';

const KINDS: ReadonlySet<string> = new Set(['paragraph', 'h2', 'h3', 'h4', 'h5', 'h6', 'quote']);

export interface RetypeSuggestion {
  id: string;
  was: BlockKind;
}

export function parseRetypeSuggestion(value: unknown): RetypeSuggestion | null {
  const fields = savedFields(value);
  const was = fields?.was;
  return fields && typeof was === 'string' && KINDS.has(was) ? { id: fields.id, was: was as BlockKind } : null;
}

export function retypeSuggestionOf(node: object): RetypeSuggestion | null {
  return savedState(node, RETYPE_SUGGESTION_KEY, parseRetypeSuggestion);
}

/** A list a block can be suggested into (its items carry the block's old type, like a change of type). */
export type ListKind = 'bullet' | 'number';

/** The kind of a saved block, or null for any other node. */
export function blockKindOf(node: object): BlockKind | null {
  const { type, tag } = node as { type?: unknown; tag?: unknown };
  if (type === 'paragraph' || type === 'quote') return type;
  if (type !== 'heading') return null;
  return typeof tag === 'string' && KINDS.has(tag) && tag !== 'paragraph' && tag !== 'quote' ? (tag as BlockKind) : 'h2';
}

/** A saved block as it was before a pending change of its type (other blocks as they are). */
export function asBeforeRetype<T extends object>(node: T): T {
  const suggestion = retypeSuggestionOf(node);
  if (!suggestion) return node;
  const { was } = suggestion;
  if (was === 'paragraph' || was === 'quote') return { ...node, type: was };
  return { ...node, type: 'heading', tag: was };
}
