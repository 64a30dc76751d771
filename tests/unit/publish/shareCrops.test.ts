// The hero's crops for sharing and search: 16:9, 4:3 and 1:1, the largest of each shape around the
// focal point (sharp's attention strategy when none is set), at least 1200 px wide where the
// original allows and never upscaled; an exported page lists them in og:image and NewsArticle.
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySlot, HERO_SPEC } from '../../../shared/editor/imageSlot';
import { cropBox } from '../../../shared/publish/shareCrops';
import { openTestService, type TestService } from '../../fixtures/testService';

describe('crop boxes', () => {
  it('are the largest of their shape, centred on the focal point as far as the edges allow', () => {
    expect(cropBox(3000, 2000, '16:9', { x: 0.9, y: 0.5 })).toEqual({ left: 0, top: 156, width: 3000, height: 1688 });
    expect(cropBox(3000, 2000, '1:1', { x: 0.9, y: 0.5 })).toEqual({ left: 1000, top: 0, width: 2000, height: 2000 });
    expect(cropBox(3000, 2000, '4:3', { x: 0.1, y: 0.1 })).toEqual({ left: 0, top: 0, width: 2667, height: 2000 });
    // A tall picture: the crop runs down it.
    expect(cropBox(1000, 3000, '16:9', { x: 0.5, y: 1 })).toEqual({ left: 0, top: 2437, width: 1000, height: 563 });
  });
});

describe('an exported page’s share images', () => {
  let t: TestService;
  beforeEach(async () => {
    t = await openTestService();
  });
  afterEach(async () => {
    await t.close();
  });

  /** A 3000×2000 picture, its left 1200 px black and the rest white. */
  const picture = () =>
    sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#ffffff' } })
      .composite([{ input: { create: { width: 1200, height: 2000, channels: 3, background: '#000000' } }, left: 0, top: 0 }])
      .jpeg()
      .toBuffer();

  async function exportWithHero(focalPoint: { x: number; y: number } | null) {
    const created = await t.dispatch('articles:create', { language: 'id' });
    if (!created.ok) throw new Error(created.error.message);
    const { asset } = await t.assets.import('pantai.jpg', await picture());
    const article = t.articles.get((created.value as { id: string }).id);
    t.articles.save({
      id: article.id,
      baseRevision: article.revision,
      kind: 'auto',
      fields: {
        ...article,
        headline: 'Pantai Selatan',
        hero: { ...emptySlot(HERO_SPEC), assetId: asset.id, alt: 'Pantai', focalPoint },
      } as never,
    });
    const result = await t.dispatch('publish:export', { articleId: article.id, format: 'html', images: 'files' });
    if (!result.ok) throw new Error(`${result.error.message} ${t.logged.join(' ')}`);
    return unzipSync((result.value as { zip: Uint8Array }).zip);
  }

  it('are made around the focal point, listed with their sizes in og:image and NewsArticle', { timeout: 30_000 }, async () => {
    const files = await exportWithHero({ x: 0.9, y: 0.5 });
    const names = Object.keys(files).filter((name) => /-\d+x\d+\.jpg$/.test(name));
    expect(names.sort()).toEqual([
      'images/pantai-selatan-1-16x9.jpg',
      'images/pantai-selatan-1-1x1.jpg',
      'images/pantai-selatan-1-4x3.jpg',
    ]);
    const size = async (name: string) => {
      const { width, height, exif } = await sharp(files[name]!).metadata();
      return [width, height, exif === undefined];
    };
    expect(await size('images/pantai-selatan-1-16x9.jpg')).toEqual([1600, 900, true]);
    expect(await size('images/pantai-selatan-1-4x3.jpg')).toEqual([1600, 1200, true]);
    expect(await size('images/pantai-selatan-1-1x1.jpg')).toEqual([1600, 1600, true]);
    // Around x = 0.9 the square is x 1000–3000, a tenth of it black (centred, x 500–2500, it would be 35%).
    const { channels } = await sharp(files['images/pantai-selatan-1-1x1.jpg']!).stats();
    expect(channels[0]!.mean).toBeGreaterThan(215);

    const page = strFromU8(files['pantai-selatan.html']!);
    expect(page).toContain(
      '<meta property="og:image" content="images/pantai-selatan-1-16x9.jpg">\n<meta property="og:image:width" content="1600">\n<meta property="og:image:height" content="900">',
    );
    expect([...page.matchAll(/property="og:image" /g)]).toHaveLength(3);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as { image: string[] };
    expect(jsonLd.image).toEqual([
      'images/pantai-selatan-1-16x9.jpg',
      'images/pantai-selatan-1-4x3.jpg',
      'images/pantai-selatan-1-1x1.jpg',
    ]);
  });

  it(
    'with no focal point, sharp’s attention strategy chooses the region; a small original is never upscaled',
    { timeout: 30_000 },
    async () => {
      const files = await exportWithHero(null);
      expect((await sharp(files['images/pantai-selatan-1-1x1.jpg']!).metadata()).width).toBe(1600);

      const small = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#336699' } })
        .png()
        .toBuffer();
      const { asset } = await t.assets.import('kecil.png', small);
      expect(await t.assets.shareCrop(asset.id, '16:9', null)).toMatchObject({ width: 1000, height: 563 });
      expect(await t.assets.shareCrop(asset.id, '1:1', { x: 0.5, y: 0.5 })).toMatchObject({ width: 600, height: 600 });
    },
  );
});
