// A suggested move of a section, as saved: the moved section carries `$.suggestMove` with role
// "moved"; the block it stood next to carries the same id with role "before" (the section stood
// right before it) or "after" (right after it, when it was the last). Read here without an editor,
// for the main side and the publication renderers, which show the body as it was.
import type { SerializedBody } from '../contract/lexicalState';
import { savedFields, savedState } from './savedState';

export const MOVE_SUGGESTION_KEY = 'suggestMove';

export type MoveRole = 'moved' | 'before' | 'after';

export interface MoveSuggestion {
  id: string;
  role: MoveRole;
}

/** A move suggestion as saved, or null for anything else (a peer's value is not trusted). */
export function parseMoveSuggestion(value: unknown): MoveSuggestion | null {
  const fields = savedFields(value);
  const role = fields?.role;
  return fields && (role === 'moved' || role === 'before' || role === 'after') ? { id: fields.id, role } : null;
}

export function moveSuggestionOf(node: object): MoveSuggestion | null {
  return savedState(node, MOVE_SUGGESTION_KEY, parseMoveSuggestion);
}

type JsonNode = { children?: unknown; [key: string]: unknown };

/** The body with every suggested move undone: each moved section back beside the block it stood next to. */
export function withMovesRejected(body: SerializedBody): SerializedBody {
  let top = [...(body.root.children as JsonNode[])];
  const moved = top.filter((node) => moveSuggestionOf(node)?.role === 'moved');
  for (const section of moved) {
    const id = moveSuggestionOf(section)!.id;
    const rest = top.filter((node) => node !== section);
    const at = rest.findIndex((node) => {
      const suggestion = moveSuggestionOf(node);
      return suggestion !== null && suggestion.id === id && suggestion.role !== 'moved';
    });
    if (at < 0) continue;
    const index = moveSuggestionOf(rest[at]!)!.role === 'before' ? at : at + 1;
    top = [...rest.slice(0, index), section, ...rest.slice(index)];
  }
  return { root: { ...body.root, children: top } };
}
