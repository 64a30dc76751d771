// A suggested move of a section, as saved: the moved section carries `$.suggestMove` with role
// "moved"; the block it stood next to carries the same id with role "before" (the section stood
// right before it) or "after" (right after it, when it was the last). Read here without an editor,
// for the main side and the publication renderers, which show the body as it was.
import type { SerializedBody } from '../contract/lexicalState';

export const MOVE_SUGGESTION_KEY = 'suggestMove';

export type MoveRole = 'moved' | 'before' | 'after';

export interface MoveSuggestion {
  id: string;
  role: MoveRole;
}

/** A move suggestion as saved, or null for anything else (a peer's value is not trusted). */
export function parseMoveSuggestion(value: unknown): MoveSuggestion | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, role } = value as { id?: unknown; role?: unknown };
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) return null;
  return role === 'moved' || role === 'before' || role === 'after' ? { id, role } : null;
}

export function moveSuggestionOf(node: object): MoveSuggestion | null {
  const state = (node as { $?: unknown }).$;
  return typeof state === 'object' && state !== null ? parseMoveSuggestion((state as Record<string, unknown>)[MOVE_SUGGESTION_KEY]) : null;
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
