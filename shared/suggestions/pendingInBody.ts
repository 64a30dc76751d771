// The pending suggestions in a saved body (the ids on suggestion marks, on blocks for a suggested
// split or join, on text for a formatting change, on sections for a move, on blocks for a change of type, on links), for the main side's refusal to publish while any wait for a decision.
import { formatSuggestionOf } from './formatSuggestionJson';
import { moveSuggestionOf } from './moveSuggestionJson';
import { retypeSuggestionOf } from './retypeSuggestionJson';
import type { SerializedBody } from '../contract/lexicalState';
import { blockSuggestionOf } from './blockSuggestionJson';
import { linkSuggestionOf } from './linkSuggestionJson';
import { presenceSuggestionOf } from './presenceSuggestionJson';

type JsonNode = { type?: unknown; ids?: unknown; children?: unknown; $?: unknown };

export function pendingSuggestionIds(body: SerializedBody): Set<string> {
  const ids = new Set<string>();
  const stack: JsonNode[] = [body.root as JsonNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'suggest-insert' || node.type === 'suggest-delete') && Array.isArray(node.ids))
      for (const id of node.ids) if (typeof id === 'string') ids.add(id);
    // A block may carry more than one (split off, then made a heading).
    for (const onNode of [
      blockSuggestionOf(node),
      formatSuggestionOf(node),
      moveSuggestionOf(node),
      retypeSuggestionOf(node),
      linkSuggestionOf(node),
      presenceSuggestionOf(node),
    ])
      if (onNode) ids.add(onNode.id);
    if (Array.isArray(node.children)) stack.push(...(node.children as JsonNode[]));
  }
  return ids;
}
