// The asset store keeps each image once, refuses anything that is not a whole, sane image, and
// makes publication renditions without metadata. Test images are generated here with sharp.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMAGE_PIXELS } from '../../../db/assetStore';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService;
beforeEach(async () => {
  service = await openTestService();
});
afterEach(() => service.close());

function image(width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg') {
  const canvas = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });
  return canvas.toFormat(format).toBuffer();
}

function storedFiles(): string[] {
  if (!existsSync(service.assets.dir)) return [];
  return readdirSync(service.assets.dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(jpg|png|webp|gif|avif)$/.test(f) && !f.startsWith('renditions'));
}

async function importBytes(name: string, data: Uint8Array) {
  return service.dispatch('assets:import', { name, data });
}

describe('importing images', () => {
  it('stores an image under its SHA-256 with type, size and byte count', async () => {
    const jpeg = await image(1920, 1080);
    const result = await importBytes('hero.jpg', jpeg);
    expect(result).toMatchObject({
      ok: true,
      value: { mime: 'image/jpeg', width: 1920, height: 1080, bytes: jpeg.length, originalName: 'hero.jpg' },
    });
    const id = (result as { value: { id: string } }).value.id;
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(service.assets.file(id)!.path).equals(jpeg)).toBe(true);
  });

  it('stores the same image once, however often it is imported', async () => {
    const png = await image(800, 600, 'png');
    const first = await importBytes('a.png', png);
    const second = await importBytes('copy-of-a.png', png);
    expect((first as { value: { id: string } }).value.id).toBe((second as { value: { id: string } }).value.id);
    expect(storedFiles()).toHaveLength(1);
  });

  it('refuses a file that is not an image, with a clear message, storing nothing', async () => {
    const result = await importBytes('notes.pdf', new TextEncoder().encode('%PDF-1.7 this is not a picture'));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('not an image') } });
    expect(storedFiles()).toHaveLength(0);
  });

  it('refuses a truncated image, storing nothing', async () => {
    const jpeg = await image(1200, 800);
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
    const result = await importBytes('broken.jpg', truncated);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/damaged or incomplete|not an image/) },
    });
    expect(storedFiles()).toHaveLength(0);
  });

  it('refuses a huge pixel count before decoding it', async () => {
    // A small file (one flat colour compresses to almost nothing) that decodes to 80 megapixels.
    const bomb = await sharp({ create: { width: 20000, height: 4000, channels: 3, background: 'black' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(20000 * 4000).toBeGreaterThan(MAX_IMAGE_PIXELS);
    const result = await importBytes('bomb.png', bomb);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('megapixels') } });
    expect(storedFiles()).toHaveLength(0);
  });

  it('refuses an empty file and formats browsers cannot show', async () => {
    expect(await importBytes('empty.jpg', new Uint8Array())).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('empty') },
    });
    const tiff = await sharp({ create: { width: 10, height: 10, channels: 3, background: 'black' } })
      .tiff()
      .toBuffer();
    expect(await importBytes('scan.tiff', tiff)).toMatchObject({ ok: false, error: { message: expect.stringContaining('TIFF') } });
  });

  it('turns a sideways phone photo upright and reports its real size', async () => {
    const sideways = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 10, g: 10, b: 10 } } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const result = await importBytes('phone.jpg', sideways);
    expect(result).toMatchObject({ ok: true, value: { width: 300, height: 400 } });
    const stored = await sharp(service.assets.file((result as { value: { id: string } }).value.id)!.path).metadata();
    expect([stored.width, stored.height, stored.orientation ?? 1]).toEqual([300, 400, 1]);
  });

  it('prefills caption and credit from the photo’s metadata', async () => {
    const withMeta = await sharp({ create: { width: 640, height: 360, channels: 3, background: 'black' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { ImageDescription: 'Tentara Korea Utara di Kursk', Artist: 'DW / Reuters' } } })
      .toBuffer();
    expect(await importBytes('dw-1751619146746_169.jpg', withMeta)).toMatchObject({
      ok: true,
      value: { caption: 'Tentara Korea Utara di Kursk', credit: 'DW / Reuters' },
    });
  });
});

describe('renditions', () => {
  it('makes WebP at the publication widths, never wider than the original, without metadata, and caches them', async () => {
    const source = await sharp({ create: { width: 1200, height: 675, channels: 3, background: 'black' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: 'Someone', Make: 'Camera', Model: 'Serial 123' } } })
      .toBuffer();
    const id = ((await importBytes('wide.jpg', source)) as { value: { id: string } }).value.id;
    const renditions = await service.assets.renditions(id);
    expect(renditions.map((r) => [r.width, r.height])).toEqual([
      [480, 270],
      [960, 540],
    ]);
    for (const r of renditions) {
      const meta = await sharp(r.path).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
    }
    const again = await service.assets.renditions(id);
    expect(again).toEqual(renditions);
  });

  it('keeps a small image at its own width', async () => {
    const id = ((await importBytes('small.png', await image(300, 200, 'png'))) as { value: { id: string } }).value.id;
    const renditions = await service.assets.renditions(id);
    expect(renditions.map((r) => r.width)).toEqual([300]);
    expect(existsSync(join(service.assets.dir, 'renditions'))).toBe(true);
  });
});
