// Restoring one section of an older version: that part of the old body goes back in place of the
// part it became (or, when it was removed since, back where it stood), the rest of today's body
// untouched. The result is a new body; a restore is saved as a new version, so nothing is lost.
import type { SerializedBody } from '../contract/lexicalState';
import { matchParts } from './compareVersions';
import { versionParts } from './versionBlocks';

export function restorePart(current: SerializedBody, version: SerializedBody, from: number): SerializedBody {
  const old = versionParts(version);
  const now = versionParts(current);
  const part = old[from];
  if (!part) throw new RangeError(`The version has no part ${from + 1}.`);
  const pairs = matchParts(old, now); // now → old
  const currentOf = (i: number) => [...pairs.entries()].find(([, a]) => a === i)?.[0];
  const children = [...current.root.children];
  const restored = JSON.parse(JSON.stringify(version.root.children.slice(part.range[0], part.range[1]))) as unknown[];
  const j = currentOf(from);
  if (j !== undefined) {
    const [start, end] = now[j]!.range;
    children.splice(start, end - start, ...restored);
  } else {
    // Back after the nearest earlier part that is still there (or at the top).
    let at = 0;
    for (let i = from - 1; i >= 0; i--) {
      const before = currentOf(i);
      if (before !== undefined) {
        at = now[before]!.range[1];
        break;
      }
    }
    children.splice(at, 0, ...restored);
  }
  return { root: { ...current.root, children } };
}
