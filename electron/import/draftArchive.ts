// A draft with its pictures beside it, zipped (a saved web page's .html and its images folder, a
// Markdown file and its images, or files chosen together): the draft is the .html (else .md, else
// .txt) nearest the top, and a picture it names by a relative path is read from the archive (by its
// name alone when the archive is flat and only one picture has it). Nothing is fetched; the archive is
// checked for bombs first, and only drafts and pictures are unpacked.
import { strFromU8, unzipSync } from 'fflate';
import { serviceError } from '../../shared/contract/errorMessages';
import { checkZipArchive } from './docxArchive';

const DRAFT = /\.(html?|md|markdown|txt)$/i;
const PICTURE = /\.(jpe?g|png|gif|webp|avif)$/i;

export interface DraftArchive {
  format: 'html' | 'markdown' | 'text';
  text: string;
  /** The picture a relative path in the draft names, or null. */
  picture(src: string): Uint8Array | null;
}

export function readDraftArchive(data: Uint8Array): DraftArchive {
  checkZipArchive(data, 'zip');
  const files = unzipSync(data, { filter: (file) => DRAFT.test(file.name) || PICTURE.test(file.name) });
  const names = Object.keys(files).filter((name) => !name.startsWith('__MACOSX/') && !name.split('/').pop()!.startsWith('.'));
  const rank = (name: string) => [/\.html?$/i, /\.(md|markdown)$/i, /\.txt$/i].findIndex((kind) => kind.test(name));
  const drafts = names.filter((name) => rank(name) >= 0).sort((a, b) => rank(a) - rank(b) || depth(a) - depth(b) || a.localeCompare(b));
  const draft = drafts[0];
  if (!draft) throw serviceError('invalid_input', 'archiveNoDraft');
  const folder = draft.includes('/') ? draft.slice(0, draft.lastIndexOf('/') + 1) : '';
  return {
    format: /\.html?$/i.test(draft) ? 'html' : /\.(md|markdown)$/i.test(draft) ? 'markdown' : 'text',
    text: strFromU8(files[draft]!),
    picture(src) {
      const path = resolvePath(folder, src);
      if (path === null || !PICTURE.test(path)) return null;
      // Pictures chosen beside the draft arrive without their folder ("images/a.jpg" is "a.jpg"): by name, if only one has it.
      const named = names.filter((name) => name.split('/').pop() === path.split('/').pop());
      return files[path] ?? (named.length === 1 ? files[named[0]!]! : null);
    },
  };
}

function depth(name: string): number {
  return name.split('/').length;
}

/** A relative reference from the draft's folder to a path in the archive; null for an address or one leaving it. */
function resolvePath(folder: string, src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('//')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const parts: string[] = [];
  for (const part of (folder + decoded).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
