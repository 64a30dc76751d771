// A claim whose mark a merge lost gets it back where its words stand once; cut text stays an orphan.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $getRoot, $isTextNode, type ElementNode } from 'lexical';
import { editBodyInDoc, readBodyFromDoc, writeBodyToDoc } from '../../../shared/collab/bodyDoc';
import { $createClaimMarkNode, $isClaimMarkNode, type ClaimMarkNode } from '../../../shared/editor/nodes/ClaimMarkNode';
import { reanchorClaims } from '../../../shared/collab/reanchorClaims';
import { claimContexts } from '../../../shared/claims/claimContext';
import { bodyOf, claimMark, paragraph, text } from '../../fixtures/bodies';

function $theMark(): ClaimMarkNode {
  const mark = $getRoot().getFirstChildOrThrow<ElementNode>().getChildren().find($isClaimMarkNode);
  if (!mark) throw new Error('no mark');
  return mark;
}

function docWith(...blocks: Record<string, unknown>[]): Y.Doc {
  const doc = new Y.Doc();
  writeBodyToDoc(doc, bodyOf(...blocks));
  return doc;
}

describe('re-anchoring claims a merge unmarked', () => {
  it('marks the quoted words again, as a targeted edit that merges with concurrent typing elsewhere', () => {
    const server = docWith(
      paragraph(text('Pengiriman ini mencakup lebih dari 6.000 insinyur, kata NIS.')),
      paragraph(text('Paragraf lain.')),
    );
    const window = new Y.Doc();
    Y.applyUpdate(window, Y.encodeStateAsUpdate(server));
    expect(reanchorClaims(server, [{ id: 'c1', quote: 'lebih dari 6.000 insinyur' }], 'test')).toEqual(['c1']);
    const contexts = claimContexts(readBodyFromDoc(server));
    expect(contexts.get('c1')?.marked).toBe('lebih dari 6.000 insinyur');
    // The window receives it as an ordinary update.
    Y.applyUpdate(window, Y.encodeStateAsUpdate(server));
    expect(JSON.stringify(readBodyFromDoc(window))).toContain('"ids":["c1"]');
    expect(JSON.stringify(readBodyFromDoc(window))).toContain('Paragraf lain.');
  });

  it('puts back an id that concurrent marks of the same words dropped from the id list', () => {
    // Both marked "6.000 insinyur" at once: A's mark says [c1], B's says [c2]; the merge kept one value.
    const a = docWith(paragraph(text('Ada 6.000 insinyur di sana.')));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const wrap = (doc: Y.Doc, id: string) =>
      editBodyInDoc(
        doc,
        () => {
          const node = $getRoot().getFirstDescendant();
          if (!$isTextNode(node)) throw new Error('no text');
          const [, middle] = node.splitText(4, 4 + '6.000 insinyur'.length);
          const mark = $createClaimMarkNode([id]);
          middle!.insertBefore(mark);
          mark.append(middle!);
        },
        'test',
      );
    wrap(a, 'c1');
    // B marks the words that A marked (having received A's mark): it adds its id to the same mark.
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editBodyInDoc(b, () => $theMark().addID('c2'), 'test');
    // …while A, concurrently, replaced the list (as setIDs on the same mark does).
    editBodyInDoc(a, () => $theMark().addID('c3'), 'test');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = claimContexts(readBodyFromDoc(a));
    const lost = ['c2', 'c3'].filter((id) => !merged.has(id));
    expect(lost.length).toBeGreaterThan(0); // the trap: a whole-value id list
    expect(
      reanchorClaims(
        a,
        lost.map((id) => ({ id, quote: '6.000 insinyur' })),
        'test',
      ),
    ).toEqual(lost);
    const repaired = claimContexts(readBodyFromDoc(a));
    for (const id of ['c1', 'c2', 'c3']) expect(repaired.get(id)?.marked).toBe('6.000 insinyur');
  });

  it('leaves an orphan whose words were cut, stand in more than one place, or lie inside another claim’s longer mark', () => {
    const doc = docWith(paragraph(text('Angka 10 persen. Lalu 10 persen lagi.')), paragraph(claimMark(['c9'], text('sudah ditandai'))));
    const before = Y.encodeStateVector(doc);
    expect(
      reanchorClaims(
        doc,
        [
          { id: 'c2', quote: 'kalimat yang dipotong' },
          { id: 'c3', quote: '10 persen' },
          { id: 'c4', quote: 'ditandai' },
        ],
        'test',
      ),
    ).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
