// Reading a suggestion kept on a saved node's state (`$` in Lexical's JSON), from a file or a peer:
// nothing in it is trusted until its parser accepts it.

/** A suggestion id as saved: a non-empty string of bounded length. */
export function isSuggestionId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= 100;
}

/** The fields of a saved state value, or null when it is not an object with a valid id. */
export function savedFields(value: unknown): (Record<string, unknown> & { id: string }) | null {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  return isSuggestionId(fields.id) ? (fields as Record<string, unknown> & { id: string }) : null;
}

/** The value a saved node's state holds under `key`, parsed, or null. */
export function savedState<T>(node: object, key: string, parse: (value: unknown) => T | null): T | null {
  const state = (node as { $?: unknown }).$;
  return typeof state === 'object' && state !== null ? parse((state as Record<string, unknown>)[key]) : null;
}
