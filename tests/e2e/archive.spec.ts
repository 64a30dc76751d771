// A WordPress export imported from the window: Import… takes the .xml, a dialog shows the posts and pages
// coming in with a progress bar and what is not an article; Close opens the last one, tags and all;
// importing it again brings nothing twice.
import { join } from 'node:path';
import { expect, test } from './appDriver';
import { audit } from './axeAudit';

const ARCHIVE = join(__dirname, '..', 'fixtures', 'wxr', 'newsroom-export.xml');

test('a WordPress archive: imported with progress, once only, the last post opened with its tags', async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Import a draft').setInputFiles(ARCHIVE);
  const dialog = page.getByRole('dialog', { name: 'Import a WordPress archive' });
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
  await expect(page.getByRole('group', { name: 'Gallery', exact: true }).getByRole('group', { name: 'Gallery picture' })).toHaveCount(2);

  await page.getByLabel('Import a draft').setInputFiles(ARCHIVE);
  await expect(dialog.getByRole('status')).toHaveText('4 of 4 posts and pages · 0 imported · 4 already imported · 0 not imported');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(library.getByRole('listitem')).toHaveCount(4);
});
