// What Import… was given: one file as it is, or a draft chosen together with its pictures, zipped
// (stored, not compressed: cheap) so the main side reads it like a zip of a draft and its pictures.
import { zipSync } from 'fflate';

const PICTURE = /\.(jpe?g|png|gif|webp|avif)$/i;

export async function draftFromFiles(files: File[]): Promise<{ name: string; data: Uint8Array }> {
  // A picture alone goes in as a zip too, which the main side refuses for want of a draft (never read as text).
  if (files.length === 1 && !PICTURE.test(files[0]!.name))
    return { name: files[0]!.name, data: new Uint8Array(await files[0]!.arrayBuffer()) };
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.name] = new Uint8Array(await file.arrayBuffer());
  return { name: 'draft.zip', data: zipSync(entries, { level: 0 }) };
}
