// Writes an article for publication into a folder: the page (full document, CMS fragment or
// Markdown) and, unless images are inlined, an images/ folder of WebP renditions plus a fallback in
// the original format — all with no EXIF/IPTC/XMP metadata (no GPS, no camera serials). Everything
// is written to a temporary folder first, so a failure leaves nothing half-written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Stores } from './service';
import { claimReviewJsonLd } from '../../shared/claims/factCheckReport';
import { findScale } from '../../shared/claims/verdictScales';
import type { Article } from '../../shared/contract/channels';
import { renderBody, type ResolvedImage } from '../../shared/publish/renderBody';
import { renderDocument } from '../../shared/publish/renderDocument';
import { renderMarkdown } from '../../shared/publish/renderMarkdown';

export type ExportFormat = 'html' | 'fragment' | 'md';
export type ImageMode = 'files' | 'inline';

export interface ExportOptions {
  outDir: string;
  format: ExportFormat;
  images: ImageMode;
  /** Write the slot's credit into the exported images (EXIF Artist and Copyright); nothing else is ever kept. */
  keepCredit?: boolean;
  canonicalUrl?: string;
}

/** Every image the article uses, with the credit its (first) slot gives it. */
function assetCreditsOf(article: Article): Map<string, string> {
  const credits = new Map<string, string>();
  const add = (id: unknown, credit: unknown) => {
    if (typeof id === 'string' && !credits.has(id)) credits.set(id, typeof credit === 'string' ? credit.trim() : '');
  };
  if (article.hero?.assetId) add(article.hero.assetId, article.hero.credit);
  const visit = (node: { type?: unknown; children?: unknown; assetId?: unknown; credit?: unknown }) => {
    if (node.type === 'image-slot') add(node.assetId, node.credit);
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  visit(article.body.root as never);
  return credits;
}

/** Every file of an export, by relative path, rendered in memory (nothing touches the disk yet). */
export async function buildExport(
  stores: Stores,
  ref: string,
  options: Omit<ExportOptions, 'outDir'>,
): Promise<{ article: Article; files: Map<string, Uint8Array> }> {
  const article = stores.articles.find(ref);
  const files = new Map<string, Uint8Array>();
  const resolved = new Map<string, ResolvedImage>();
  for (const [id, credit] of assetCreditsOf(article)) {
    const creditExif = options.keepCredit && credit ? { IFD0: { Artist: credit, Copyright: credit } } : null;
    const withCredit = async (data: Buffer) => (creditExif ? sharp(data).withExif(creditExif).toBuffer() : data);
    const asset = stores.assets.get(id);
    const short = id.slice(0, 16);
    const ext = asset.mime === 'image/jpeg' ? 'jpg' : asset.mime.replace('image/', '');
    const fallback = await withCredit(readFileSync(await stores.assets.strippedOriginal(id)));
    if (options.images === 'inline') {
      resolved.set(id, {
        src: `data:${asset.mime};base64,${fallback.toString('base64')}`,
        width: asset.width,
        height: asset.height,
        webp: [],
      });
      continue;
    }
    files.set(`images/${short}.${ext}`, fallback);
    const webp = [];
    for (const r of await stores.assets.renditions(id)) {
      files.set(`images/${short}-${r.width}.webp`, await withCredit(readFileSync(r.path)));
      webp.push({ src: `images/${short}-${r.width}.webp`, width: r.width });
    }
    resolved.set(id, { src: `images/${short}.${ext}`, width: asset.width, height: asset.height, webp });
  }
  const ctx = { resolveImage: (id: string) => resolved.get(id) ?? null };
  const first = stores.claims.list(article.id)[0];
  const claimReview =
    article.templateId === 'fact-check' && first
      ? claimReviewJsonLd({
          article,
          claim: first,
          scale: findScale(stores.claims.verdictScaleId()),
          url: options.canonicalUrl ?? `${article.slug}.html`,
          organization: article.byline || 'Redaksi',
        })
      : null;
  const encoder = new TextEncoder();
  if (options.format === 'html')
    files.set(`${article.slug}.html`, encoder.encode(renderDocument(article, ctx, { canonicalUrl: options.canonicalUrl, claimReview })));
  else if (options.format === 'fragment') files.set(`${article.slug}.fragment.html`, encoder.encode(`${renderBody(article.body, ctx)}\n`));
  else
    files.set(
      `${article.slug}.md`,
      encoder.encode(`# ${article.headline}\n\n${article.dek ? `${article.dek}\n\n` : ''}${renderMarkdown(article.body, ctx)}`),
    );
  return { article, files };
}

/** The export as one zip (browser mode's download, the desktop's save dialog). */
export async function buildExportZip(
  stores: Stores,
  ref: string,
  options: Omit<ExportOptions, 'outDir'>,
): Promise<{ fileName: string; zip: Uint8Array }> {
  const { article, files } = await buildExport(stores, ref, options);
  // Images are compressed already; deflating them again only costs time.
  const entries = Object.fromEntries(
    [...files].map(([name, data]) => [name, name.startsWith('images/') ? ([data, { level: 0 }] as [Uint8Array, { level: 0 }]) : data]),
  );
  return { fileName: `${article.slug}.zip`, zip: zipSync(entries) };
}

/** Writes the export into a folder; a failure leaves nothing half-written there. */
export async function exportArticle(stores: Stores, ref: string, options: ExportOptions): Promise<string[]> {
  const { files } = await buildExport(stores, ref, options);
  const outDir = resolve(options.outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const work = mkdtempSync(join(dirname(outDir), '.redaksi-export-'));
  try {
    for (const [name, data] of files) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), data);
    }
    // Move into place only now that everything is written.
    const written: string[] = [];
    for (const name of files.keys()) {
      const to = join(outDir, name);
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
