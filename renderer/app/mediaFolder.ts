// A WordPress site's media folder (its copy of wp-content/uploads) chosen in the window: the pictures
// an archive's posts name are found in it by their path under uploads/, then by file name, and only
// those are read, a step's worth at a time (the folder may hold gigabytes).
import { MAX_STEP_PICTURE_BYTES, mediaPaths } from '../../shared/import/wxr/mediaPath';

export interface MediaFolder {
  /** How many files the folder holds. */
  readonly size: number;
  /** The pictures of `addresses` the folder has, each with its address (up to one step's worth of bytes). */
  pictures(addresses: readonly string[]): Promise<Array<[string, Uint8Array]>>;
}

export function mediaFolderOf(files: Iterable<File>): MediaFolder {
  const byPath = new Map<string, File>();
  const byName = new Map<string, File>();
  let size = 0;
  for (const file of files) {
    size++;
    // "uploads/2025/07/posko.jpg": the chosen folder's own name comes first.
    const path = (file.webkitRelativePath || file.name).split('/').slice(1).join('/') || file.name;
    byPath.set(path, file);
    if (!byName.has(file.name)) byName.set(file.name, file);
  }
  const find = (address: string): File | undefined => {
    for (const path of mediaPaths(address)) {
      const file = byPath.get(path) ?? (path.includes('/') ? undefined : byName.get(path));
      if (file) return file;
    }
    return undefined;
  };
  return {
    size,
    async pictures(addresses) {
      const found: Array<[string, Uint8Array]> = [];
      let total = 0;
      for (const address of addresses) {
        const file = find(address);
        // What does not fit in this step waits for its file, like a picture the folder does not have.
        if (!file || total + file.size > MAX_STEP_PICTURE_BYTES) continue;
        // A file gone or unreadable since it was chosen waits too, rather than stopping the import.
        const data = await file.arrayBuffer().catch(() => null);
        if (!data) continue;
        found.push([address, new Uint8Array(data)]);
        total += data.byteLength;
      }
      return found;
    },
  };
}
