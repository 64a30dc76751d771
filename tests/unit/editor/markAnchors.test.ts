// The claims and comments panels keep their list of anchors when an edit leaves what the marks hold
// as it was: 300 claims are not rendered again for a keystroke that only rewrote the marks around it.
import { describe, expect, it } from 'vitest';
import { sameAnchorIds, sameAnchors } from '../../../renderer/editor/markAnchors';

const current = new Map([
  ['c1', 'Harga beras naik 20 persen'],
  ['c2', 'menurut BPS'],
]);
const typedIn = new Map([...current, ['c1', 'Harga beras naik 25 persen']]);
const added = new Map([...current, ['c3', 'kata Menteri']]);
const removed = new Map([['c1', 'Harga beras naik 20 persen']]);
const swapped = new Map([
  ['c1', 'Harga beras naik 20 persen'],
  ['c3', 'menurut BPS'],
]);

describe('sameAnchors (when typing pauses)', () => {
  it('is the same when every id holds the same words, in any order', () => {
    const reordered = new Map([
      ['c2', 'menurut BPS'],
      ['c1', 'Harga beras naik 20 persen'],
    ]);
    expect(sameAnchors(current, reordered)).toBe(true);
  });

  it('differs when words changed, an id came or an id went', () => {
    for (const next of [typedIn, added, removed, swapped]) expect(sameAnchors(current, next)).toBe(false);
  });
});

describe('sameAnchorIds (on a keystroke: the words follow on the pause)', () => {
  it('is the same while the same ids are marked, even with other words', () => {
    expect(sameAnchorIds(current, typedIn)).toBe(true);
  });

  it('differs when a claim is marked or cut', () => {
    for (const next of [added, removed, swapped]) expect(sameAnchorIds(current, next)).toBe(false);
  });
});
