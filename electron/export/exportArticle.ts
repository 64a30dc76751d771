// Writes an article for publication: the page (full document, CMS fragment or Markdown) and, unless
// images are inlined, an images/ folder of WebP renditions plus a fallback in the original format, and
// for a page the hero's crops for sharing and search (16:9, 4:3, 1:1) —
// all with no EXIF/IPTC/XMP metadata (no GPS, no camera serials). Exported images are named after the
// article (`<slug>-1.jpg`), never by the hash of the original upload: that hash would let anyone who
// holds the source's photo confirm the match, although the metadata was stripped.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { claimReviewJsonLd } from '../../shared/claims/factCheckReport';
import { findScale } from '../../shared/claims/verdictScales';
import type { Article } from '../../shared/contract/channels';
import { escapeMarkdownText } from '../../shared/publish/renderMarkdown';
import { renderBody, type RenderContext, type ResolvedImage } from '../../shared/publish/renderBody';
import { renderDocument } from '../../shared/publish/renderDocument';
import { renderMarkdown } from '../../shared/publish/renderMarkdown';
import { SHARE_RATIOS } from '../../shared/publish/shareCrops';
import type { ZipEntry } from '../worker/heavyJobs';
import type { Stores } from '../service/serviceTypes';

export type ExportFormat = 'html' | 'fragment' | 'md';
export type ImageMode = 'files' | 'inline';

export interface ExportOptions {
  format: ExportFormat;
  images: ImageMode;
  /** Write the slot's credit into the exported images (EXIF Artist and Copyright); nothing else is ever kept. */
  keepCredit?: boolean;
  canonicalUrl?: string;
}

/** Every image the article uses, in reading order (hero first unless left out), with the credit its first slot gives it. */
export function assetCreditsOf(article: Article, withHero = true): Map<string, string> {
  const credits = new Map<string, string>();
  const add = (id: unknown, credit: unknown) => {
    if (typeof id === 'string' && !credits.has(id)) credits.set(id, typeof credit === 'string' ? credit.trim() : '');
  };
  if (withHero && article.hero?.assetId) add(article.hero.assetId, article.hero.credit);
  // Iterative: a body may be nested as deep as the store allows.
  const stack: unknown[] = [article.body.root];
  while (stack.length) {
    const node = stack.pop() as { type?: unknown; children?: unknown; assetId?: unknown; credit?: unknown };
    if (node.type === 'image-slot') add(node.assetId, node.credit);
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return credits;
}

function extensionOf(mime: string): string {
  return mime === 'image/jpeg' ? 'jpg' : mime.replace('image/', '');
}

function dataUri(mime: string, data: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(data).toString('base64')}`;
}

/** Every file of an export, by relative path, rendered in memory (nothing touches the disk yet). */
export async function buildExport(
  stores: Stores,
  ref: string,
  options: ExportOptions,
): Promise<{ article: Article; files: Map<string, Uint8Array> }> {
  const article = stores.articles.find(ref);
  const files = new Map<string, Uint8Array>();
  const resolved = new Map<string, ResolvedImage>();
  let ordinal = 0;
  const creditOf = (credit: string) => async (data: Buffer) =>
    options.keepCredit && credit
      ? sharp(data)
          .withExif({ IFD0: { Artist: credit, Copyright: credit } })
          .toBuffer()
      : data;
  const heroCredit = creditOf((article.hero?.credit ?? '').trim());
  for (const [id, credit] of assetCreditsOf(article)) {
    ordinal++;
    const withCredit = creditOf(credit);
    const asset = stores.assets.get(id);
    const ext = extensionOf(asset.mime);
    const fallback = await withCredit(readFileSync(await stores.assets.strippedOriginal(id)));
    if (options.images === 'inline') {
      resolved.set(id, { src: dataUri(asset.mime, fallback), width: asset.width, height: asset.height, webp: [] });
      continue;
    }
    const name = `${article.slug}-${ordinal}`;
    files.set(`images/${name}.${ext}`, fallback);
    const webp = [];
    for (const r of await stores.assets.renditions(id)) {
      files.set(`images/${name}-${r.width}.webp`, await withCredit(readFileSync(r.path)));
      webp.push({ src: `images/${name}-${r.width}.webp`, width: r.width });
    }
    resolved.set(id, { src: `images/${name}.${ext}`, width: asset.width, height: asset.height, webp });
  }
  const ctx: RenderContext = { resolveImage: (id) => resolved.get(id) ?? null };
  // A page's head lists the hero's crops for sharing and search, as files beside the others.
  const hero = article.hero;
  const heroFile = hero?.assetId ? resolved.get(hero.assetId) : undefined;
  if (options.format === 'html' && options.images === 'files' && hero?.assetId && heroFile) {
    ctx.shareImages = [];
    // Named after the hero's file ("<slug>-1-16x9.jpg"), like its renditions.
    const base = heroFile.src.replace(/\.[^./]+$/, '');
    for (const ratio of SHARE_RATIOS) {
      const crop = await stores.assets.shareCrop(hero.assetId, ratio, hero.focalPoint);
      const src = `${base}-${ratio.replace(':', 'x')}.jpg`;
      files.set(src, await heroCredit(readFileSync(crop.path)));
      ctx.shareImages.push({ src, width: crop.width, height: crop.height });
    }
  }
  const encoder = new TextEncoder();
  if (options.format === 'html') {
    const claimReview = claimReviewOf(stores, article, options.canonicalUrl ?? `${article.slug}.html`);
    files.set(`${article.slug}.html`, encoder.encode(renderDocument(article, ctx, { canonicalUrl: options.canonicalUrl, claimReview })));
  } else if (options.format === 'fragment') {
    files.set(`${article.slug}.fragment.html`, encoder.encode(`${renderBody(article.body, ctx)}\n`));
  } else {
    const dek = article.dek.trim() ? `${escapeMarkdownText(article.dek)}\n\n` : '';
    files.set(
      `${article.slug}.md`,
      encoder.encode(`# ${escapeMarkdownText(article.headline)}\n\n${dek}${renderMarkdown(article.body, ctx)}`),
    );
  }
  return { article, files };
}

/** ClaimReview markup only for a fact-check article (Google allows one per page): its first claim. */
export function claimReviewOf(stores: Stores, article: Article, url: string): Record<string, unknown> | null {
  const first = stores.claims.list(article.id)[0];
  if (article.templateId !== 'fact-check' || !first) return null;
  return claimReviewJsonLd({
    article,
    claim: first,
    scale: findScale(stores.claims.verdictScaleId()),
    url,
    organization: article.byline || 'Redaksi',
  });
}

/** The preview's images: a WebP rendition up to 1600 px wide, inlined so any frame (even a sandboxed one) shows it. */
export async function inlineImages(stores: Stores, article: Article): Promise<RenderContext> {
  const resolved = new Map<string, ResolvedImage>();
  for (const id of assetCreditsOf(article).keys()) {
    if (!stores.assets.file(id)) continue;
    const asset = stores.assets.get(id);
    const renditions = await stores.assets.renditions(id);
    const best = renditions.filter((r) => r.width <= 1600).pop() ?? renditions[0]!;
    resolved.set(id, { src: dataUri('image/webp', readFileSync(best.path)), width: asset.width, height: asset.height, webp: [] });
  }
  return { resolveImage: (id) => resolved.get(id) ?? null };
}

/** The files as zip entries for the worker; images are compressed already, deflating them again only costs time. */
export function zipEntries(files: Map<string, Uint8Array>): ZipEntry[] {
  return [...files].map(([name, data]) => ({ name, data, stored: name.startsWith('images/') }));
}

/** Writes the export into a folder; a failure leaves nothing half-written there. */
export async function exportToFolder(stores: Stores, ref: string, outDir: string, options: ExportOptions): Promise<string[]> {
  const { files } = await buildExport(stores, ref, options);
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const work = mkdtempSync(join(dirname(target), '.redaksi-export-'));
  try {
    for (const [name, data] of files) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), data);
    }
    // Move into place only now that everything is written.
    const written: string[] = [];
    for (const name of files.keys()) {
      const to = join(target, name);
      mkdirSync(dirname(to), { recursive: true });
      if (existsSync(to)) rmSync(to, { force: true });
      renameSync(join(work, name), to);
      written.push(to);
    }
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
