// Where a picture a WordPress post names by address is in a copy of the site's media folder
// (wp-content/uploads): by its path under uploads/ ("2025/07/posko.jpg"), then by its file name.
// Shared by the command line (a folder on disk) and the window (a folder the person chose).

/** The folder-relative paths an address may be, most specific first ([] for an address that is no path). */
export function mediaPaths(address: string): string[] {
  let path: string;
  try {
    path = decodeURIComponent(new URL(address, 'https://site.invalid/').pathname);
  } catch {
    return [];
  }
  const segments = path.split('/').filter(Boolean);
  const name = segments.at(-1) ?? '';
  const at = segments.lastIndexOf('uploads');
  const under = at >= 0 ? segments.slice(at + 1) : [];
  const paths = [under.length > 1 ? under.join('/') : null, name || null];
  return [...new Set(paths)].filter((p): p is string => p !== null);
}

/** The pictures one archive:next may carry from the window (the browser-mode request holds 64 MB of base64). */
export const MAX_STEP_PICTURE_BYTES = 32 * 1024 * 1024;
