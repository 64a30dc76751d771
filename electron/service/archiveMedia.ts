// A WordPress site's media folder (a copy of its wp-content/uploads) given with its export: the
// pictures a post names by address are read from it, so its slots are filled instead of waiting.
// An address is looked up by its path under uploads/ ("2025/07/posko.jpg"), then by its file name;
// nothing outside the folder is ever read, and nothing is fetched.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { MAX_IMAGE_BYTES } from '../../db/assetStore';
import { MAX_EMBEDDED_PICTURES } from '../../shared/import/importHtml';
import type { WxrPost } from '../../shared/import/wxr/readWxr';
import { mediaPaths } from '../../shared/import/wxr/mediaPath';

/** One post's pictures together are sent to the worker at once: past this, the rest wait, as remote ones do. */
const MAX_POST_MEDIA_BYTES = 256 * 1024 * 1024;

/** The addresses of the pictures a post names: its featured image, its gallery's attachments, its <img>s. */
export function pictureAddresses(post: WxrPost): string[] {
  const found = new Set<string>();
  if (post.featuredImage) found.add(post.featuredImage);
  for (const url of Object.values(post.attachments)) found.add(url);
  for (const match of post.content.matchAll(/<img\b[^>]{0,4000}?\bsrc\s*=\s*(["'])([^"'<>]{1,4000})\1/gi)) found.add(match[2]!);
  return [...found].slice(0, MAX_EMBEDDED_PICTURES + 1);
}

/** The files in `folder` an address may be, most specific first ([] for one that cannot be a file there). */
export function mediaCandidates(folder: string, address: string): string[] {
  const root = resolve(folder);
  // "..", a NUL or a drive letter cannot take a look-up out of the folder.
  return mediaPaths(address)
    .map((path) => join(root, ...path.split('/')))
    .filter((path) => path.startsWith(root + sep) && !path.includes('\0'));
}

export class ArchiveMedia {
  constructor(private readonly folder: string) {}

  /** The pictures of `post` the folder has, each with the address the post names it by. */
  async picturesFor(post: WxrPost): Promise<Array<[string, Uint8Array]>> {
    const pictures: Array<[string, Uint8Array]> = [];
    let total = 0;
    for (const address of pictureAddresses(post)) {
      const data = await this.read(address, MAX_POST_MEDIA_BYTES - total);
      if (!data) continue;
      pictures.push([address, data]);
      total += data.byteLength;
    }
    return pictures;
  }

  private async read(address: string, room: number): Promise<Uint8Array | null> {
    for (const path of mediaCandidates(this.folder, address)) {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      // Too big for an image (or for what is left of the post's share): its slot waits, and the asset store would refuse it anyway.
      if (info.size > Math.min(MAX_IMAGE_BYTES, room)) return null;
      return new Uint8Array(await readFile(path));
    }
    return null;
  }
}
