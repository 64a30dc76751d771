// Plain text of a saved Lexical document, for search, word counts and snippets.
// Walks the JSON directly so the store can derive it without an editor instance.
import { INLINE_ELEMENT_TYPES } from '../editor/inlineTypes';
import { cardFor } from '../editor/cards/registry';
import type { CardJson } from '../editor/cards/cardKind';

interface JsonNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

function isJsonNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null;
}

function inlineText(node: JsonNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  if (!Array.isArray(node.children)) return '';
  return node.children.filter(isJsonNode).map(inlineText).join('');
}

/** A block's lines from its card; the containers (the root, sections) are walked through. */
function collectBlocks(node: JsonNode, out: string[]): void {
  const card = cardFor(node.type);
  if (card) {
    out.push(...card.plainText(node as CardJson, (nodes) => nodes.filter(isJsonNode).map(inlineText).join('')));
    return;
  }
  const children = Array.isArray(node.children) ? node.children.filter(isJsonNode) : [];
  const hasBlockChild = children.some((c) => Array.isArray(c.children) && !INLINE_ELEMENT_TYPES.has(String(c.type)));
  if (!hasBlockChild) {
    const text = inlineText(node).trim();
    if (text) out.push(text);
    return;
  }
  for (const child of children) collectBlocks(child, out);
}

/** Blocks separated by a blank line; empty blocks are skipped. */
export function plainTextOf(state: { root: unknown }): string {
  if (!isJsonNode(state.root)) return '';
  const blocks: string[] = [];
  collectBlocks(state.root, blocks);
  return blocks.join('\n\n');
}
