// Templates, sections and image slots, as an editor uses them.
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './appDriver';
import { newExplainer, sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const saveState = (page: Page) => page.getByRole('status').first();
const sectionNumbers = (page: Page) =>
  body(page)
    .locator('section.ed-section')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.number ?? null));
const sectionTitles = (page: Page) => body(page).locator('section.ed-section > h2');

async function newFromTemplate(page: Page, template: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  const dialog = page.getByRole('dialog', { name: 'New article' });
  await dialog.getByRole('radio', { name: new RegExp(`^${template}`) }).check();
  await dialog.getByRole('button', { name: 'Create article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
}

test('a new Explainer has a hero slot, five numbered sections and a conclusion', async ({ app }) => {
  const { page } = app;
  await newFromTemplate(page, 'Explainer');
  const hero = page.getByRole('group', { name: 'Hero image' });
  await expect(hero).toContainText('16:9');
  await expect(hero).toContainText('at least 1600×900 px');
  await expect(sectionTitles(page)).toHaveCount(6);
  await expect.poll(() => sectionNumbers(page)).toEqual(['1', '2', '3', '4', '5', null]);
  const tools = page.getByRole('complementary', { name: 'Article tools' });
  await sideTab(page, 'Outline');
  await expect(tools.getByRole('button', { name: 'Move section 5 down' })).toBeVisible();
  await expect(tools.getByRole('button', { name: 'Move conclusion up' })).toBeVisible();
  await sideTab(page, 'Checklist');
  await expect(tools.getByRole('button', { name: 'The hero image is empty' })).toBeVisible();

  // Guidance follows the article's language and is never text in the document.
  const guidance = () =>
    sectionTitles(page)
      .first()
      .evaluate((h) => getComputedStyle(h, '::before').content);
  await expect.poll(guidance).toContain('Judul bagian');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  await expect.poll(guidance).toContain('Section heading');
  await expect(sectionTitles(page).first()).toHaveText('');
});

test('an inline image slot takes a dropped image', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await body(page).click();
  await page.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Image', exact: true }).click();
  const slot = page.getByRole('group', { name: 'Image' });
  await expect(slot).toContainText('Drop an image here');
  const png = (
    await sharp({ create: { width: 1000, height: 750, channels: 3, background: 'green' } })
      .png()
      .toBuffer()
  ).toString('base64');
  const transfer = await page.evaluateHandle((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'foto.png', { type: 'image/png' }));
    return dt;
  }, png);
  await slot.dispatchEvent('dragover', { dataTransfer: transfer });
  await slot.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(slot).toContainText('1000×750 px');
  await slot.getByLabel('Alt text').fill('Lapangan hijau');
  await expect(saveState(page)).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Image' }).getByLabel('Alt text')).toHaveValue('Lapangan hijau');
});

test('the hero slot takes an image from the file picker and keeps alt, caption and credit across a reload', async ({ app }, testInfo) => {
  const { page } = app;
  await newExplainer(page, 'Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia?');

  const file = testInfo.outputPath('dw-1751619146746_169.jpg');
  await sharp({ create: { width: 1920, height: 1080, channels: 3, background: { r: 40, g: 90, b: 140 } } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { ImageDescription: 'Pasukan Korea Utara', Artist: 'DW' } } })
    .toFile(file);
  const hero = page.getByRole('group', { name: 'Hero image' });
  await hero.getByLabel('Choose hero image').setInputFiles(file);
  await expect(hero.getByRole('img')).toBeVisible();
  await expect(hero).toContainText('1920×1080 px');
  // Prefilled from the photo's metadata.
  await expect(hero.getByLabel('Caption')).toHaveValue('Pasukan Korea Utara');
  await expect(hero.getByLabel('Credit')).toHaveValue('DW');

  await sideTab(page, 'Checklist');
  const checklist = page.getByRole('list', { name: 'Blocking issues' });
  await expect(checklist.getByRole('button', { name: 'The hero image needs alt text' })).toBeVisible();
  await checklist.getByRole('button', { name: 'The hero image needs alt text' }).click();
  await expect(hero.getByLabel('Alt text')).toBeFocused();
  await hero.getByLabel('Alt text').fill('Tentara Korea Utara berbaris di lapangan');
  await hero.getByLabel('Caption').fill('Pasukan Korea Utara dalam parade di Pyongyang');
  await hero.getByLabel('Credit').fill('DW / Reuters');
  await expect(checklist.getByRole('button', { name: 'The hero image needs alt text' })).toHaveCount(0);
  await expect(saveState(page)).toHaveText('Saved');
  await page.locator('.editor-pane-content').evaluate((pane) => pane.scrollTo(0, 0));
  await page.screenshot({ path: 'tests/screenshots/explainer.png' });

  await page.reload();
  await expect(hero.getByLabel('Alt text')).toHaveValue('Tentara Korea Utara berbaris di lapangan');
  await expect(hero.getByLabel('Caption')).toHaveValue('Pasukan Korea Utara dalam parade di Pyongyang');
  await expect(hero.getByLabel('Credit')).toHaveValue('DW / Reuters');
  await expect(hero.getByRole('img', { name: 'Tentara Korea Utara berbaris di lapangan' })).toHaveJSProperty('naturalWidth', 1920);
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('list', { name: 'Blocking issues' })).not.toContainText('hero image');
});

test('a broken image is refused with a clear message and the slot stays empty', async ({ app }, testInfo) => {
  const { page } = app;
  await newFromTemplate(page, 'Explainer');
  const file = testInfo.outputPath('not-a-photo.jpg');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, 'this is a text file pretending to be a photo');
  const hero = page.getByRole('group', { name: 'Hero image' });
  await hero.getByLabel('Choose hero image').setInputFiles(file);
  await expect(hero.getByRole('alert')).toContainText('not-a-photo.jpg is not an image');
  await expect(hero.getByRole('img')).toHaveCount(0);

  // With the interface in Bahasa Indonesia, the refusal is said in Indonesian too.
  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Bahasa Indonesia' }).check();
  await page.getByRole('dialog', { name: 'Pengaturan' }).getByRole('button', { name: 'Tutup' }).click();
  const heroId = page.getByRole('group', { name: 'Gambar utama' });
  await heroId.getByLabel('Pilih gambar utama').setInputFiles(file);
  await expect(heroId.getByRole('alert')).toContainText('not-a-photo.jpg bukan gambar');
});

test('moving section 3 up keeps the numbers 1–5 in order', async ({ app }) => {
  const { page } = app;
  await newFromTemplate(page, 'Explainer');
  const titles = ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima'];
  for (const [i, title] of titles.entries()) {
    await sectionTitles(page).nth(i).click();
    await page.keyboard.type(title);
  }
  await expect(saveState(page)).toHaveText('Saved');
  await sideTab(page, 'Outline');
  await page.getByRole('button', { name: 'Move section 3 up' }).click();
  await expect(sectionTitles(page)).toHaveText(['Satu', 'Tiga', 'Dua', 'Empat', 'Lima', '']);
  await expect.poll(() => sectionNumbers(page)).toEqual(['1', '2', '3', '4', '5', null]);

  // And by keyboard: Alt+Shift+↓ moves the section at the cursor.
  await sectionTitles(page).nth(0).click();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(sectionTitles(page)).toHaveText(['Tiga', 'Satu', 'Dua', 'Empat', 'Lima', '']);
  await expect.poll(() => sectionNumbers(page)).toEqual(['1', '2', '3', '4', '5', null]);

  await expect(saveState(page)).toHaveText('Saved');
  await page.reload();
  await expect(sectionTitles(page)).toHaveText(['Tiga', 'Satu', 'Dua', 'Empat', 'Lima', '']);
  await expect.poll(() => sectionNumbers(page)).toEqual(['1', '2', '3', '4', '5', null]);
});

test('save as template, then a new article from it has the same structure', async ({ app }) => {
  const { page } = app;
  await newFromTemplate(page, 'Explainer');
  await sideTab(page, 'Outline');
  await page.getByRole('button', { name: 'Delete section 5' }).click();
  await expect.poll(() => sectionNumbers(page)).toEqual(['1', '2', '3', '4', null]);
  await expect(saveState(page)).toHaveText('Saved');
  // From the article's menu, by the keyboard: Arrow Down opens it on its first item, and moves on.
  await page.getByRole('button', { name: 'More actions' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Publish to…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Find and replace…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Save as template…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Save as template' }).getByLabel('Template name').fill('Explainer empat bagian');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('alert')).toContainText('Saved as the template “Explainer empat bagian”');

  await newFromTemplate(page, 'Explainer empat bagian');
  await expect(page.getByRole('group', { name: 'Hero image' })).toContainText('16:9');
  await expect.poll(() => sectionNumbers(page)).toEqual(['1', '2', '3', '4', null]);

  // The template can be renamed and deleted from the template manager.
  await page.getByRole('button', { name: 'Templates' }).click();
  const manager = page.getByRole('dialog', { name: 'Templates' });
  await manager.getByRole('button', { name: 'Edit Explainer empat bagian' }).click();
  await manager.getByLabel('Template name').fill('Explainer ringkas');
  await manager.getByRole('button', { name: 'Save template' }).click();
  await expect(manager.getByRole('list', { name: 'All templates' })).toContainText('Explainer ringkas');
  await manager.getByRole('button', { name: 'Delete Explainer ringkas' }).click();
  await page.getByRole('dialog', { name: 'Delete template?' }).getByRole('button', { name: 'Delete template' }).click();
  await expect(manager.getByRole('list', { name: 'All templates' })).not.toContainText('Explainer ringkas');
});

test('insert sections at the cursor, and TK markers are counted until resolved', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await body(page).click();
  await page.keyboard.type('Pembuka.');
  await page.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Numbered section' }).click();
  await page.keyboard.type('Bagian pertama');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Korban berjumlah TK orang.');
  await expect(page.getByText('1 TK marker')).toBeVisible();
  await expect.poll(() => sectionNumbers(page)).toEqual(['1']);
  await page.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Section with image' }).click();
  await expect(page.getByRole('group', { name: 'Image' })).toContainText('at least 800×0 px');
  await page.keyboard.type('Bagian bergambar');
  await expect(sectionTitles(page)).toHaveText(['Bagian pertama', 'Bagian bergambar']);

  await page.getByRole('button', { name: /^TK in section 1/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('Korban berjumlah 12 orang.');
  await expect(page.getByText('1 TK marker')).toHaveCount(0);
});

test('an image pasted onto the hero slot fills it', async ({ app }) => {
  const { page } = app;
  await newFromTemplate(page, 'Explainer');
  const hero = page.getByRole('group', { name: 'Hero image' });
  const jpeg = (
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: 'navy' } })
      .jpeg()
      .toBuffer()
  ).toString('base64');
  await hero.focus();
  await hero.evaluate((slot, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'clipboard.jpg', { type: 'image/jpeg' }));
    slot.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, jpeg);
  await expect(hero).toContainText('1600×900 px');
  await sideTab(page, 'Checklist');
  await expect(
    page.getByRole('list', { name: 'Blocking issues' }).getByRole('button', { name: 'The hero image needs alt text' }),
  ).toBeVisible();
});
