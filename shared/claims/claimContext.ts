// Where each claim sits in a saved document: the marked text and the sentence-level context
// around it, found by walking the JSON (claim ids live on "claim-mark" nodes).
import type { SerializedBody } from '../contract/lexicalState';
import { INLINE_TYPES } from '../editor/inlineTypes';

export interface ClaimContext {
  before: string;
  marked: string;
  after: string;
}

type JsonNode = { type?: unknown; children?: unknown; text?: unknown; ids?: unknown };

function kids(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

const INLINE = INLINE_TYPES;

/** Each claim id → its marked text (all pieces joined) and the block it first appears in. */
export function claimContexts(body: SerializedBody): Map<string, ClaimContext> {
  const found = new Map<string, ClaimContext>();
  const visitBlock = (block: JsonNode) => {
    let text = '';
    const ranges = new Map<string, Array<[number, number]>>();
    const walk = (node: JsonNode, ids: string[]) => {
      if (typeof node.text === 'string') {
        const start = text.length;
        text += node.text;
        for (const id of ids) ranges.set(id, [...(ranges.get(id) ?? []), [start, text.length]]);
        return;
      }
      if (node.type === 'linebreak') text += '\n';
      const own = node.type === 'claim-mark' && Array.isArray(node.ids) ? node.ids.filter((x): x is string => typeof x === 'string') : [];
      for (const child of kids(node)) walk(child, [...ids, ...own]);
    };
    kids(block).forEach((child) => walk(child, []));
    for (const [id, parts] of ranges) {
      const marked = parts.map(([a, b]) => text.slice(a, b)).join('');
      const existing = found.get(id);
      if (existing) {
        existing.marked += ` ${marked}`;
        continue;
      }
      const start = parts[0]![0];
      const end = parts[parts.length - 1]![1];
      found.set(id, { before: text.slice(0, start), marked, after: text.slice(end) });
    }
  };
  const visit = (node: JsonNode) => {
    const children = kids(node);
    if (children.length > 0 && children.every((c) => INLINE.has(String(c.type)))) visitBlock(node);
    else children.forEach(visit);
  };
  visit(body.root as JsonNode);
  return found;
}

/** The ids of claims anchored in the document. */
export function anchoredClaimIds(body: SerializedBody): Set<string> {
  return new Set(claimContexts(body).keys());
}
