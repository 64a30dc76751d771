// A page saved from another site: its furniture (a promo, a share line, the navigation after the
// last paragraph, the footer) is left out, listed with its words, and one button brings it all
// back where it was — one step that Undo takes back. A page chosen with its pictures fills its slots.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { OTHER_SITE_PAGE } from '../fixtures/otherSitePage';
import { expect, test } from './appDriver';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

test('another site’s furniture is left out, listed, and brought back where it was in one undoable step', async ({ app }, testInfo) => {
  const { page } = app;
  const file = testInfo.outputPath('banjir-rob.html');
  writeFileSync(file, OTHER_SITE_PAGE);
  await page.getByLabel('Import a draft (text, HTML, Markdown, Word, or a zip with its pictures)').setInputFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Banjir Rob di Pesisir Utara');
  const notice = page.getByRole('alert').filter({ hasText: 'Imported.' });
  await expect(notice).toContainText(
    'dropped 4 navigation lines at the end: “Terpopuler”, “Lihat Semua Berita”, “© 2025 Kabar Pesisir”, “Tentang Kami | Kontak | Pedoman Media Siber”',
  );
  await expect(notice).toContainText(
    'dropped 2 promo or share lines in the text: “Baca juga: Tanggul Laut Belum Rampung”, “Share: Facebook Twitter WhatsApp”',
  );
  await expect(body(page)).not.toContainText('Baca juga');
  await expect(body(page)).not.toContainText('Terpopuler');
  await page.screenshot({ path: 'tests/screenshots/import-furniture-1280.png' });

  // Lines are only ever brought back into the article they came from: with another one open, no button.
  const bringBack = page.getByRole('button', { name: 'Bring back the 6 lines left out' });
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('');
  await expect(bringBack).toHaveCount(0);
  await page.getByRole('list', { name: 'Articles' }).getByText('Banjir Rob di Pesisir Utara').click();
  await expect(page.getByLabel('Headline')).toHaveValue('Banjir Rob di Pesisir Utara');
  await bringBack.click();
  await expect(page.getByRole('status').filter({ hasText: 'lines are back in the text' })).toHaveText(
    'The 6 lines are back in the text, where they were (Undo takes them out again).',
  );
  await expect(page.getByRole('button', { name: /Bring back/ })).toHaveCount(0);
  const paragraphs = body(page).locator('p');
  await expect(paragraphs).toHaveText([
    'Air laut masuk ke permukiman warga sejak Senin pagi, kata BPBD.',
    'Baca juga: Tanggul Laut Belum Rampung',
    'Warga mengungsi ke masjid terdekat dan menunggu air surut.',
    'Share: Facebook Twitter WhatsApp',
    'Terpopuler',
    'Lihat Semua Berita',
    '© 2025 Kabar Pesisir',
    'Tentang Kami | Kontak | Pedoman Media Siber',
    '',
  ]);
  // The promo's link came back with it.
  await expect(body(page).getByRole('link', { name: 'Tanggul Laut Belum Rampung' })).toHaveAttribute('href', 'https://contoh.id/tanggul');

  // One Undo takes them all out again.
  await body(page).click();
  await page.keyboard.press('Control+Z');
  await expect(body(page)).not.toContainText('Baca juga');
  await expect(body(page)).not.toContainText('Terpopuler');
  await expect(body(page)).toContainText('Warga mengungsi ke masjid terdekat');
});

test('a saved page chosen together with its pictures: each picture fills its slot, with its alt text and caption', async ({
  app,
}, testInfo) => {
  const { page } = app;
  const html = testInfo.outputPath('panen.html');
  const picture = testInfo.outputPath('sawah.png');
  writeFileSync(
    html,
    '<h1>Panen Raya di Karawang</h1><p>Petani mulai memanen padi pekan ini.</p><figure><img src="panen_files/sawah.png" alt="Sawah menguning"><figcaption>Sawah di Karawang</figcaption></figure><p>Harga gabah stabil.</p>',
  );
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 190, g: 160, b: 40 } } })
    .png()
    .toFile(picture);
  const importInput = page.getByLabel('Import a draft (text, HTML, Markdown, Word, or a zip with its pictures)');
  // A picture alone is not a draft: refused, nothing made.
  await importInput.setInputFiles([picture]);
  await expect(page.getByRole('alert')).toHaveText(
    'There is no draft to import among these files (an .html, .md or .txt file). Nothing was changed.',
  );
  await importInput.setInputFiles([html, picture]);
  await expect(page.getByLabel('Headline')).toHaveValue('Panen Raya di Karawang');
  const slot = page.getByRole('group', { name: 'Image' });
  await expect(slot.getByRole('img')).toBeVisible();
  await expect(slot.getByLabel('Alt text')).toHaveValue('Sawah menguning');
  await expect(slot.getByLabel('Caption')).toHaveValue('Sawah di Karawang');
  await page.screenshot({ path: 'tests/screenshots/import-with-pictures-1280.png' });
});
