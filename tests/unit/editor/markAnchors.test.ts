// The claims and comments panels keep their list of anchors when an edit leaves what the marks hold
// as it was: 300 claims are not rendered again for a keystroke that only rewrote the marks around it.
import { describe, expect, it } from 'vitest';
import { sameOrNext } from '../../../renderer/editor/markAnchors';

describe('sameOrNext', () => {
  const current = new Map([
    ['c1', 'Harga beras naik 20 persen'],
    ['c2', 'menurut BPS'],
  ]);

  it('keeps the current anchors when every id holds the same words', () => {
    const next = new Map([
      ['c2', 'menurut BPS'],
      ['c1', 'Harga beras naik 20 persen'],
    ]);
    expect(sameOrNext(current, next)).toBe(current);
  });

  it('takes the new anchors when words changed, an id came or an id went', () => {
    const changed = new Map([...current, ['c1', 'Harga beras naik 25 persen']]);
    const added = new Map([...current, ['c3', 'kata Menteri']]);
    const removed = new Map([['c1', 'Harga beras naik 20 persen']]);
    const swapped = new Map([
      ['c1', 'Harga beras naik 20 persen'],
      ['c3', 'menurut BPS'],
    ]);
    for (const next of [changed, added, removed, swapped]) expect(sameOrNext(current, next)).toBe(next);
  });
});
