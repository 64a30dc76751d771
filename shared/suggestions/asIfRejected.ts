// The saved body as a public page shows it: pending suggestions' structure undone — blocks back to
// their types, suggested splits joined back, suggested joins not made, moved sections back where
// they stood, suggested links as they were. (Suggested
// words and formats are undone by the renderers as they write each piece of text.)
import type { SerializedBody } from '../contract/lexicalState';
import { withBlockSuggestionsRejected } from './blockSuggestionJson';
import { withLinksRejected } from './linkSuggestionJson';
import { withMovesRejected } from './moveSuggestionJson';
import { asBeforeRetype } from './retypeSuggestionJson';

type JsonNode = { children?: unknown; [key: string]: unknown };

/** Every block back to the type it had before a pending change of its type. */
function withRetypesRejected(body: SerializedBody): SerializedBody {
  const undo = (node: JsonNode): JsonNode => {
    const before = asBeforeRetype(node);
    return Array.isArray(before.children) ? { ...before, children: (before.children as JsonNode[]).map(undo) } : before;
  };
  return { root: undo(body.root) as SerializedBody['root'] };
}

export function withStructureAsIfRejected(body: SerializedBody): SerializedBody {
  return withMovesRejected(withBlockSuggestionsRejected(withRetypesRejected(withLinksRejected(body))));
}
