// Block suggestions (a suggested paragraph split or join) as they are saved: on the block's node
// state, under `$.suggestBlock`. Read here without an editor, for the main side and the publication
// renderer, which show the body as if every pending suggestion were rejected.
import { savedFields, savedState } from './savedState';
import type { SerializedBody } from '../contract/lexicalState';

export type BlockSuggestionKind = 'split' | 'join';

export interface BlockSuggestion {
  id: string;
  kind: BlockSuggestionKind;
}

/** The key under `$` in a saved block. */
export const BLOCK_SUGGESTION_KEY = 'suggestBlock';

/** A block suggestion as saved, or null for anything else (a hostile or newer peer's value is not trusted). */
export function parseBlockSuggestion(value: unknown): BlockSuggestion | null {
  const fields = savedFields(value);
  return fields && (fields.kind === 'split' || fields.kind === 'join') ? { id: fields.id, kind: fields.kind } : null;
}

type JsonNode = { type?: unknown; text?: unknown; children?: unknown; $?: unknown; [key: string]: unknown };

/** The suggestion a saved block carries, if any. */
export function blockSuggestionOf(node: object): BlockSuggestion | null {
  return savedState(node, BLOCK_SUGGESTION_KEY, parseBlockSuggestion);
}

const kids = (node: JsonNode): JsonNode[] => (Array.isArray(node.children) ? (node.children as JsonNode[]) : []);
/** No text at all (stops at the first piece with some, so a long block costs nothing). */
const blank = (node: JsonNode): boolean => (typeof node.text === 'string' ? node.text === '' : kids(node).every(blank));

/**
 * The body with its suggested splits undone (the second half joined back onto the first; an empty
 * first half gives way) and its suggested joins not made. The input is not changed.
 */
export function withBlockSuggestionsRejected(body: SerializedBody): SerializedBody {
  // Blocks made here by joining: their children are this function's own, so a long run of splits
  // (pasted lines) joins in one pass rather than copying the growing block at every split.
  const joined = new WeakSet<JsonNode>();
  const undo = (node: JsonNode): JsonNode => {
    if (!Array.isArray(node.children)) return node;
    const children: JsonNode[] = [];
    for (const child of kids(node).map(undo)) {
      const previous = children[children.length - 1];
      if (blockSuggestionOf(child)?.kind !== 'split' || !previous || !Array.isArray(previous.children)) {
        children.push(child);
        continue;
      }
      if (blank(previous)) {
        children[children.length - 1] = child;
        continue;
      }
      let into = previous;
      if (!joined.has(into)) {
        into = { ...previous, children: [...kids(previous)] };
        joined.add(into);
        children[children.length - 1] = into;
      }
      const intoChildren = into.children as JsonNode[];
      for (const piece of kids(child)) intoChildren.push(piece);
    }
    return { ...node, children };
  };
  return { root: undo(body.root as JsonNode) as SerializedBody['root'] };
}
