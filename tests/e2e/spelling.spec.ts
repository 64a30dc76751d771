// Offline spelling: a misspelt Indonesian word is underlined (a CSS highlight, the text untouched)
// and fixed from the dictionary's suggestion in the context menu; inflected and reduplicated words
// are not underlined; F7 goes to the next unknown word; "Add to dictionary" lasts; English articles
// are checked in English; and the setting turns it off.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { chooseHeroImage, firstUnderlinedWordAt, newExplainer, openSpellingMenu, selectInBody, underlined } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

async function newDraft(page: Page, words: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Ejaan');
  await body(page).click();
  await page.keyboard.type(words);
}

test('a misspelt Indonesian word is underlined and fixed from a suggestion; inflected words are not', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Pemerintah mengumumkan kebijkan baru. Sekolah-sekolah dikatakannya ditutup oleh Kuatbaca.');
  await expect.poll(() => underlined(page), { timeout: 15_000 }).toEqual(['kebijkan', 'Kuatbaca']);
  await page.screenshot({ path: 'tests/screenshots/spelling-1280.png' });

  // Right-click on the word: the dictionary's suggestions.
  await expect(body(page).getByText('kebijkan', { exact: false })).toBeVisible();
  const menu = await openSpellingMenu(page, 'kebijkan');
  await expect(menu.getByRole('menuitem', { name: 'Replace with “kebijakan”' })).toBeFocused();
  // It opens at the word (placed in the window, not inside the article's scrolling box).
  const word = await firstUnderlinedWordAt(page);
  const placed = (await menu.boundingBox())!;
  expect(Math.abs(placed.x - word.x)).toBeLessThan(3);
  expect(Math.abs(placed.y - (word.y + 4))).toBeLessThan(3);
  await menu.getByRole('menuitem', { name: 'Replace with “kebijakan”' }).click();
  await expect(body(page)).toHaveText('Pemerintah mengumumkan kebijakan baru. Sekolah-sekolah dikatakannya ditutup oleh Kuatbaca.');
  await expect.poll(() => underlined(page)).toEqual(['Kuatbaca']);

  // From the keyboard: F7 selects the next unknown word and opens its menu; the name is added.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F7');
  const next = page.getByRole('menu', { name: 'Spelling of “Kuatbaca”' });
  await expect(next).toBeVisible();
  await page.keyboard.press('End');
  await expect(next.getByRole('menuitem', { name: 'Ignore' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(next.getByRole('menuitem', { name: 'Add to dictionary' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => underlined(page)).toEqual([]);

  // The added word stays known after a reload.
  await page.reload();
  await expect(body(page)).toContainText('Kuatbaca');
  await page.keyboard.type('');
  await expect.poll(() => underlined(page), { timeout: 15_000 }).toEqual([]);
});

test('an English article is checked in English, and the setting turns checking off', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'The goverment said the kebijakan was final.');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  await expect.poll(() => underlined(page), { timeout: 15_000 }).toEqual(['goverment', 'kebijakan']);

  await page.getByRole('button', { name: 'Settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('checkbox', { name: /Check spelling/ }).uncheck();
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => underlined(page)).toEqual([]);
});

test('an English quote marked in an Indonesian article is checked in English and published with its language', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Menteri berkata: The goverment will act now, katanya.');
  // In Indonesian, the English words are unknown too.
  await expect.poll(() => underlined(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['goverment', 'will']));

  await selectInBody(page, 'The goverment will act now');
  await page.getByRole('button', { name: 'Language of the selected words' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(body(page).locator('[lang="en"]')).toHaveText('The goverment will act now');
  // Checked in English now: only the misspelling is left.
  await expect.poll(() => underlined(page), { timeout: 15_000 }).toEqual(['goverment']);
  await page.screenshot({ path: 'tests/screenshots/passage-language-1280.png' });

  // The published page says the passage's language.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('span[lang="en"]')).toHaveText('The goverment will act now');
  await page.getByRole('dialog', { name: 'Publication preview' }).getByRole('button', { name: 'Close' }).click();

  // Marked back as Indonesian, no mark is left.
  await selectInBody(page, 'The goverment will act now');
  await page.getByRole('button', { name: 'Language of the selected words' }).click();
  await page.getByRole('menuitem', { name: 'Bahasa Indonesia' }).click();
  await expect(body(page).locator('[lang]')).toHaveCount(0);
});

/** The words underlined in the headline and the dek, in order. */
const fieldUnderlines = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('spelling-fields') ?? [])].map((range) => (range as Range).toString()));

test('the headline and the dek are checked too; a word fixed from the menu goes into the field', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  const dek = page.getByRole('textbox', { name: 'Dek', exact: true });
  await headline.fill('Pemerintah umumkan kebijkan baru');
  await dek.fill('Sekolah-sekolah dikatakannya ditutup.');
  await expect.poll(() => fieldUnderlines(page), { timeout: 15_000 }).toEqual(['kebijkan']);
  await page.screenshot({ path: 'tests/screenshots/spelling-headline-1280.png' });
  // Narrower (the library steps aside) and back: the underline is still under the word, in the field.
  const mirrorOverField = () =>
    page.evaluate(() => {
      const wrapper = document.querySelector('.field-headline .spelled-field')!;
      const field = wrapper.querySelector('textarea')!.getBoundingClientRect();
      const mirror = wrapper.querySelector('.spell-mirror')!.getBoundingClientRect();
      return [mirror.left - field.left, mirror.right - field.right, mirror.top - field.top, mirror.bottom - field.bottom].map(Math.round);
    });
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    await expect.poll(mirrorOverField, { message: `${width} wide` }).toEqual([0, 0, 0, 0]);
  }

  // Right-click on the underlined word in the headline: the same menu as in the body.
  const box = await page.evaluate(() => {
    const rect = ([...(CSS.highlights.get('spelling-fields') ?? [])][0] as Range).getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Spelling of “kebijkan”' });
  await expect(menu.getByRole('menuitem', { name: 'Replace with “kebijakan”' })).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Replace with “kebijakan”' }).click();
  await expect(headline).toHaveValue('Pemerintah umumkan kebijakan baru');
  await expect(headline).toBeFocused();
  await expect.poll(() => fieldUnderlines(page)).toEqual([]);

  // The dek, from the keyboard: the caret in the word, then the context-menu key.
  await dek.fill('Warga mengungsi karna banjir.');
  await expect.poll(() => fieldUnderlines(page), { timeout: 15_000 }).toEqual(['karna']);
  await dek.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(18, 18));
  await page.keyboard.press('Shift+F10');
  const dekMenu = page.getByRole('menu', { name: 'Spelling of “karna”' });
  await expect(dekMenu.getByRole('menuitem', { name: 'Replace with “karena”' })).toBeVisible();
  await dekMenu.getByRole('menuitem', { name: 'Replace with “karena”' }).click();
  await expect(dek).toHaveValue('Warga mengungsi karena banjir.');
  // The body's underlines are its own: the fields' fixes left it alone (and it is still checked).
  await body(page).click();
  await page.keyboard.type('Hujan dersa.');
  await expect.poll(() => underlined(page), { timeout: 15_000 }).toEqual(['dersa']);
  await expect.poll(() => fieldUnderlines(page)).toEqual([]);
});

test('a picture’s caption and alt text are checked too; a credit (names) is not', async ({ app }, testInfo) => {
  const { page } = app;
  await newExplainer(page, 'Banjir di pesisir');
  const { hero } = await chooseHeroImage(page, (name) => testInfo.outputPath(name));
  await hero.getByLabel('Caption').fill('Warga mengungsi karna banjir');
  await hero.getByLabel('Alt text').fill('Rumah terendm air laut');
  await hero.getByLabel('Credit').fill('ANTARA/Xyzqw');
  await expect.poll(() => fieldUnderlines(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['karna', 'terendm']));
  expect(await fieldUnderlines(page)).not.toContain('Xyzqw');
  await hero.getByLabel('Caption').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/screenshots/spelling-caption-1280.png' });

  // The caption's word, by right-click: fixed in the field.
  const box = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('spelling-fields') ?? [])].find((r) => (r as Range).toString() === 'karna') as Range;
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  await page.getByRole('menu', { name: 'Spelling of “karna”' }).getByRole('menuitem', { name: 'Replace with “karena”' }).click();
  await expect(hero.getByLabel('Caption')).toHaveValue('Warga mengungsi karena banjir');
  await expect.poll(() => fieldUnderlines(page)).toEqual(['terendm']);
});
