// Lexical's own clipboard format (application/x-lexical-editor) can be put on the clipboard by any
// web page, so its node JSON is checked like a save before it becomes part of the document: the
// body's shape and limits and every field the publication renderer reads. Marks (claims, comments,
// suggestions) are unwrapped and a block's suggested split or join dropped: they name another
// article's records, or none. Invalid JSON is refused as a whole; the paste
// then falls back to its HTML (through the main-side sanitizer) or its plain text.
import { FORMAT_SUGGESTION_KEY } from '../../shared/suggestions/formatSuggestionJson';
import { MOVE_SUGGESTION_KEY } from '../../shared/suggestions/moveSuggestionJson';
import { RETYPE_SUGGESTION_KEY } from '../../shared/suggestions/retypeSuggestionJson';
import { LINK_SUGGESTION_KEY } from '../../shared/suggestions/linkSuggestionJson';
import { PRESENCE_SUGGESTION_KEY } from '../../shared/suggestions/presenceSuggestionJson';
import type { SerializedLexicalNode } from 'lexical';
import { findBodyProblem } from '../../shared/contract/lexicalState';
import { MARK_TYPES } from '../../shared/editor/inlineTypes';
import { BLOCK_SUGGESTION_KEY } from '../../shared/suggestions/blockSuggestionJson';

type Json = { type?: unknown; children?: unknown; [key: string]: unknown };

/** A node's state without a suggested split, join, formatting, move, type change or link (a copy is not the suggestion). */
function withoutSuggestionState(node: Json): Json {
  const state = node.$;
  if (typeof state !== 'object' || state === null) return node;
  const {
    [BLOCK_SUGGESTION_KEY]: _block,
    [FORMAT_SUGGESTION_KEY]: _format,
    [MOVE_SUGGESTION_KEY]: _move,
    [RETYPE_SUGGESTION_KEY]: _retype,
    [LINK_SUGGESTION_KEY]: _link,
    [PRESENCE_SUGGESTION_KEY]: _presence,
    ...rest
  } = state as Record<string, unknown>;
  return Object.keys(rest).length === Object.keys(state).length ? node : { ...node, $: rest };
}

function unwrapMarks(nodes: Json[]): Json[] {
  return nodes.flatMap((node) => {
    const children = Array.isArray(node.children) ? unwrapMarks(node.children as Json[]) : undefined;
    // A passage's language travels with its words; the newsroom's marks (claims, comments, suggestions) do not.
    if (MARK_TYPES.has(String(node.type)) && node.type !== 'lang-mark') return children ?? [];
    return [withoutSuggestionState(children ? { ...node, children } : node)];
  });
}

/** The pasted nodes, checked and cleaned; null when the payload is not something Redaksi would save. */
export function trustedPastedNodes(payload: string, knownTypes: ReadonlySet<string>): SerializedLexicalNode[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const nodes = (parsed as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) return null;
  if (findBodyProblem({ root: { type: 'root', children: nodes } }) !== null) return null;
  // A node type this editor does not know could not be created: refuse rather than fail half-way.
  const stack = [...(nodes as Json[])];
  while (stack.length) {
    const node = stack.pop()!;
    if (!knownTypes.has(String(node.type))) return null;
    if (Array.isArray(node.children)) stack.push(...(node.children as Json[]));
  }
  return unwrapMarks(nodes as Json[]) as unknown as SerializedLexicalNode[];
}
