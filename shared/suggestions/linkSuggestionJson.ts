// A suggested link, as saved: on the link node's state, under `$.suggestLink`. A new link remembers
// it had none (`was: null`); a changed one its old address; a link suggested away says `removed`
// (it stays a link until accepted). Read here without an editor, for the main side and the
// publication renderers, which show the links as they were.
import { savedFields, savedState } from './savedState';

export const LINK_SUGGESTION_KEY = 'suggestLink';

export type LinkChange = 'added' | 'changed' | 'removed';

export interface LinkSuggestion {
  id: string;
  /** The address before the suggestion; null for a new link. */
  was: string | null;
  removed: boolean;
}

export function parseLinkSuggestion(value: unknown): LinkSuggestion | null {
  const fields = savedFields(value);
  if (!fields) return null;
  const { was, removed } = fields;
  if (was !== null && (typeof was !== 'string' || was.length > 2048)) return null;
  if (removed !== undefined && typeof removed !== 'boolean') return null;
  if (removed === true && was === null) return null;
  return { id: fields.id, was, removed: removed === true };
}

export function linkSuggestionOf(node: object): LinkSuggestion | null {
  return savedState(node, LINK_SUGGESTION_KEY, parseLinkSuggestion);
}

export function linkChange(suggestion: LinkSuggestion): LinkChange {
  return suggestion.removed ? 'removed' : suggestion.was === null ? 'added' : 'changed';
}

type JsonNode = { type?: unknown; url?: unknown; children?: unknown; [key: string]: unknown };

/**
 * The body as before its pending link suggestions: a suggested link is its words again, a changed
 * one has its old address back; a link suggested away is still a link.
 */
export function withLinksRejected<T extends { root: unknown }>(body: T): T {
  const undo = (node: JsonNode): JsonNode[] => {
    const children = Array.isArray(node.children) ? (node.children as JsonNode[]).flatMap(undo) : undefined;
    const own = children ? { ...node, children } : node;
    const suggestion = linkSuggestionOf(node);
    if (!suggestion || (node.type !== 'link' && node.type !== 'autolink')) return [own];
    const { $: _state, ...rest } = own;
    if (linkChange(suggestion) === 'added') return children ?? [];
    return [linkChange(suggestion) === 'changed' ? { ...rest, url: suggestion.was } : rest];
  };
  return { ...body, root: undo(body.root as JsonNode)[0] };
}
