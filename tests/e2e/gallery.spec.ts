// A gallery made in the editor: inserted from Insert, the caret put before its pictures, three
// photos chosen at once into its first picture, each with its own alt text, caption and credit; an
// empty picture added and deleted; kept across a reload; exported as a figure of figures; gone with
// its last picture.
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './appDriver';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

async function photo(path: string, r: number, g: number, b: number): Promise<string> {
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r, g, b } } })
    .jpeg()
    .toFile(path);
  return path;
}

test('a gallery: three photos chosen at once, each captioned, kept across a reload, exported as a figure of figures', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Banjir di Tebet');
  await body(page).click();
  await page.keyboard.type('Banjir merendam tiga kecamatan pada Jumat pagi.');
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Gallery' }).click();
  const gallery = body(page).getByRole('group', { name: 'Gallery', exact: true });
  const pictures = gallery.getByRole('group', { name: 'Gallery picture' });
  await expect(pictures).toHaveCount(2);
  // → at the end of the paragraph puts the caret before the first picture: it shows, and the pictures
  // stay in their columns (a caret that took a grid cell moved them under the pointer).
  const columns = await Promise.all([0, 1].map(async (i) => (await pictures.nth(i).boundingBox())!.x));
  await body(page).getByText('Banjir merendam tiga kecamatan pada Jumat pagi.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(gallery.locator('.ed-block-cursor')).toHaveCount(1);
  for (const [i, x] of columns.entries()) expect((await pictures.nth(i).boundingBox())!.x).toBe(x);

  // Three files at once: the first is this picture's, the other two follow it, in order.
  const files = await Promise.all([
    photo(testInfo.outputPath('perahu.jpg'), 40, 90, 140),
    photo(testInfo.outputPath('posko.jpg'), 140, 60, 40),
    photo(testInfo.outputPath('surut.jpg'), 60, 140, 60),
  ]);
  await pictures.first().getByLabel('Choose gallery picture').setInputFiles(files);
  await expect(pictures).toHaveCount(4);
  for (const i of [0, 1, 2]) await expect(pictures.nth(i).getByRole('img')).toBeVisible();
  await expect(pictures.nth(3).getByRole('img')).toHaveCount(0);
  // The checklist names a gallery's pictures by their number in it.
  const checklist = page.getByRole('region', { name: 'Ready to publish' });
  await expect(checklist).toContainText('Picture 4 of the gallery is empty');
  await expect(checklist).toContainText('Picture 2 of the gallery needs alt text');

  const alts = ['Warga mengungsi dengan perahu karet', 'Posko pengungsian di masjid', 'Air mulai surut pada sore hari'];
  for (const [i, alt] of alts.entries()) await pictures.nth(i).getByLabel('Alt text').fill(alt);
  await pictures.first().getByLabel('Caption').fill('Warga Tebet mengungsi.');
  await pictures.first().getByLabel('Credit').fill('Foto: Rina');
  await expect(checklist).not.toContainText('Picture 2 of the gallery needs alt text');
  await expect(checklist).toContainText('Picture 2 of the gallery needs a credit');
  // The empty picture left over goes; "Add picture" puts one after another, and it goes too.
  await pictures.nth(3).getByRole('button', { name: 'Delete slot' }).click();
  await expect(pictures).toHaveCount(3);
  await pictures.nth(1).getByRole('button', { name: 'Add picture' }).click();
  await expect(pictures).toHaveCount(4);
  await expect(pictures.nth(2).getByRole('img')).toHaveCount(0);
  await expect(pictures.nth(3).getByLabel('Alt text')).toHaveValue(alts[2]!);
  await pictures.nth(2).getByRole('button', { name: 'Delete slot' }).click();
  await expect(pictures).toHaveCount(3);

  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.screenshot({ path: 'tests/screenshots/gallery-1280.png' });
  await page.setViewportSize({ width: 1024, height: 800 });
  await gallery.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/screenshots/gallery-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.reload();
  await expect(pictures).toHaveCount(3);
  for (const [i, alt] of alts.entries()) await expect(pictures.nth(i).getByLabel('Alt text')).toHaveValue(alt);

  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.frameLocator('iframe[title="Export preview"]');
  const published = preview.locator('figure.gallery > figure');
  await expect(published).toHaveCount(3);
  await expect(published.getByRole('img')).toHaveCount(3);
  for (const [i, alt] of alts.entries()) await expect(published.nth(i).getByRole('img')).toHaveAttribute('alt', alt);
  await expect(published.first().locator('figcaption')).toHaveText('Warga Tebet mengungsi. Foto: Rina');
  await page.getByRole('button', { name: 'Close' }).click();

  // With its last picture the gallery goes; Undo brings it back (the quick deletes may undo as one).
  for (let left = 3; left > 0; left--) await pictures.first().getByRole('button', { name: 'Delete slot' }).click();
  await expect(gallery).toHaveCount(0);
  await body(page).click();
  await page.keyboard.press('Control+z');
  await expect(gallery).toHaveCount(1);
  await expect(pictures.last().getByLabel('Alt text')).toHaveValue(alts[2]!);
});
