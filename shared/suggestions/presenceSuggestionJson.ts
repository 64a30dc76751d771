// A whole block suggested in or out, as saved: a section or quote inserted while suggesting carries
// `$.suggestPresence` with "inserted"; a section suggested deleted carries "removed" (it stays until
// accepted). Read here without an editor, for the main side and the publication renderers, which
// show the body as it was: inserted blocks left out, removed ones kept.
import type { SerializedBody } from '../contract/lexicalState';
import { savedFields, savedState } from './savedState';

export const PRESENCE_SUGGESTION_KEY = 'suggestPresence';

export type PresenceKind = 'inserted' | 'removed';

export interface PresenceSuggestion {
  id: string;
  kind: PresenceKind;
}

export function parsePresenceSuggestion(value: unknown): PresenceSuggestion | null {
  const fields = savedFields(value);
  const kind = fields?.kind;
  return fields && (kind === 'inserted' || kind === 'removed') ? { id: fields.id, kind } : null;
}

export function presenceSuggestionOf(node: object): PresenceSuggestion | null {
  return savedState(node, PRESENCE_SUGGESTION_KEY, parsePresenceSuggestion);
}

type JsonNode = { children?: unknown; [key: string]: unknown };

/** The body without the blocks suggested in (those suggested out stay). The input is not changed. */
export function withPresenceRejected(body: SerializedBody): SerializedBody {
  const undo = (node: JsonNode): JsonNode =>
    Array.isArray(node.children)
      ? { ...node, children: (node.children as JsonNode[]).filter((child) => presenceSuggestionOf(child)?.kind !== 'inserted').map(undo) }
      : node;
  return { root: undo(body.root as JsonNode) as SerializedBody['root'] };
}
