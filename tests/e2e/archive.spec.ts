// A WordPress export imported from the window: Import… takes the .xml; its posts name pictures, so the
// dialog asks for the site's media folder (chosen: the pictures it has come in); the posts and pages
// come in with a progress bar and what is not an article; Close opens the last one, tags and all;
// importing it again brings nothing twice.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from './appDriver';
import { audit } from './axeAudit';

const ARCHIVE = join(__dirname, '..', 'fixtures', 'wxr', 'newsroom-export.xml');

test('a WordPress archive: imported with progress, once only, the last post opened with its tags', async ({ app }) => {
  const { page } = app;
  // The site's media folder, as WordPress keeps it: uploads/2025/07/posko.jpg (perahu.jpg is not in it).
  const uploads = join(mkdtempSync(join(tmpdir(), 'redaksi-media-')), 'uploads');
  mkdirSync(join(uploads, '2025', '07'), { recursive: true });
  const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(uploads, '2025', '07', 'posko.jpg'), photo);

  await page.getByLabel('Import a draft').setInputFiles(ARCHIVE);
  const dialog = page.getByRole('dialog', { name: 'Import a WordPress archive' });
  await expect(dialog).toContainText('Its posts name 2 pictures.');
  await expect(dialog.getByRole('button', { name: 'Choose the media folder…' })).toBeFocused();
  await page.screenshot({ path: 'tests/screenshots/archive-media-1280.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'tests/screenshots/archive-media-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });
  expect(await audit(page, 'archive media question')).toEqual([]);
  await dialog.getByLabel('The site’s media folder').setInputFiles(uploads);
  await expect(dialog.getByRole('status')).toHaveText('4 of 4 posts and pages · 4 imported · 0 already imported · 0 not imported');
  await expect(dialog.getByRole('progressbar', { name: 'Posts and pages imported' })).toHaveAttribute('value', '4');
  await expect(dialog).toContainText('From https://kabarkota.example');
  await expect(dialog).toContainText('Not articles, so not imported: 2 media files, 1 menu item');
  await page.screenshot({ path: 'tests/screenshots/archive-1280.png' });
  expect(await audit(page, 'archive import dialog')).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const library = page.getByRole('list', { name: 'Articles' });
  await expect(library.getByRole('listitem')).toHaveCount(4);
  // The last item in the archive (a page) is open, as WordPress had it.
  await expect(page.getByLabel('Headline')).toHaveValue('Tentang Kami');
  await library.getByRole('listitem').filter({ hasText: 'Banjir Rendam Tiga Kecamatan' }).click();
  await expect(page.getByLabel('Byline')).toHaveValue('Rina Wulandari');
  await expect(page.getByRole('group', { name: 'Tags' }).locator('.tag-chip')).toHaveText(['Banjir×', 'Metropolitan×', 'Pengungsi×']);
  const pictures = page.getByRole('group', { name: 'Gallery', exact: true }).getByRole('group', { name: 'Gallery picture' });
  await expect(pictures).toHaveCount(2);
  // From the media folder: the featured image (the hero) and the gallery's posko.jpg; perahu.jpg waits for its file.
  await expect(pictures.nth(1).locator('img')).toHaveCount(1);
  await expect(pictures.nth(0).locator('img')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Hero image' }).locator('img')).toHaveCount(1);

  await page.getByLabel('Import a draft').setInputFiles(ARCHIVE);
  await dialog.getByRole('button', { name: 'Import without the pictures' }).click();
  await expect(dialog.getByRole('status')).toHaveText('4 of 4 posts and pages · 0 imported · 4 already imported · 0 not imported');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(4);
});
