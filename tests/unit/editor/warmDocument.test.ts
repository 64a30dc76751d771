// The editor's warm-up draws a throwaway document made the way the main side makes an article's: it
// must be a body the article's nodes take, and its update must carry all of it (a warm-up that draws
// nothing warms nothing).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { normalizeBody, readBodyFromDoc } from '../../../shared/collab/bodyDoc';
import { findBodyProblem } from '../../../shared/contract/lexicalState';
import { warmBody, warmUpdate } from '../../../renderer/editor/warmUp/warmDocument';

function countTypes(node: unknown, into = new Map<string, number>()): Map<string, number> {
  const { type, children } = node as { type: string; children?: unknown[] };
  into.set(type, (into.get(type) ?? 0) + 1);
  for (const child of children ?? []) countTypes(child, into);
  return into;
}

describe('the warm-up document', () => {
  it('is a valid article body with the usual kinds of content', () => {
    const body = warmBody();
    expect(findBodyProblem(body)).toBeNull();
    const types = countTypes(body.root);
    expect(types.get('section')).toBe(2);
    expect(types.get('paragraph')).toBe(24);
    for (const kind of ['claim-mark', 'link', 'quote', 'list', 'listitem', 'image-slot', 'section-title'])
      expect(types.get(kind)).toBeGreaterThan(0);
  });

  it('arrives whole from its update, as an article opening does', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, warmUpdate());
    expect(readBodyFromDoc(doc)).toEqual(normalizeBody(warmBody()));
    doc.destroy();
  });
});
