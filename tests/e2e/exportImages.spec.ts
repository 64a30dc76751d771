// The desk's view of images on the way out: the preview shows every picture at a width worth
// judging, "Copy HTML fragment" gives HTML whose pictures work wherever it is pasted (and never name
// the original upload by its hash), and "Keep the credit" reaches the exported files.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './appDriver';
import { chooseHeroImage, newExplainer } from './steps';

async function articleWithHero(page: Page, testInfo: TestInfo): Promise<string> {
  await newExplainer(page, 'Gambar yang sampai ke pembaca');
  const { hero, file } = await chooseHeroImage(page, (name) => testInfo.outputPath(name));
  await hero.getByLabel('Alt text').fill('Matahari terbenam di Jakarta');
  await hero.getByLabel('Credit').fill('Foto: Redaksi / Budi');
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function everyImageLoaded(page: Page, frameTitle: string): Promise<number[]> {
  const frame = page.frameLocator(`iframe[title="${frameTitle}"]`);
  await expect(frame.locator('img').first()).toBeVisible();
  return frame.locator('img').evaluateAll((images) => images.map((img) => (img as HTMLImageElement).naturalWidth));
}

test('the publication preview and the export preview show every image, at a width worth judging', async ({ app }, testInfo) => {
  const { page } = app;
  await articleWithHero(page, testInfo);

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const widths = await everyImageLoaded(page, 'Publication preview preview');
  expect(widths.length).toBeGreaterThan(0);
  for (const width of widths) expect(width).toBeGreaterThan(0);
  const frameWidth = await page.locator('iframe[title="Publication preview preview"]').evaluate((f) => f.getBoundingClientRect().width);
  expect(frameWidth).toBeGreaterThan(1000); // a desktop page, not a 440 px strip
  // Styled as the published page is (its stylesheet is allowed into the sandboxed frame by hash).
  const article = page.frameLocator('iframe[title="Publication preview preview"]').locator('article');
  expect(await article.evaluate((a) => getComputedStyle(a).maxWidth)).not.toBe('none');
  await page.screenshot({ path: 'tests/screenshots/preview.png' });
  // At a phone's and a tablet's width, full size, the picture still there and fitting.
  const dialog = page.getByRole('dialog', { name: 'Publication preview' });
  const frame = page.locator('iframe[title="Publication preview preview"]');
  await expect(dialog.getByRole('radio', { name: 'Desktop (1280 px)' })).toBeChecked();
  for (const [name, px] of [
    ['Tablet (768 px)', 768],
    ['Phone (390 px)', 390],
  ] as const) {
    await dialog.getByRole('radio', { name }).check();
    await expect.poll(() => frame.evaluate((f) => Math.round(f.getBoundingClientRect().width))).toBe(px);
    const picture = page.frameLocator('iframe[title="Publication preview preview"]').locator('img').first();
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth > 0 && img.getBoundingClientRect().width <= innerWidth)).toBe(
      true,
    );
  }
  await page.screenshot({ path: 'tests/screenshots/preview-phone-1280.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  for (const width of await everyImageLoaded(page, 'Export preview')) expect(width).toBeGreaterThan(0);
  await page.screenshot({ path: 'tests/screenshots/export.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('export-1024.png') });
});

test('Copy HTML fragment carries its images inside the HTML, never a link into the app or the original hash', async ({ app }, testInfo) => {
  const { page } = app;
  await articleWithHero(page, testInfo);
  // An image in the body: the fragment is the body (the hero goes to the CMS as the featured image).
  const file = testInfo.outputPath('inline.jpg');
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 120, b: 60 } } })
    .jpeg()
    .toFile(file);
  const originalHash = createHash('sha256').update(readFileSync(file)).digest('hex');
  await page.getByRole('textbox', { name: 'Article body' }).locator('p').first().click();
  await page.keyboard.type('Paragraf pembuka.');
  await page.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Image', exact: true }).click();
  const slot = page.getByRole('group', { name: 'Image', exact: true });
  await slot.getByLabel('Choose image').setInputFiles(file);
  await expect(slot).toContainText('1200×800 px');
  await slot.getByLabel('Alt text').fill('Sawah hijau');
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'])
    .catch(() => {});
  await dialog.getByRole('button', { name: 'Copy HTML fragment' }).click();
  await expect(dialog.getByRole('alert')).toContainText('with its image inside it, so it shows wherever you paste it');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('src="data:image/jpeg;base64,');
  expect(copied).not.toContain('/asset/');
  expect(copied).not.toContain(originalHash.slice(0, 12));
  // Pasted elsewhere (a blank page, as in a CMS), the picture shows.
  const elsewhere = await page.context().newPage();
  await elsewhere.setContent(`<!doctype html><body>${copied}</body>`);
  await expect(elsewhere.locator('img').first()).toHaveJSProperty('complete', true);
  expect(
    await elsewhere
      .locator('img')
      .first()
      .evaluate((img) => (img as HTMLImageElement).naturalWidth),
  ).toBe(1200);
  await elsewhere.close();
});

test('"Keep the credit in the image files" puts the credit (only) into the exported images', async ({ app }, testInfo) => {
  const { page } = app;
  await articleWithHero(page, testInfo);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel(/Keep the credit in the image files/).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const zipPath = testInfo.outputPath('credited.zip');
  await (await downloading).saveAs(zipPath);
  const files = unzipSync(readFileSync(zipPath));
  const images = Object.keys(files).filter((name) => name.startsWith('images/'));
  expect(images.length).toBeGreaterThan(1);
  for (const name of images) {
    const exif = (await sharp(Buffer.from(files[name]!)).metadata()).exif?.toString('latin1') ?? '';
    expect(exif, name).toContain('Foto: Redaksi / Budi');
    // Named after the article, not the upload's hash.
    expect(name).toMatch(/^images\/gambar-yang-sampai-ke-pembaca-1[.-]/);
  }
});
