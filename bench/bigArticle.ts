// The benchmark article: 20,000 words in 30 numbered sections, each with an image slot holding a
// real image and 10 claim marks (300 in all) — a long investigative piece, fact-checked.
import sharp from 'sharp';
import type { ArticleFields } from '../shared/contract/channels';
import type { SerializedBody } from '../shared/contract/lexicalState';
import { HERO_SPEC, INLINE_SPEC, type ImageSlot } from '../shared/editor/imageSlot';
import type { Dispatch } from '../electron/service/dispatch';
import { bodyOf, claimMark, paragraph, section, text } from '../tests/fixtures/bodies';
import { paragraphs, seeded } from './corpus';

export const BIG = { words: 20_000, sections: 30, images: 30, claims: 300 } as const;

async function call<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

function filledSlot(spec: typeof INLINE_SPEC, assetId: string, n: number): ImageSlot {
  return { ...spec, assetId, alt: `Foto ${n}`, caption: `Keterangan foto ${n}`, credit: 'Redaksi', rights: '', focalPoint: null };
}

export async function benchImages(count: number): Promise<Uint8Array[]> {
  const images: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const jpeg = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: { r: (i * 37) % 256, g: (i * 91) % 256, b: (i * 53) % 256 } },
    })
      .composite([
        { input: Buffer.from(`<svg width="1600" height="900"><circle cx="${200 + i * 40}" cy="450" r="300" fill="#fff8"/></svg>`) },
      ])
      .jpeg({ quality: 85 })
      .toBuffer();
    images.push(new Uint8Array(jpeg));
  }
  return images;
}

function paragraphWithClaims(words: string[], claims: string[]) {
  const children = [];
  const step = Math.floor(words.length / (claims.length + 1));
  let from = 0;
  claims.forEach((claim, i) => {
    const at = step * (i + 1);
    children.push(text(`${words.slice(from, at).join(' ')} `), claimMark([claim], text(words.slice(at, at + 4).join(' '))));
    from = at + 4;
  });
  children.push(text(`${claims.length ? ' ' : ''}${words.slice(from).join(' ')}`));
  return paragraph(...children);
}

/** Builds the body: ~667 words per section, one image, ten claims wrapped around short phrases. */
export function bigBody(assetIds: string[], claimIds: string[], seed = 7): SerializedBody {
  const next = seeded(seed);
  const perSection = Math.round(BIG.words / BIG.sections);
  const sections = [];
  for (let s = 0; s < BIG.sections; s++) {
    const texts = paragraphs(next, 'id', perSection);
    const claimsHere = claimIds.slice(s * 10, s * 10 + 10);
    // Claims go round the paragraphs; in a paragraph each wraps four words, spread through it.
    const blocks = texts.map((words, p) =>
      paragraphWithClaims(
        words.split(' '),
        claimsHere.filter((_, k) => k % texts.length === p),
      ),
    );
    blocks.splice(2, 0, { type: 'image-slot', version: 1, ...filledSlot(INLINE_SPEC, assetIds[s % assetIds.length]!, s + 1) });
    sections.push(section(true, `Bagian ${s + 1}: ${texts[0]!.split(' ').slice(0, 6).join(' ')}`, ...blocks));
  }
  return bodyOf(...sections);
}

/** Stores the images, the article, its 300 claims and its body; returns the article id and its fields. */
export async function seedBigArticle(dispatch: Dispatch): Promise<{ id: string; fields: ArticleFields }> {
  const assetIds: string[] = [];
  for (const [i, data] of (await benchImages(BIG.images)).entries()) {
    assetIds.push((await call<{ id: string }>(dispatch, 'assets:import', { name: `foto-${i + 1}.jpg`, data })).id);
  }
  const article = await call<{ id: string; revision: number }>(dispatch, 'articles:create', {
    headline: 'Investigasi panjang: dua puluh ribu kata',
    language: 'id',
  });
  const claimIds: string[] = [];
  for (let i = 0; i < BIG.claims; i++) {
    claimIds.push((await call<{ id: string }>(dispatch, 'claims:create', { articleId: article.id, quote: `klaim ${i + 1}` })).id);
  }
  const fields: ArticleFields = {
    headline: 'Investigasi panjang: dua puluh ribu kata',
    dek: 'Artikel uji untuk tolok ukur',
    byline: 'Tim Redaksi',
    language: 'id',
    timeZone: 'Asia/Jakarta',
    publishAt: '2025-07-04T17:00:00+07:00',
    hero: filledSlot(HERO_SPEC, assetIds[0]!, 0),
    body: bigBody(assetIds, claimIds),
  };
  const { revision } = await call<{ revision: number }>(dispatch, 'articles:get', { ref: article.id });
  await call(dispatch, 'articles:save', { id: article.id, baseRevision: revision, kind: 'manual', fields });
  return { id: article.id, fields };
}
