// An import's fields for the store, and the pictures inside an imported file (a Word document's, an HTML page's data: URIs) go into the
// asset store and their slots, before the article is made. Each is checked like any image a person
// chooses (type, size, pixels, damage); one that fails is named in the import's notes with the reason,
// and its slot waits for a file, with its alt text and caption kept.
import type { AssetStore } from '../../db/assetStore';
import { ServiceError } from '../../shared/contract/errors';
import type { ImageSlot } from '../../shared/editor/imageSlot';
import { importNote } from '../../shared/import/importMessages';
import type { ErrorPhrase } from '../../shared/contract/errorMessages';
import type { ImportResult } from '../../shared/import/importResult';
import type { ArticleFields } from '../../shared/contract/channels';

type Json = { type?: unknown; children?: unknown };

/** An import's article fields, as the store and the live document take them. */
export function importedFields(imported: ImportResult): ArticleFields {
  const { headline, dek, byline, publishAt, language, timeZone, body, hero } = imported;
  return { headline, dek, byline, publishAt, language, timeZone, body, hero, tags: imported.tags ?? [] };
}

export async function placePictures(imported: ImportResult, assets: AssetStore, log: (message: string) => void): Promise<void> {
  if (imported.pictures.length === 0) return;
  const slots = bodySlots(imported.body.root as Json);
  for (const picture of imported.pictures) {
    const slot = picture.slot === 'hero' ? imported.hero : slots[picture.slot];
    if (!slot) continue;
    try {
      const { asset, created } = await assets.import(picture.name, picture.data);
      slot.assetId = asset.id;
      // Publication renditions are made in the background, as for a picture chosen by hand.
      if (created)
        void assets.renditions(asset.id).catch((error: unknown) => log(`[redaksi] renditions of ${asset.id} failed: ${String(error)}`));
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      imported.report.push(
        importNote('pictureRefused', { name: picture.name, reason: error.message }, error.text as ErrorPhrase | undefined),
      );
    }
  }
}

/** The body's image slots in document order (the order the importer counted them in). */
function bodySlots(node: Json, found: ImageSlot[] = []): ImageSlot[] {
  if (node.type === 'image-slot') found.push(node as unknown as ImageSlot);
  if (Array.isArray(node.children)) for (const child of node.children as Json[]) bodySlots(child, found);
  return found;
}
