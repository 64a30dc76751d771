// `redaksi import FOLDER`: a draft and its pictures as they sit on disk, zipped in memory for the
// same importer as a zip file. Only drafts and pictures are read (a folder may hold anything), and
// no more than an import takes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const WANTED = /\.(html?|md|markdown|txt|jpe?g|png|gif|webp|avif)$/i;
/** What one import takes (the contract's limit on a file). */
const MAX_BYTES = 30 * 1024 * 1024;
const MAX_FILES = 2000;

export function zipFolder(folder: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  let bytes = 0;
  let count = 0;
  const visit = (dir: string, depth: number) => {
    if (depth > 8) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path, depth + 1);
      else if (entry.isFile() && WANTED.test(entry.name)) {
        bytes += statSync(path).size;
        if (++count > MAX_FILES || bytes > MAX_BYTES)
          throw new Error(`the folder holds more than an import takes (${MAX_FILES} files, 30 MB)`);
        files[relative(folder, path).split('\\').join('/')] = readFileSync(path);
      }
    }
  };
  visit(folder, 0);
  // Stored, not compressed: pictures are compressed already, and this never leaves memory.
  return zipSync(files, { level: 0 });
}
