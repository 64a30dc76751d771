// Compares two versions of an article the way an editor reads a change: which sections and blocks
// were added, removed or moved, then the words inside a changed block, then formatting, claims and
// image slots. Sequence alignment is jsdiff's (Myers); matching and naming the changes is ours.
import { formatChangeList } from '../editor/textFormats';
import { diffArrays, diffWords } from 'diff';
import type { Claim } from '../claims/claimSchema';
import type { SerializedBody } from '../contract/lexicalState';
import type {
  BlockChange,
  BlockView,
  ClaimChange,
  Comparison,
  FormatChange,
  ImageChange,
  SectionChange,
  StyleChange,
  ValueChange,
  WordPart,
} from '../contract/history';
import type { ImageSlot } from '../editor/imageSlot';
import { charStyles, versionParts, type CharStyle, type VersionBlock, type VersionPart } from './versionBlocks';

export interface VersionSnapshot {
  headline: string;
  dek: string;
  byline: string;
  hero: ImageSlot | null;
  body: SerializedBody;
  /** null: the version was kept before claims were part of a version. */
  claims: Claim[] | null;
}

/** Word boundaries by Unicode's rules: "1.200" and "Jong-un" stay whole words. */
const WORDS = new Intl.Segmenter('id', { granularity: 'word' });
/** Past this many edits a block's words are shown as replaced whole (Myers is quadratic in the worst case). */
const MAX_WORD_EDITS = 2000;
/** Blocks this alike (shared words, 0–1) are one block changed rather than one removed and one added. */
const SAME_BLOCK = 0.4;
/** Sections this alike are one section, renamed or rewritten. */
const SAME_SECTION = 0.5;

export function compareVersions(a: VersionSnapshot, b: VersionSnapshot): Comparison {
  const fields = (['headline', 'dek', 'byline'] as const)
    .filter((field) => a[field] !== b[field])
    .map((field) => ({ field, words: wordDiff(a[field], b[field]) }));
  const partsA = versionParts(a.body);
  const partsB = versionParts(b.body);
  const sections = compareParts(partsA, partsB);
  return {
    fields,
    sections,
    claims: a.claims && b.claims ? compareClaims(a.claims, b.claims) : null,
    images: compareImages(a.hero, b.hero, partsA, partsB),
    counts: countChanges(sections),
  };
}

/** Word-level changes between two texts, adjacent parts of one kind joined. */
export function wordDiff(before: string, after: string): WordPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  const changes = diffWords(before, after, { maxEditLength: MAX_WORD_EDITS, intlSegmenter: WORDS });
  const parts: WordPart[] = changes
    ? changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
    : [
        { op: 'removed', text: before },
        { op: 'added', text: after },
      ];
  const joined: WordPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = joined[joined.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}

function words(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Shared words over all words (Dice's coefficient on word multisets). */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common++;
      counts.set(word, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

const view = (block: VersionBlock): BlockView => ({ kind: block.kind, text: block.text });
const partText = (part: VersionPart) => part.blocks.map((block) => block.text).join('\n');
const partKey = (part: VersionPart) => `${part.title ?? '\u0000'}\n${part.blocks.map((b) => `${b.kind}\u0001${b.text}`).join('\n')}`;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Pairs each newer part with the older part it comes from: same content, then same title, then alike. */
export function matchParts(partsA: VersionPart[], partsB: VersionPart[]): Map<number, number> {
  const pairs = new Map<number, number>(); // b → a
  const used = new Set<number>();
  const pass = (accept: (pa: VersionPart, pb: VersionPart) => boolean) => {
    partsB.forEach((pb, j) => {
      if (pairs.has(j)) return;
      const i = partsA.findIndex((pa, k) => !used.has(k) && accept(pa, pb));
      if (i < 0) return;
      pairs.set(j, i);
      used.add(i);
    });
  };
  pass((pa, pb) => partKey(pa) === partKey(pb));
  pass((pa, pb) => pa.title !== null && pa.title.trim() !== '' && pa.title === pb.title);
  pass((pa, pb) => pa.title === null && pb.title === null);
  pass((pa, pb) => (pa.title === null) === (pb.title === null) && similarity(partText(pa), partText(pb)) >= SAME_SECTION);
  return pairs;
}

/** Indices (into `sequence`) of a longest increasing subsequence: the parts that kept their order. */
function keptInOrder(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(sequence.length).fill(-1);
  sequence.forEach((value, index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  });
  const kept = new Set<number>();
  for (let at = tails[tails.length - 1] ?? -1; at >= 0; at = previous[at]!) kept.add(at);
  return kept;
}

function compareParts(partsA: VersionPart[], partsB: VersionPart[]): SectionChange[] {
  const pairs = matchParts(partsA, partsB);
  const ordered = [...pairs.entries()].sort(([j1], [j2]) => j1 - j2);
  const kept = keptInOrder(ordered.map(([, i]) => i));
  const moved = new Set(ordered.filter((_, index) => !kept.has(index)).map(([j]) => j));
  const changes: SectionChange[] = [];
  const matchedA = new Set(pairs.values());
  // Removed parts are listed where they stood, before the newer part that now stands there.
  const removedBefore = (j: number) => {
    const nextMatched = ordered.find(([jj]) => jj >= j);
    return nextMatched ? nextMatched[1] : partsA.length;
  };
  const emitted = new Set<number>();
  const emitRemovedUpTo = (limit: number) => {
    partsA.forEach((pa, i) => {
      if (i >= limit || matchedA.has(i) || emitted.has(i)) return;
      emitted.add(i);
      changes.push({
        change: 'removed',
        title: pa.title,
        renamedFrom: null,
        from: i,
        to: null,
        blocks: pa.blocks.map((block) => ({ change: 'removed', block: view(block) })),
      });
    });
  };
  partsB.forEach((pb, j) => {
    emitRemovedUpTo(removedBefore(j));
    const i = pairs.get(j);
    if (i === undefined) {
      changes.push({
        change: 'added',
        title: pb.title,
        renamedFrom: null,
        from: null,
        to: j,
        blocks: pb.blocks.map((block) => ({ change: 'added', block: view(block) })),
      });
      return;
    }
    const pa = partsA[i]!;
    const blocks = compareBlocks(pa.blocks, pb.blocks);
    const renamed = pa.title !== pb.title;
    if (blocks.length === 0 && !renamed && !moved.has(j)) return;
    changes.push({
      change: moved.has(j) ? 'moved' : 'changed',
      title: pb.title,
      renamedFrom: renamed ? pa.title : null,
      from: i,
      to: j,
      blocks,
    });
  });
  emitRemovedUpTo(partsA.length);
  pairMovedBlocks(changes);
  return changes;
}

/** A block removed in one place and the same text added in another is one block moved. */
function pairMovedBlocks(changes: SectionChange[]): void {
  const removed: Array<{ section: SectionChange; index: number }> = [];
  changes.forEach((section) =>
    section.blocks.forEach((block, index) => {
      if (block.change === 'removed' && block.block.text.trim() !== '') removed.push({ section, index });
    }),
  );
  const taken = new Set<(typeof removed)[number]>();
  for (const section of changes) {
    section.blocks.forEach((block, index) => {
      if (block.change !== 'added' || block.block.text.trim() === '') return;
      const source = removed.find(
        (r) => !taken.has(r) && (r.section.blocks[r.index] as { block: BlockView }).block.text === block.block.text,
      );
      if (!source) return;
      taken.add(source);
      section.blocks[index] = { change: 'moved in', block: block.block, from: titleOf(source.section) };
      source.section.blocks[source.index] = { change: 'moved out', block: block.block, to: titleOf(section) };
    });
  }
}

function titleOf(section: SectionChange): string {
  return section.title === null ? '(outside the sections)' : section.title || '(untitled section)';
}

function compareBlocks(blocksA: VersionBlock[], blocksB: VersionBlock[]): BlockChange[] {
  const key = (block: VersionBlock) => `${block.kind}\u0001${block.text}`;
  const changes: BlockChange[] = [];
  let i = 0;
  let j = 0;
  let removed: VersionBlock[] = [];
  let added: VersionBlock[] = [];
  const flush = () => {
    if (removed.length + added.length > 0) changes.push(...resolveHunk(removed, added));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(blocksA.map(key), blocksB.map(key))) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...blocksA.slice(i, i + count));
      i += count;
    } else if (part.added) {
      added.push(...blocksB.slice(j, j + count));
      j += count;
    } else {
      flush();
      for (let k = 0; k < count; k++) {
        const formats = formattingChanges(blocksA[i + k]!, blocksB[j + k]!);
        if (formats.length > 0) changes.push({ change: 'formatting', block: view(blocksB[j + k]!), formats });
      }
      i += count;
      j += count;
    }
  }
  flush();
  return changes;
}

/** Names the changes in a run of removed and added blocks: splits, merges, edits, then whatever is left. */
function resolveHunk(removed: VersionBlock[], added: VersionBlock[]): BlockChange[] {
  const out: BlockChange[] = [];
  let r = 0;
  let a = 0;
  while (r < removed.length || a < added.length) {
    const before = removed[r];
    const after = added[a];
    if (before && after) {
      const split = joinedRun(before, added, a);
      if (split > 1) {
        out.push({ change: 'split', before: view(before), after: added.slice(a, a + split).map(view) });
        r++;
        a += split;
        continue;
      }
      const merged = joinedRun(after, removed, r);
      if (merged > 1) {
        out.push({ change: 'merged', before: removed.slice(r, r + merged).map(view), after: view(after) });
        r += merged;
        a++;
        continue;
      }
      if (before.kind === after.kind && similarity(before.text, after.text) >= SAME_BLOCK) {
        out.push({ change: 'changed', kind: after.kind, words: wordDiff(before.text, after.text) });
        r++;
        a++;
        continue;
      }
      // Not alike: whichever is followed by a better partner goes first as a plain removal or addition.
      const nextAdded = added.slice(a + 1).some((x) => x.kind === before.kind && similarity(before.text, x.text) >= SAME_BLOCK);
      if (nextAdded) out.push({ change: 'added', block: view(added[a++]!) });
      else out.push({ change: 'removed', block: view(removed[r++]!) });
      continue;
    }
    if (before) out.push({ change: 'removed', block: view(removed[r++]!) });
    else out.push({ change: 'added', block: view(added[a++]!) });
  }
  return out;
}

/** How many blocks from `list[start]` on read, joined, as `whole` (a split or merged paragraph); 0 if none. */
function joinedRun(whole: VersionBlock, list: VersionBlock[], start: number): number {
  const target = squash(whole.text);
  if (target === '') return 0;
  let joined = '';
  for (let k = start; k < list.length; k++) {
    joined = squash(`${joined} ${list[k]!.text}`);
    if (joined === target) return k - start + 1;
    if (!target.startsWith(joined)) return 0;
  }
  return 0;
}

/** What happened to the formatting of a block whose text stayed the same. */
export function formattingChanges(a: VersionBlock, b: VersionBlock): FormatChange[] {
  const styleA = charStyles(a);
  const styleB = charStyles(b);
  // A picture's words (its alt text and caption) carry no formatting: nothing to compare.
  if (styleA.length !== a.text.length || styleB.length !== b.text.length) return [];
  const describe = (x: CharStyle, y: CharStyle): StyleChange[] => {
    const said: StyleChange[] = formatChangeList(x.format, y.format).map(({ name, added }) => ({ kind: 'format', name, added }));
    if (x.link !== y.link) said.push({ kind: 'link', was: x.link, now: y.link });
    if (x.language !== y.language) said.push({ kind: 'language', was: x.language, now: y.language });
    return said;
  };
  const out: FormatChange[] = [];
  let start = 0;
  while (start < b.text.length) {
    const what = describe(styleA[start]!, styleB[start]!);
    let end = start + 1;
    const key = JSON.stringify(what);
    while (end < b.text.length && JSON.stringify(describe(styleA[end]!, styleB[end]!)) === key) end++;
    const words = b.text.slice(start, end).trim();
    if (what.length > 0 && words !== '') out.push({ words, changes: what });
    start = end;
  }
  return out;
}

function countChanges(sections: SectionChange[]): Comparison['counts'] {
  const counts = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const section of sections) {
    if (section.change === 'moved') counts.moved++;
    for (const block of section.blocks) {
      if (block.change === 'added') counts.added++;
      else if (block.change === 'removed') counts.removed++;
      else if (block.change === 'moved in') counts.moved++;
      else if (block.change !== 'moved out') counts.changed++;
    }
  }
  return counts;
}

const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};

function valueChanges(pairs: Array<[string, unknown, unknown]>): ValueChange[] {
  return pairs
    .filter(([, x, y]) => JSON.stringify(x ?? null) !== JSON.stringify(y ?? null))
    .map(([what, x, y]) => ({ what, before: shown(x), after: shown(y) }));
}

const CLAIM_FIELDS = [
  'verdict',
  'status',
  'summary',
  'kind',
  'claimant',
  'conclusion',
  'attributionQuality',
  'assignee',
  'notes',
] as const satisfies ReadonlyArray<keyof Claim>;

function compareClaims(before: Claim[], after: Claim[]): ClaimChange[] {
  const old = new Map(before.map((claim) => [claim.id, claim]));
  const now = new Map(after.map((claim) => [claim.id, claim]));
  const changes: ClaimChange[] = [];
  for (const claim of after) {
    const was = old.get(claim.id);
    if (!was) {
      changes.push({ change: 'added', claimId: claim.id, quote: claim.quote, details: valueChanges([['verdict', null, claim.verdict]]) });
      continue;
    }
    const details = valueChanges([
      ...CLAIM_FIELDS.map((field): [string, unknown, unknown] => [field, was[field], claim[field]]),
      [
        'attribution',
        Object.values(was.attribution).filter(Boolean).join(' → '),
        Object.values(claim.attribution).filter(Boolean).join(' → '),
      ],
      ['sign-off', signOffText(was), signOffText(claim)],
    ]);
    const sourceKey = (s: Claim['sources'][number]) => `${s.title} ${s.url}`.trim();
    const oldSources = new Set(was.sources.map(sourceKey));
    const newSources = new Set(claim.sources.map(sourceKey));
    for (const s of newSources) if (!oldSources.has(s)) details.push({ what: 'source added', before: '', after: s });
    for (const s of oldSources) if (!newSources.has(s)) details.push({ what: 'source removed', before: s, after: '' });
    for (const comment of claim.comments.slice(was.comments.length))
      details.push({ what: 'comment', before: '', after: `${comment.author}: ${comment.text}` });
    if (details.length > 0) changes.push({ change: 'changed', claimId: claim.id, quote: claim.quote, details });
  }
  for (const claim of before)
    if (!now.has(claim.id)) changes.push({ change: 'removed', claimId: claim.id, quote: claim.quote, details: [] });
  return changes;
}

function signOffText(claim: Claim): string {
  return claim.signOff ? `${claim.signOff.by}, ${claim.signOff.at.slice(0, 10)}` : '';
}

const SLOT_FIELDS = ['assetId', 'alt', 'caption', 'credit', 'rights', 'focalPoint'] as const;
const SLOT_NAMES: Record<(typeof SLOT_FIELDS)[number], string> = {
  assetId: 'picture',
  alt: 'alt text',
  caption: 'caption',
  credit: 'credit',
  rights: 'rights',
  focalPoint: 'focal point',
};

function slotChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): ValueChange[] {
  return valueChanges(SLOT_FIELDS.map((field) => [SLOT_NAMES[field], before?.[field], after?.[field]]));
}

function compareImages(heroA: ImageSlot | null, heroB: ImageSlot | null, partsA: VersionPart[], partsB: VersionPart[]): ImageChange[] {
  const changes: ImageChange[] = [];
  const hero = slotChanges(heroA, heroB);
  if (hero.length > 0) changes.push({ image: 'Hero image', place: { kind: 'hero' }, details: hero });
  const inline = (parts: VersionPart[]) =>
    parts.flatMap((part) => part.blocks.filter((b) => b.image).map((b) => ({ slot: b.image!, section: part.title })));
  const imagesA = inline(partsA);
  const imagesB = inline(partsB);
  // The same picture is the same slot wherever it moved; empty slots pair in order.
  const used = new Set<number>();
  const partner = imagesB.map((b) => {
    const i = imagesA.findIndex(
      (a, k) => !used.has(k) && b.slot.assetId !== null && b.slot.assetId !== undefined && a.slot.assetId === b.slot.assetId,
    );
    if (i >= 0) used.add(i);
    return i;
  });
  imagesB.forEach((_, j) => {
    if (partner[j]! >= 0) return;
    const i = imagesA.findIndex((_, k) => !used.has(k));
    if (i >= 0) {
      used.add(i);
      partner[j] = i;
    }
  });
  imagesB.forEach((b, j) => {
    const details = slotChanges(partner[j]! >= 0 ? imagesA[partner[j]!]!.slot : null, b.slot);
    const where = b.section ? ` in “${b.section}”` : '';
    if (details.length > 0)
      changes.push({ image: `Image ${j + 1}${where}`, place: { kind: 'image', number: j + 1, section: b.section ?? null }, details });
  });
  imagesA.forEach((a, i) => {
    if (!used.has(i))
      changes.push({
        image: `Image removed${a.section ? ` from “${a.section}”` : ''}`,
        place: { kind: 'removed', section: a.section ?? null },
        details: slotChanges(a.slot, null),
      });
  });
  return changes;
}
