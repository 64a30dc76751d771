// A store file that is gone where one was kept before (a crash, a deleted file, a half-finished
// restore by an older version) is reported with the backups that can replace it, never silently
// replaced by a new empty store that would hide the loss.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { assetDirFor } from './assetStore';
import { listBackups } from './backups';
import { StoreOpenError } from './openStore';

/** What shows that a store was kept at this path before: its backups, its images, stores a restore moved aside. */
export function storeTraces(path: string): string[] {
  const traces: string[] = [];
  const backups = listBackups(path).length;
  if (backups) traces.push(`${backups} ${backups === 1 ? 'backup' : 'backups'}`);
  if (existsSync(assetDirFor(path))) traces.push(`its images in ${basename(assetDirFor(path))}/`);
  const stem = basename(path).replace(/\.[^.]+$/, '');
  const aside = existsSync(dirname(path)) ? readdirSync(dirname(path)).filter((name) => name.startsWith(`${stem}.replaced-`)) : [];
  if (aside.length) traces.push(`${aside.length} replaced ${aside.length === 1 ? 'store' : 'stores'} kept aside`);
  if (existsSync(`${path}-wal`)) traces.push(`its write-ahead log ${basename(path)}-wal`);
  return traces;
}

/**
 * A store that is gone where one existed is reported, never silently replaced by a new empty one
 * (which would hide the loss); without `create`, any missing store is reported.
 */
export function refuseMissingStore(path: string, options: { create: boolean }): void {
  if (path === ':memory:' || existsSync(path)) return;
  const traces = storeTraces(path);
  if (traces.length) {
    throw new StoreOpenError(
      `The article store ${path} is missing, but a store was kept there before (${traces.join(', ')}). Restore a backup or open another store; Redaksi does not start an empty one in its place.`,
      'missing',
    );
  }
  if (!options.create) throw new StoreOpenError(`There is no article store at ${path}. Start the app once, or pass --db PATH.`, 'missing');
}
