// The saved body as a public page shows it: pending suggestions' structure undone — blocks back to
// their types, suggested splits joined back, suggested joins not made, moved sections back where
// they stood, suggested links as they were, blocks suggested in left out (those suggested out kept). (Suggested
// words and formats are undone by the renderers as they write each piece of text.)
import type { SerializedBody } from '../contract/lexicalState';
import { withBlockSuggestionsRejected } from './blockSuggestionJson';
import { withLinksRejected } from './linkSuggestionJson';
import { withMovesRejected } from './moveSuggestionJson';
import { withPresenceRejected } from './presenceSuggestionJson';
import { asBeforeRetype, retypeSuggestionOf } from './retypeSuggestionJson';

type JsonNode = { children?: unknown; [key: string]: unknown };

/**
 * Every block back to the type it had before a pending change of its type; a list item suggested
 * from a block is that block again, outside its list (the list splits around it, or goes).
 */
function withRetypesRejected(body: SerializedBody): SerializedBody {
  const undo = (node: JsonNode): JsonNode[] => {
    const children = Array.isArray(node.children) ? (node.children as JsonNode[]) : null;
    if (node.type === 'list' && children) {
      const out: JsonNode[] = [];
      let items: JsonNode[] = [];
      const flush = () => {
        if (items.length > 0) out.push({ ...node, children: items });
        items = [];
      };
      for (const item of children) {
        if (retypeSuggestionOf(item)) {
          flush();
          out.push(...undo(asBeforeRetype(item)));
        } else items.push(...undo(item));
      }
      flush();
      return out;
    }
    const before = asBeforeRetype(node);
    return [children ? { ...before, children: children.flatMap(undo) } : before];
  };
  return { root: undo(body.root as JsonNode)[0] as SerializedBody['root'] };
}

export function withStructureAsIfRejected(body: SerializedBody): SerializedBody {
  return withMovesRejected(withBlockSuggestionsRejected(withRetypesRejected(withLinksRejected(withPresenceRejected(body)))));
}
