// A backup holds everything needed to restore the library, images included: rolling backups share
// a pool of image files (one per picture, checked by SHA-256), `redaksi backup --out` puts them in
// the file, and restore checks every image before it changes anything.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assetDirFor } from '../../../db/assetStore';
import { backupDirFor, imagePoolFor, listBackups, restoreBackup, rollingBackup } from '../../../db/backups';
import { run } from '../../fixtures/cliRunner';
import { openTestService, type TestService } from '../../fixtures/testService';

let service: TestService | null;
let dbPath: string;

async function picture(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

/** A store with two images, one of them turned upright on import (so its file differs from its id). */
async function storeWithImages(): Promise<Array<{ id: string; file: string; bytes: Buffer }>> {
  service = await openTestService();
  dbPath = service.dbPath;
  const rotated = await sharp(await picture('navy'))
    .withMetadata({ orientation: 6 })
    .toBuffer();
  const images = [];
  for (const [name, data] of [
    ['merah.jpg', await picture('red')],
    ['diputar.jpg', rotated],
  ] as const) {
    const { asset } = await service.assets.import(name, data);
    const file = service.assets.file(asset.id)!.path;
    images.push({ id: asset.id, file, bytes: readFileSync(file) });
  }
  service.articles.create({ headline: 'Dengan gambar' });
  return images;
}

async function backupNow(reason: 'daily' | 'quit' = 'daily', at = new Date()) {
  return rollingBackup(service!.articles.db, dbPath, reason, at);
}

/** Everything the library had is gone: the store file and its image folder. */
async function loseEverything(): Promise<void> {
  await service!.service.close();
  rmSync(dbPath, { force: true });
  rmSync(assetDirFor(dbPath), { recursive: true, force: true });
}

beforeEach(() => {
  service = null;
});
afterEach(async () => {
  await service?.close();
});

describe('backups with their images', () => {
  it('a rolling backup keeps each image once in the pool, named by its checksum', async () => {
    const images = await storeWithImages();
    await backupNow('daily', new Date('2026-01-01T00:00:00Z'));
    await backupNow('quit', new Date('2026-01-01T01:00:00Z'));
    const pool = readdirSync(join(backupDirFor(dbPath), 'images')).sort();
    expect(pool).toHaveLength(2);
    for (const image of images) expect(pool).toContain(createHash('sha256').update(image.bytes).digest('hex'));
  });

  it('restoring a backup after the store and its images are lost brings back every image, byte for byte', async () => {
    const images = await storeWithImages();
    const backup = await backupNow();
    await loseEverything();
    const { notes } = await restoreBackup(dbPath, backup.file);
    expect(notes).toEqual([]);
    for (const image of images) expect(readFileSync(image.file).equals(image.bytes), image.file).toBe(true);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'backup_images'").pluck().get()).toBe(0);
    db.close();
  });

  it('a damaged or missing image in the backup is found before anything changes', async () => {
    const images = await storeWithImages();
    const backup = await backupNow();
    await service!.service.close();
    const store = readFileSync(dbPath);
    const pool = join(backupDirFor(dbPath), 'images');
    const [first] = readdirSync(pool);
    const pooled = join(pool, first!);
    const good = readFileSync(pooled);
    writeFileSync(pooled, Buffer.concat([good.subarray(0, 100), Buffer.from('rusak'), good.subarray(105)]));
    await expect(restoreBackup(dbPath, backup.file)).rejects.toThrow(/damaged \(its checksum does not match\).*Nothing was changed/);
    rmSync(pooled);
    await expect(restoreBackup(dbPath, backup.file)).rejects.toThrow(/missing from .*images.*Nothing was changed/);
    expect(readFileSync(dbPath).equals(store)).toBe(true);
    for (const image of images) expect(readFileSync(image.file).equals(image.bytes)).toBe(true);
  });

  it('old backups are pruned and so are the pooled images no backup uses any more', async () => {
    await storeWithImages();
    const start = Date.parse('2026-01-01T00:00:00Z');
    await backupNow('quit', new Date(start));
    // A new picture replaces the old ones everywhere, and the old backups rotate out.
    service!.articles.db.prepare('DELETE FROM assets').run();
    await service!.assets.import('baru.jpg', await picture('green'));
    for (let i = 1; i <= 6; i++) await backupNow('quit', new Date(start + i * 60_000));
    expect(listBackups(dbPath)).toHaveLength(5);
    expect(readdirSync(imagePoolFor(listBackups(dbPath)[0]!.file))).toHaveLength(1);
  });

  it('redaksi backup --out writes one file that holds the images: it restores on its own', async () => {
    const images = await storeWithImages();
    await service!.service.close();
    const carried = join(dbPath, '..', 'dibawa-pulang.db');
    expect((await run('backup', '--out', carried, '--db', dbPath)).code).toBe(0);
    rmSync(backupDirFor(dbPath), { recursive: true, force: true });
    rmSync(dbPath, { force: true });
    rmSync(assetDirFor(dbPath), { recursive: true, force: true });
    const restored = await run('restore', carried, '--db', dbPath);
    expect(restored.code, restored.err).toBe(0);
    for (const image of images) expect(readFileSync(image.file).equals(image.bytes)).toBe(true);
    expect((await run('list', '--db', dbPath)).out).toContain('Dengan gambar');
  });

  it('a backup from before images were backed up restores only where its images still are', async () => {
    await storeWithImages();
    await service!.service.close();
    const old = join(backupDirFor(dbPath), 'redaksi-2025-01-01T00-00-00-000Z-daily.db');
    mkdirSync(backupDirFor(dbPath), { recursive: true });
    const db = new Database(dbPath);
    await db.backup(old);
    db.close();
    expect(await restoreBackup(dbPath, old)).toMatchObject({ notes: [] });
    rmSync(assetDirFor(dbPath), { recursive: true, force: true });
    await expect(restoreBackup(dbPath, old)).rejects.toThrow(/holds no images \(made by an older Redaksi\) and 2 of its images are not in/);
    expect(existsSync(dbPath)).toBe(true);
  });
});
