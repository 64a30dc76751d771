// Golden tests for the version comparison: two versions in, the comparison as `redaksi diff`
// prints it out. Run with UPDATE_GOLDEN=1 to rewrite tests/fixtures/history after a deliberate
// change (and read the diff). Each case also asserts the structure it is about, so a golden file
// written by mistake cannot hide a wrong answer.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/claims/claimSchema';
import { defaultClaimFields } from '../../../shared/claims/claimSchema';
import type { Comparison } from '../../../shared/contract/history';
import { comparisonSchema } from '../../../shared/contract/history';
import type { SerializedBody } from '../../../shared/contract/lexicalState';
import { compareVersions, wordDiff, type VersionSnapshot } from '../../../shared/history/compareVersions';
import { formatComparison } from '../../../shared/history/formatComparison';
import { restorePart } from '../../../shared/history/restorePart';
import { versionParts } from '../../../shared/history/versionBlocks';
import { importPlainText } from '../../../shared/import/importPlainText';
import { emptySlot, HERO_SPEC } from '../../../shared/editor/imageSlot';
import { bodyOf, claimMark, heading, imageSlot, langMark, link, paragraph, section, text } from '../../fixtures/bodies';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'history');
const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'explainer-id.txt'), 'utf8');

function snapshot(body: SerializedBody, patch: Partial<VersionSnapshot> = {}): VersionSnapshot {
  return { headline: 'Banjir Jakarta', dek: '', byline: 'Rina', hero: null, body, claims: [], ...patch };
}

function golden(name: string, comparison: Comparison): void {
  expect(comparisonSchema.parse(comparison)).toEqual(comparison);
  const printed = formatComparison(comparison);
  mkdirSync(GOLDEN, { recursive: true });
  const file = join(GOLDEN, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, printed);
  expect(printed).toBe(readFileSync(file, 'utf8'));
}

const CLAIM_ID = '6f1c7a52-9d0e-4a8e-9c1a-0b7f3d2e1a55';
function claim(patch: Partial<Claim> = {}): Claim {
  return {
    id: CLAIM_ID,
    articleId: 'a',
    quote: 'lebih dari 6.000 insinyur',
    ...defaultClaimFields(),
    comments: [],
    signOff: null,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...patch,
  };
}

const three = (order: Array<'a' | 'b' | 'c'>) =>
  bodyOf(
    ...order.map(
      (key) =>
        ({
          a: section(true, 'Latar belakang', paragraph(text('Hujan deras turun sejak Senin malam di seluruh Jakarta.'))),
          b: section(true, 'Dampak', paragraph(text('Sebanyak 1.200 warga mengungsi ke gedung sekolah.'))),
          c: section(true, 'Tanggapan', paragraph(text('Gubernur meminta warga tetap waspada.'))),
        })[key],
    ),
  );

describe('comparing two versions (golden)', () => {
  it('a picture left as it was, and a gallery’s, is no change (it crashed the comparison: a picture’s words have no formatting)', () => {
    const pictures = (words: string) =>
      bodyOf(paragraph(text(words)), imageSlot({ assetId: 'b'.repeat(64), alt: 'Perahu karet', caption: 'Tim SAR' }), {
        type: 'gallery',
        version: 1,
        children: [imageSlot({ alt: 'Posko' }), imageSlot()],
      });
    const comparison = compareVersions(snapshot(pictures('Air mulai surut.')), snapshot(pictures('Air mulai surut pada Rabu.')));
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
  });

  it('a moved section is one move, not a removal and an addition', () => {
    const comparison = compareVersions(snapshot(three(['a', 'b', 'c'])), snapshot(three(['a', 'c', 'b'])));
    expect(comparison.sections).toHaveLength(1);
    expect(comparison.sections[0]).toMatchObject({ change: 'moved', title: expect.any(String), blocks: [] });
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 1 });
    golden('moved-section', comparison);
  });

  it('a split paragraph is one split, with both halves', () => {
    const before = bodyOf(paragraph(text('Air mulai surut pada Rabu pagi. Warga kembali ke rumah untuk membersihkan lumpur.')));
    const after = bodyOf(
      paragraph(text('Air mulai surut pada Rabu pagi.')),
      paragraph(text('Warga kembali ke rumah untuk membersihkan lumpur.')),
    );
    const comparison = compareVersions(snapshot(before), snapshot(after));
    expect(comparison.sections[0]!.blocks).toEqual([
      {
        change: 'split',
        before: { kind: 'paragraph', text: 'Air mulai surut pada Rabu pagi. Warga kembali ke rumah untuk membersihkan lumpur.' },
        after: [
          { kind: 'paragraph', text: 'Air mulai surut pada Rabu pagi.' },
          { kind: 'paragraph', text: 'Warga kembali ke rumah untuk membersihkan lumpur.' },
        ],
      },
    ]);
    golden('split-paragraph', comparison);
    // And back: two paragraphs merged.
    expect(compareVersions(snapshot(after), snapshot(before)).sections[0]!.blocks[0]!.change).toBe('merged');
  });

  it('a formatting-only change names the words and the format, with no text change', () => {
    const before = bodyOf(paragraph(text('Menurut BNPB, 1.200 warga mengungsi.')));
    const after = bodyOf(
      paragraph(link('https://bnpb.go.id/', text('Menurut BNPB')), text(', '), text('1.200 warga', 1), text(' mengungsi.')),
    );
    const comparison = compareVersions(snapshot(before), snapshot(after));
    const blocks = comparison.sections[0]!.blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      change: 'formatting',
      formats: [
        { words: 'Menurut BNPB', changes: [{ kind: 'link', was: null, now: 'https://bnpb.go.id/' }] },
        { words: '1.200 warga', changes: [{ kind: 'format', name: 'bold', added: true }] },
      ],
    });
    expect(comparison.counts.changed).toBe(1);
    golden('formatting-only', comparison);
  });

  it('a passage marked as another language, or its mark taken away, is a formatting change', () => {
    const before = bodyOf(paragraph(text('Ia berkata '), text('“we will stay”'), text(' kepada wartawan.')));
    const after = bodyOf(paragraph(text('Ia berkata '), langMark('en', text('“we will stay”')), text(' kepada wartawan.')));
    const marked = compareVersions(snapshot(before), snapshot(after)).sections[0]!.blocks;
    expect(marked).toMatchObject([
      { change: 'formatting', formats: [{ words: '“we will stay”', changes: [{ kind: 'language', was: null, now: 'en' }] }] },
    ]);
    expect(formatComparison(compareVersions(snapshot(before), snapshot(after)))).toContain('marked as language en: ““we will stay””');
    const back = compareVersions(snapshot(after), snapshot(before)).sections[0]!.blocks;
    expect(back).toMatchObject([
      { change: 'formatting', formats: [{ words: '“we will stay”', changes: [{ kind: 'language', was: 'en', now: null }] }] },
    ]);
    const other = bodyOf(paragraph(text('Ia berkata '), langMark('ms', text('“we will stay”')), text(' kepada wartawan.')));
    expect(compareVersions(snapshot(after), snapshot(other)).sections[0]!.blocks[0]).toMatchObject({
      formats: [{ words: '“we will stay”', changes: [{ kind: 'language', was: 'en', now: 'ms' }] }],
    });
  });

  it("a claim's verdict and sources changed, its words unchanged", () => {
    const body = bodyOf(paragraph(text('Pengiriman mencakup '), claimMark([CLAIM_ID], text('lebih dari 6.000 insinyur')), text('.')));
    const source = {
      url: 'https://www.nis.go.kr/',
      title: 'Laporan NIS',
      publisher: 'NIS',
      accessed: '2026-12-01',
      archiveUrl: '',
      excerpt: '',
      primary: true,
      independent: true,
    };
    const comparison = compareVersions(
      snapshot(body, { claims: [claim()] }),
      snapshot(body, {
        claims: [
          claim({
            verdict: 'true',
            status: 'done',
            sources: [source],
            signOff: { by: 'Dewi', at: '2026-12-02T03:00:00.000Z', revision: 4, text: 'lebih dari 6.000 insinyur' },
          }),
        ],
      }),
    );
    expect(comparison.sections).toEqual([]);
    expect(comparison.claims).toHaveLength(1);
    expect(comparison.claims![0]!.details).toEqual(
      expect.arrayContaining([
        { what: 'verdict', before: 'unchecked', after: 'true' },
        { what: 'source added', before: '', after: 'Laporan NIS https://www.nis.go.kr/' },
      ]),
    );
    golden('claim-verdict', comparison);
  });

  it('words changed inside a paragraph, the headline, and an image slot’s caption and credit', () => {
    const hero = { ...emptySlot(HERO_SPEC), assetId: 'a'.repeat(64), alt: 'Banjir', caption: 'Warga mengungsi', credit: 'Antara' };
    const before = bodyOf(
      paragraph(text('Sebanyak 1.200 warga mengungsi ke gedung sekolah.')),
      imageSlot({ assetId: 'b'.repeat(64), alt: 'Perahu karet' }),
    );
    const after = bodyOf(
      paragraph(text('Sebanyak 1.500 warga mengungsi ke masjid dan gedung sekolah.')),
      imageSlot({ assetId: 'b'.repeat(64), alt: 'Perahu karet SAR', caption: 'Tim SAR' }),
    );
    const comparison = compareVersions(
      snapshot(before, { hero }),
      snapshot(after, { headline: 'Banjir Jakarta meluas', hero: { ...hero, credit: 'Antara/Rina' } }),
    );
    expect(comparison.fields).toEqual([{ field: 'headline', words: wordDiff('Banjir Jakarta', 'Banjir Jakarta meluas') }]);
    const changed = comparison.sections[0]!.blocks.find((b) => b.change === 'changed');
    expect(changed && 'words' in changed && changed.words.filter((w) => w.op !== 'same').map((w) => w.text)).toEqual([
      '1.200',
      '1.500',
      'masjid dan ',
    ]);
    expect(comparison.images.map((i) => i.image)).toEqual(['Hero image', 'Image 1']);
    // The same places, for the interface to say in its own language.
    expect(comparison.images.map((i) => i.place)).toEqual([{ kind: 'hero' }, { kind: 'image', number: 1, section: null }]);
    golden('words-and-images', comparison);
  });

  it('the real sample: a section moved to the end, two paragraphs merged, a word changed', () => {
    const imported = importPlainText(SAMPLE);
    const before = imported.body;
    const children = JSON.parse(JSON.stringify(before.root.children)) as Array<{ type: string; children: Array<Record<string, unknown>> }>;
    const sections = children.filter((c) => c.type === 'section');
    expect(sections.length).toBeGreaterThan(4);
    // Move the second section to the end.
    const second = children.indexOf(sections[1]!);
    children.push(...children.splice(second, 1));
    // Merge the first section's two paragraphs; change a word in the third section.
    const first = sections[0]!.children;
    const para = (n: { children: Array<{ text: string }> }) => n.children.map((c) => c.text).join('');
    const [p1, p2] = [first[1] as never, first[2] as never];
    first.splice(1, 2, paragraph(text(`${para(p1)} ${para(p2)}`)));
    const third = sections[2]!.children[1] as { children: Array<{ text: string }> };
    third.children[0]!.text = third.children[0]!.text.replace('analis', 'pengamat');
    const after: SerializedBody = { root: { ...before.root, children } };
    const comparison = compareVersions(snapshot(before), snapshot(after));
    expect(comparison.sections.map((s) => s.change)).toEqual(['changed', 'changed', 'moved']);
    expect(comparison.counts).toEqual({ added: 0, removed: 0, changed: 2, moved: 1 });
    golden('sample-explainer', comparison);
  });
});

describe('restoring one section', () => {
  it('puts the old section back in place of what it became, the rest untouched', () => {
    const old = three(['a', 'b', 'c']);
    const now = bodyOf(
      section(true, 'Latar belakang', paragraph(text('Hujan turun.'))),
      section(true, 'Dampak', paragraph(text('Ribuan warga mengungsi.'))),
      section(true, 'Tanggapan', paragraph(text('Gubernur meminta warga tetap waspada dan siaga.'))),
    );
    const restored = restorePart(now, old, 1);
    expect(versionParts(restored).map((p) => p.blocks[0]!.text)).toEqual([
      'Hujan turun.',
      'Sebanyak 1.200 warga mengungsi ke gedung sekolah.',
      'Gubernur meminta warga tetap waspada dan siaga.',
    ]);
  });

  it('a section removed since goes back where it stood', () => {
    const old = three(['a', 'b', 'c']);
    const now = three(['a', 'c']);
    const restored = restorePart(now, old, 1);
    expect(versionParts(restored).map((p) => p.title)).toEqual(['Latar belakang', 'Dampak', 'Tanggapan']);
  });

  it('outside template sections, a heading and the blocks under it are one section', () => {
    const body = bodyOf(
      paragraph(text('Pembuka.')),
      heading('h2', text('Dampak')),
      paragraph(text('Satu.')),
      heading('h2', text('Tanggapan')),
      paragraph(text('Dua.')),
    );
    expect(versionParts(body).map((p) => [p.title, p.range])).toEqual([
      [null, [0, 1]],
      ['Dampak', [1, 3]],
      ['Tanggapan', [3, 5]],
    ]);
  });
});
