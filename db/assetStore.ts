// The image asset store: content-addressed (SHA-256 of the imported bytes), each image stored once
// however often it is used. Every image is decoded before it is kept, so a non-image, a truncated
// file or a decompression bomb is refused and nothing is stored.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { writeDurably } from './writeDurably';
import { serviceError, filePhrase } from '../shared/contract/errorMessages';
import { cropBox, shareWidth, type ShareRatio } from '../shared/publish/shareCrops';

/** Images live in a folder beside the store: redaksi.db → redaksi-assets/. */
export function assetDirFor(dbPath: string): string {
  return dbPath.replace(/\.[^./\\]+$/, '') + '-assets';
}

export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** 60 megapixels: more than any newsroom camera, far less than a decompression bomb. */
export const MAX_IMAGE_PIXELS = 60_000_000;
/** Publication widths; an image gets those not wider than itself (never upscaled). */
export const RENDITION_WIDTHS = [480, 960, 1600, 2400] as const;

const FORMATS: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
  avif: { mime: 'image/avif', ext: 'avif' },
};

export interface AssetInfo {
  id: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string;
  caption: string;
  credit: string;
  createdAt: string;
}

export interface Rendition {
  width: number;
  height: number;
  path: string;
  bytes: number;
}

interface AssetRow {
  id: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  file_name: string;
  original_name: string;
  caption: string;
  credit: string;
  created_at: string;
}

function toInfo(row: AssetRow): AssetInfo {
  return {
    id: row.id,
    mime: row.mime,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    originalName: row.original_name,
    caption: row.caption,
    credit: row.credit,
    createdAt: row.created_at,
  };
}

function firstText(...values: unknown[]): string {
  for (const value of values) {
    const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
    if (typeof text === 'string' && text.trim()) return text.trim().slice(0, 500);
    if (text && typeof text === 'object' && 'value' in text && typeof text.value === 'string' && text.value.trim())
      return text.value.trim().slice(0, 500);
  }
  return '';
}

/** Caption and credit from the photo's IPTC, XMP or EXIF fields, where the photographer or agency put them. */
export async function readCaptionAndCredit(data: Uint8Array): Promise<{ caption: string; credit: string }> {
  let meta: Record<string, unknown> | undefined;
  try {
    meta = (await exifr.parse(Buffer.from(data), { iptc: true, xmp: true, tiff: true, exif: false, gps: false, mergeOutput: true })) as
      Record<string, unknown> | undefined;
  } catch {
    return { caption: '', credit: '' };
  }
  if (!meta) return { caption: '', credit: '' };
  return {
    caption: firstText(meta.Caption, meta['Caption-Abstract'], meta.description, meta.ImageDescription, meta.Headline),
    credit: firstText(
      meta.Credit,
      meta.Byline,
      meta['By-line'],
      meta.creator,
      meta.Artist,
      meta.CopyrightNotice,
      meta.Copyright,
      meta.rights,
    ),
  };
}

export class AssetStore {
  constructor(
    private readonly db: Database,
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private fileFor(id: string, ext: string): { fileName: string; path: string } {
    const fileName = join(id.slice(0, 2), `${id}.${ext}`);
    return { fileName, path: join(this.dir, fileName) };
  }

  get(id: string): AssetInfo {
    const row = this.db.prepare('SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
    if (!row) throw serviceError('not_found', 'imageNotFound', { id });
    return toInfo(row);
  }

  /** The stored file and its type, for the app's own protocol; null for anything not in the store. */
  file(id: string): { path: string; mime: string } | null {
    if (!/^[0-9a-f]{64}$/.test(id)) return null;
    const row = this.db.prepare('SELECT mime, file_name FROM assets WHERE id = ?').get(id) as
      Pick<AssetRow, 'mime' | 'file_name'> | undefined;
    return row ? { path: join(this.dir, row.file_name), mime: row.mime } : null;
  }

  /** Whether the image and its file are here (an article from another desk may name one not brought down yet). */
  has(id: string): boolean {
    const file = this.file(id);
    return file !== null && existsSync(file.path);
  }

  /**
   * `asId`: an image from the newsroom server keeps the id it has everywhere (a picture turned upright
   * on its first import is stored with other bytes than the ones its id was made from).
   */
  async import(originalName: string, data: Uint8Array, asId?: string): Promise<{ asset: AssetInfo; created: boolean }> {
    const label = filePhrase(originalName);
    if (data.byteLength === 0) throw serviceError('invalid_input', 'imageEmpty', { label });
    if (data.byteLength > MAX_IMAGE_BYTES) {
      throw serviceError('invalid_input', 'imageTooBig', {
        label,
        mb: Math.round(data.byteLength / 1048576),
        max: MAX_IMAGE_BYTES / 1048576,
      });
    }
    const id = asId ?? createHash('sha256').update(data).digest('hex');
    const existing = this.db.prepare('SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
    if (existing && existsSync(join(this.dir, existing.file_name))) return { asset: toInfo(existing), created: false };

    const input = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let metadata: sharp.Metadata;
    try {
      metadata = await sharp(input, { limitInputPixels: false }).metadata();
    } catch {
      throw serviceError('invalid_input', 'notAnImage', { label });
    }
    const format = FORMATS[metadata.format ?? ''];
    if (!format) {
      throw serviceError('invalid_input', 'imageFormatUnshown', { label, format: String(metadata.format).toUpperCase() });
    }
    const { width = 0, height = 0 } = metadata;
    if (width * height > MAX_IMAGE_PIXELS) {
      throw serviceError('invalid_input', 'imageTooManyPixels', { label, width, height, max: MAX_IMAGE_PIXELS / 1_000_000 });
    }
    // Decode every pixel: a truncated or damaged file fails here, before anything is stored.
    const oriented = (metadata.orientation ?? 1) > 1;
    let stored: Buffer;
    try {
      const pipeline = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated', animated: format.ext === 'gif' });
      if (oriented) {
        // Orientation normalized: the pixels are turned upright, so every viewer shows them the same way.
        stored = await pipeline.rotate().keepIccProfile().toBuffer();
      } else {
        await pipeline.stats();
        stored = input;
      }
    } catch (error) {
      throw serviceError('invalid_input', 'imageDamaged', { label, reason: (error as Error).message.split('\n')[0]! });
    }
    const swap = oriented && (metadata.orientation ?? 1) >= 5;
    const { caption, credit } = await readCaptionAndCredit(data);
    const { fileName, path } = this.fileFor(id, format.ext);
    mkdirSync(join(this.dir, id.slice(0, 2)), { recursive: true });
    writeDurably(path, stored);
    this.db
      .prepare(
        `INSERT OR REPLACE INTO assets (id, mime, width, height, bytes, file_name, original_name, caption, credit, created_at, file_sha256)
         VALUES (@id, @mime, @width, @height, @bytes, @fileName, @originalName, @caption, @credit, @now, @fileSha256)`,
      )
      .run({
        id,
        mime: format.mime,
        width: swap ? height : width,
        height: swap ? width : height,
        bytes: stored.byteLength,
        fileName,
        originalName: originalName.slice(0, 255),
        caption,
        credit,
        now: this.now().toISOString(),
        // The stored file's own checksum (it differs from the id when the picture was turned upright), for backups.
        fileSha256: stored === input ? id : createHash('sha256').update(stored).digest('hex'),
      });
    return { asset: this.get(id), created: true };
  }

  /**
   * The original re-encoded without any metadata (sharp writes none unless asked), for the export's
   * fallback image; made once and cached beside the renditions.
   */
  async strippedOriginal(id: string): Promise<string> {
    const asset = this.get(id);
    const ext = asset.mime === 'image/jpeg' ? 'jpg' : asset.mime.replace('image/', '');
    const folder = join(this.dir, 'renditions');
    const path = join(folder, `${id}-original.${ext}`);
    if (!existsSync(path)) {
      mkdirSync(folder, { recursive: true });
      const buffer = await sharp(this.file(id)!.path, { animated: ext === 'gif', limitInputPixels: MAX_IMAGE_PIXELS })
        .toFormat(ext === 'jpg' ? 'jpeg' : (ext as 'png'), ext === 'jpg' ? { quality: 88 } : {})
        .toBuffer();
      writeDurably(path, buffer);
    }
    return path;
  }

  /**
   * The hero's crop for sharing (a JPEG, no metadata), made once per shape and focal point and cached:
   * around the focal point when one is set, else where sharp's attention strategy finds the subject.
   */
  async shareCrop(id: string, ratio: ShareRatio, focal: { x: number; y: number } | null): Promise<Rendition> {
    const asset = this.get(id);
    const source = this.file(id)!;
    const box = cropBox(asset.width, asset.height, ratio, focal ?? { x: 0.5, y: 0.5 });
    const width = shareWidth(box);
    const height = Math.max(1, Math.round((box.height * width) / box.width));
    const where = focal ? `${focal.x.toFixed(3)}-${focal.y.toFixed(3)}` : 'attention';
    const folder = join(this.dir, 'renditions');
    const path = join(folder, `${id}-share-${ratio.replace(':', 'x')}-${where}.jpg`);
    if (!existsSync(path)) {
      mkdirSync(folder, { recursive: true });
      // Stored pictures are upright already (turned on import). With no focal point, "cover" at the
      // crop's own shape lets the attention strategy choose the region.
      const image = sharp(source.path, { limitInputPixels: MAX_IMAGE_PIXELS });
      const cropped = focal
        ? image.extract(box).resize({ width, height })
        : image.resize({ width, height, fit: 'cover', position: sharp.strategy.attention });
      writeDurably(path, await cropped.flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer());
    }
    return { width, height, path, bytes: statSync(path).size };
  }

  /** WebP renditions for publishing, made once and cached; metadata (GPS, camera serials) is not carried over. */
  async renditions(id: string): Promise<Rendition[]> {
    const asset = this.get(id);
    const source = this.file(id)!;
    const widths = RENDITION_WIDTHS.filter((w) => w <= asset.width);
    if (widths.length === 0) widths.push(asset.width as (typeof RENDITION_WIDTHS)[number]);
    const folder = join(this.dir, 'renditions');
    mkdirSync(folder, { recursive: true });
    const results: Rendition[] = [];
    for (const width of widths) {
      const path = join(folder, `${id}-${width}.webp`);
      const height = Math.round((asset.height * width) / asset.width);
      if (!existsSync(path)) {
        const buffer = await sharp(source.path, { limitInputPixels: MAX_IMAGE_PIXELS })
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer();
        writeDurably(path, buffer);
      }
      const info = await sharp(path).metadata();
      results.push({ width: info.width ?? width, height: info.height ?? height, path, bytes: statSync(path).size });
    }
    return results;
  }
}
