// A claim whose mark a merge lost gets it back where its words stand once; cut text stays an orphan.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBodyFromDoc, writeBodyToDoc } from '../../../shared/collab/bodyDoc';
import { reanchorClaims } from '../../../shared/collab/reanchorClaims';
import { claimContexts } from '../../../shared/claims/claimContext';
import { bodyOf, claimMark, paragraph, text } from '../../fixtures/bodies';

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

  it('leaves an orphan whose words were cut, or stand in more than one place, or are already marked', () => {
    const doc = docWith(paragraph(text('Angka 10 persen. Lalu 10 persen lagi.')), paragraph(claimMark(['c9'], text('sudah ditandai'))));
    const before = Y.encodeStateVector(doc);
    expect(
      reanchorClaims(
        doc,
        [
          { id: 'c2', quote: 'kalimat yang dipotong' },
          { id: 'c3', quote: '10 persen' },
          { id: 'c4', quote: 'sudah ditandai' },
        ],
        'test',
      ),
    ).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
