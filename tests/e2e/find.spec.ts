// Find and replace in the article: Ctrl+F finds in the headline, dek and body (match case, whole
// word, regular expression), the body's matches painted with CSS highlights; Ctrl+H replaces one
// or all, the body's in one Undo step; while suggesting, a replacement is a suggestion.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { setProfile, sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const bar = (page: Page) => page.getByRole('search', { name: 'Find and replace in the article' });
const query = (page: Page) => bar(page).getByRole('searchbox', { name: 'Find in the article' });
const status = (page: Page) => bar(page).getByRole('status').first();

async function newDraft(page: Page): Promise<void> {
  await setProfile(page, 'Dewi Desk');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Harga beras naik');
  await page.getByRole('textbox', { name: 'Dek', exact: true }).fill('Beras impor belum tiba.');
  await body(page).click();
  await page.keyboard.type('Harga beras naik lagi. Beras medium Rp13.500.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Petani menjual beras_organik dan berasnya sendiri.');
}

/** How many body ranges the two find highlights paint (all matches, the current one). */
const painted = (page: Page) =>
  page.evaluate(() => [CSS.highlights.get('find-match')?.size ?? 0, CSS.highlights.get('find-current')?.size ?? 0]);

test('find with match case, whole word and a regular expression; replace one and all, undone in one step', async ({ app }) => {
  const { page } = app;
  await newDraft(page);

  await page.keyboard.press('Control+f');
  await expect(query(page)).toBeFocused();
  await query(page).fill('beras');
  // Headline 1, dek 1, body 4 (inside "beras_organik" and "berasnya" too: not whole words yet).
  await expect(status(page)).toHaveText('1 of 6 · Headline');
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveClass(/find-current-field/);
  await expect.poll(() => painted(page)).toEqual([4, 0]);
  await query(page).press('Enter');
  await expect(status(page)).toHaveText('2 of 6 · Dek');
  await query(page).press('Enter');
  await expect(status(page)).toHaveText('3 of 6 · Body');
  await expect.poll(() => painted(page)).toEqual([3, 1]);
  await query(page).press('Shift+Enter');
  await expect(status(page)).toHaveText('2 of 6 · Dek');

  await bar(page).getByRole('button', { name: 'Whole word' }).click();
  await expect(status(page)).toHaveText(/of 4/);
  await bar(page).getByRole('button', { name: 'Match case' }).click();
  await expect(status(page)).toHaveText(/of 2/);
  await bar(page).getByRole('button', { name: 'Match case' }).click();

  await bar(page).getByRole('button', { name: 'Regular expression' }).click();
  await query(page).fill('Rp[\\d.]+\\d');
  await expect(status(page)).toHaveText('1 of 1 · Body');
  await query(page).fill('(Rp');
  await expect(status(page)).toContainText('Not a valid regular expression');
  await expect(query(page)).toHaveAttribute('aria-invalid', 'true');
  await query(page).fill('(?<first>[Bb])eras\\b');

  // Ctrl+H: the replace row. One replacement, then all the rest, as one step for Undo in the body.
  await page.keyboard.press('Control+h');
  const replaceWith = bar(page).getByRole('textbox', { name: 'Replace with' });
  await replaceWith.fill('$<first>ulir');
  await expect(status(page)).toHaveText('1 of 4 · Headline');
  await bar(page).getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Harga bulir naik');
  await expect(status(page)).toHaveText('1 of 3 · Dek');
  await bar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(bar(page).getByText('Replaced 1 in the dek, 2 in the body.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Dek', exact: true })).toHaveValue('Bulir impor belum tiba.');
  await expect(body(page)).toHaveText('Harga bulir naik lagi. Bulir medium Rp13.500.Petani menjual beras_organik dan berasnya sendiri.');
  await expect(status(page)).toHaveText('No results');

  // Escape closes the bar and its highlights.
  await query(page).press('Escape');
  await expect(bar(page)).toBeHidden();
  await expect.poll(() => painted(page)).toEqual([0, 0]);

  await body(page).click();
  await page.keyboard.press('Control+z');
  await expect(body(page)).toHaveText('Harga beras naik lagi. Beras medium Rp13.500.Petani menjual beras_organik dan berasnya sendiri.');

  // The library's search keeps its own shortcut.
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: /Search/ })).toBeFocused();
});

test('while suggesting, replace all suggests each replacement and finds the text as it will read', async ({ app }) => {
  const { page } = app;
  await newDraft(page);
  await page.getByRole('button', { name: 'Suggesting' }).click();

  await page.keyboard.press('Control+h');
  await query(page).fill('beras');
  await bar(page).getByRole('button', { name: 'Whole word' }).click();
  await expect(status(page)).toHaveText(/of 4/);
  await bar(page).getByRole('textbox', { name: 'Replace with' }).fill('gula');
  await expect(bar(page).getByText('Replacements are suggestions.')).toBeVisible();
  await bar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(bar(page).getByText('Suggested replacing 1 in the headline, 1 in the dek, 2 in the body.')).toBeVisible();
  // The words suggested away are not found again.
  await expect(status(page)).toHaveText('No results');

  // The fields keep their value until accepted; the body shows the cut and the new words.
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Harga gula naik');
  await expect(body(page).locator('.suggest-delete')).toHaveText(['beras', 'Beras']);
  await expect(body(page).locator('.suggest-insert')).toHaveText(['gula', 'gula']);
  await sideTab(page, 'Suggestions');
  const cards = page.getByRole('list', { name: 'Pending suggestions' });
  await expect(cards.getByRole('article', { name: 'Suggestion by Dewi Desk: Replace “beras” with “gula”', exact: true })).toBeVisible();
  await expect(cards.getByRole('article', { name: 'Suggestion by Dewi Desk: Replace “Beras” with “gula”', exact: true })).toBeVisible();
});

test('the find bar fits the article column at 1024 and 1280 wide', async ({ app }) => {
  const { page } = app;
  await newDraft(page);
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    await page.keyboard.press('Control+h');
    await query(page).fill('beras');
    await expect(status(page)).toHaveText('1 of 6 · Headline');
    // One row for the query and its buttons, one for the replacement.
    const rows = await bar(page)
      .locator('.find-row')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    expect(
      rows.every((h) => h < 45),
      `row heights ${rows}`,
    ).toBe(true);
    await page.screenshot({ path: `tests/screenshots/find-replace-${width}.png` });
    await query(page).press('Escape');
  }
});

test('an embedded post’s words are found and replaced like a caption’s', async ({ app }) => {
  const { page } = app;
  await newDraft(page);
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Post or video (embed)' }).click();
  const card = page.getByRole('group', { name: 'Embedded post or video' });
  await card.getByLabel('Link to the post or video').fill('https://x.com/BPBDJakarta/status/1790000000000000000');
  const post = page.getByRole('group', { name: 'Embedded X post' });
  await post.getByLabel('What it says').fill('Stok beras aman sampai Lebaran.');

  await page.keyboard.press('Control+f');
  await query(page).fill('Stok beras');
  await expect(status(page)).toHaveText('1 of 1 · Embedded post');
  await page.keyboard.press('Control+h');
  await bar(page).getByRole('textbox', { name: 'Replace with' }).fill('Stok gabah');
  await bar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(post.getByLabel('What it says')).toHaveValue('Stok gabah aman sampai Lebaran.');
});
