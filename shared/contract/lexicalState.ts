// Shape check for a saved Lexical document. Nodes are open records (each node type adds
// fields), so the check is structural: a root with children, bounded in depth, count and size.
import { z } from 'zod';
import { imageSlotSchema, IMAGE_SLOT_KEYS } from '../editor/imageSlot';

export const MAX_BODY_DEPTH = 48;
export const MAX_BODY_NODES = 500_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SerializedBody {
  root: { type: 'root'; children: unknown[]; [key: string]: unknown };
}

/** Returns a message for the first problem found, or null. Iterative, so hostile nesting cannot overflow the stack. */
export function findBodyProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'body must be an object';
  const root = (value as { root?: unknown }).root;
  if (typeof root !== 'object' || root === null || (root as { type?: unknown }).type !== 'root') {
    return 'body.root must be a node of type "root"';
  }
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++count > MAX_BODY_NODES) return `body has more than ${MAX_BODY_NODES} nodes`;
    if (depth > MAX_BODY_DEPTH) return `body is nested deeper than ${MAX_BODY_DEPTH} levels`;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return 'every body node must be an object';
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `body node has a forbidden key "${key}"`;
    }
    const { type, children } = node as { type?: unknown; children?: unknown };
    if (typeof type !== 'string' || type.length === 0 || type.length > 64) return 'every body node needs a type';
    const fieldProblem = nodeFieldProblem(type, node as Record<string, unknown>);
    if (fieldProblem) return fieldProblem;
    if (children === undefined) continue;
    if (!Array.isArray(children)) return `children of a "${type}" node must be an array`;
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}

/** The fields the publication renderer reads must have their types: a pasted or hand-made node cannot break an export later. */
function nodeFieldProblem(type: string, node: Record<string, unknown>): string | null {
  if (type === 'text' && typeof node.text !== 'string') return 'a text node has no text';
  if (type === 'image-slot') {
    const slot = imageSlotSchema.safeParse(Object.fromEntries(IMAGE_SLOT_KEYS.map((key) => [key, node[key]])));
    if (!slot.success) return `an image slot has a bad ${slot.error.issues[0]?.path.join('.') || 'field'}`;
  }
  if (type === 'embed') {
    for (const key of ['url', 'author', 'text'])
      if (node[key] !== undefined && typeof node[key] !== 'string') return `an embed's ${key} is not text`;
  }
  return null;
}

export const lexicalStateSchema = z.custom<SerializedBody>((value) => findBodyProblem(value) === null, {
  error: (issue) => findBodyProblem(issue.input) ?? 'invalid body',
});

export function emptyBody(): SerializedBody {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}
