// A pull quote typed in the editor: Insert → Pull quote, the quote, Enter into its attribution,
// Enter back into the story; the preview publishes it as a figure with its attribution.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

test('a pull quote and its attribution, typed with Enter between them, publish as a figure', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Banjir di Pesisir');
  await body(page).click();
  await page.keyboard.type('Air laut masuk ke permukiman sejak Senin pagi.');
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Pull quote' }).click();
  await page.keyboard.type('Air sudah setinggi lutut sejak subuh.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Siti, warga Muara Baru');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Warga mengungsi ke masjid terdekat.');
  await expect(body(page).locator('blockquote.ed-pullquote')).toHaveText('Air sudah setinggi lutut sejak subuh.');
  await expect(body(page).locator('.ed-pullquote-cite')).toHaveText('Siti, warga Muara Baru');
  await expect(body(page).locator('p.ed-p').last()).toHaveText('Warga mengungsi ke masjid terdekat.');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('Nothing blocks publishing');
  await page.screenshot({ path: 'tests/screenshots/pull-quote-1280.png' });

  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.frameLocator('iframe[title="Export preview"]');
  const figure = preview.locator('figure.pull-quote');
  await expect(figure.locator('blockquote')).toHaveText('Air sudah setinggi lutut sejak subuh.');
  await expect(figure.locator('figcaption')).toHaveText('Siti, warga Muara Baru');
});
