// The foundation stories: write, reload, find, move through the workflow. (Two windows on one
// article: liveEditing.spec.ts.)
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const saveState = (page: Page) => page.getByRole('status');

async function newArticle(page: Page, headline: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await expect(page.getByLabel('Headline')).toBeFocused();
  await page.getByLabel('Headline').fill(headline);
}

test('an article with formatted text survives a reload', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia?');
  // The library's row follows the headline as it is typed, not seconds later with the derived copy.
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Mengapa Korea Utara Antusias', { timeout: 500 });
  await page.getByLabel('Dek').fill('Ini motif strategis di baliknya');
  await page.getByLabel('Byline').fill('Tim Redaksi');
  // Typed the newsroom's way, in the article's zone; what is not a date is said so and not taken.
  await page.getByLabel('Publish time').fill('31 Juni 2025 17.00');
  await page.getByLabel('Publish time').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Write the date like 4 Juli 2025 17.00.' })).toBeVisible();
  await page.getByLabel('Publish time').fill('4 Jul 2025 pukul 17:00');
  await page.getByLabel('Publish time').press('Tab');
  await expect(page.getByLabel('Publish time')).toHaveValue('4 Juli 2025 17.00');
  await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Jakarta');

  await body(page).click();
  await page.keyboard.type('Korea Utara kini menjadi ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('sorotan dunia');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' dan ');
  await page.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.type('Moskow');
  await page.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await page.keyboard.type('Dukungan militer');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('6.000 insinyur');
  await page.keyboard.press('Enter');
  await page.keyboard.type('jutaan peluru');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Quote' }).click();
  await page.keyboard.type('Menurut para analis, ini investasi geopolitik.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Paragraph' }).click();
  await page.keyboard.type('Sumber: NIS');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Link' }).click();
  await page.getByLabel('Link URL').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByRole('alert')).toContainText('not allowed');
  await page.getByLabel('Link URL').fill('https://www.nis.go.kr/');
  await page.getByRole('button', { name: 'Apply link' }).click();

  await expect(page.getByText('words ·')).toContainText('1 min read');
  await expect(saveState(page)).toHaveText('Saved');

  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Mengapa Korea Utara Antusias Kirim Ribuan Tentara ke Rusia?');
  await expect(page.getByLabel('Dek')).toHaveValue('Ini motif strategis di baliknya');
  await expect(page.getByLabel('Byline')).toHaveValue('Tim Redaksi');
  await expect(page.getByLabel('Publish time')).toHaveValue('4 Juli 2025 17.00');
  await expect(body(page).locator('strong')).toHaveText('sorotan dunia');
  await expect(body(page).locator('em')).toHaveText('Moskow');
  await expect(body(page).getByRole('heading', { level: 2 })).toHaveText('Dukungan militer');
  await expect(body(page).getByRole('listitem')).toHaveText(['6.000 insinyur', 'jutaan peluru']);
  await expect(body(page).locator('blockquote')).toHaveText('Menurut para analis, ini investasi geopolitik.');
  await expect(body(page).getByRole('link', { name: 'Sumber: NIS' })).toHaveAttribute('href', 'https://www.nis.go.kr/');
  await page.screenshot({ path: 'tests/screenshots/editor.png' });
});

test('while only the library shows, the editor warms up in idle time and leaves nothing behind', async ({ app }) => {
  const { page } = app;
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  const warmed = await page.waitForFunction(() => {
    const [mark] = performance.getEntriesByName('redaksi:editor-warmed') as PerformanceMark[];
    return mark?.detail as { paragraphs: number; ms: number[] } | undefined;
  });
  // Each draw built the whole throwaway document (24 paragraphs) from its update, outside the page.
  const { paragraphs, ms } = (await warmed.jsonValue())!;
  expect(ms.length).toBeGreaterThan(0);
  expect(paragraphs).toBe(24 * ms.length);
  expect(await page.locator('[data-lexical-editor]').count()).toBe(0);
  expect(warnings.filter((text) => text.includes('warm-up'))).toEqual([]);

  await newArticle(page, 'Hangat');
  await body(page).click();
  await page.keyboard.type('Kalimat pertama setelah pemanasan.');
  await expect(body(page)).toHaveText('Kalimat pertama setelah pemanasan.');
  await expect(saveState(page)).toHaveText('Saved');
});

test('undo and redo from the toolbar', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Catatan');
  await body(page).click();
  await page.keyboard.type('Kalimat pertama.');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body(page)).not.toContainText('Kalimat pertama.');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(body(page)).toContainText('Kalimat pertama.');
});

test('search finds an article by a word in its body, diacritics folded, with a highlighted snippet', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Harga beras naik di Jakarta');
  await body(page).click();
  await page.keyboard.type('Pedagang di pasar Kramat Jati mengeluhkan pasokan dari Karawang.');
  await expect(saveState(page)).toHaveText('Saved');
  await newArticle(page, 'Café baru di Bandung');
  await expect(saveState(page)).toHaveText('Saved');

  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('karawang');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Harga beras naik di Jakarta');
  await expect(results.locator('mark')).toHaveText('Karawang');

  await search.fill('cafe');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Café baru di Bandung');
  await page.screenshot({ path: 'tests/screenshots/search.png' });

  await search.fill('tidak ada yang cocok');
  await expect(page.getByText('No article matches.')).toBeVisible();
});

test('the status moves through the workflow and the library filters by it', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Banjir di Jakarta');
  await expect(saveState(page)).toHaveText('Saved');
  const status = page.getByRole('group', { name: 'Workflow status' });
  await expect(status).toContainText('Draft');
  await page.getByRole('button', { name: 'Send to review' }).click();
  await expect(status).toContainText('In review');
  await page.getByRole('button', { name: 'Send to fact-check' }).click();
  await expect(status).toContainText('Fact-check');
  // The step back is in the More menu (the header keeps one row).
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Return to review' }).click();
  await expect(status).toContainText('In review');
  await page.getByRole('button', { name: 'Send to fact-check' }).click();
  await expect(status).toContainText('Fact-check');

  await page.reload();
  await expect(status).toContainText('Fact-check');
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Fact-check' });
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Draft' });
  await expect(page.getByText('No articles yet.')).toBeVisible();
});

test('a deleted article goes to the trash and can be restored', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Artikel yang dihapus');
  await expect(saveState(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(page.getByRole('list', { name: 'Articles' })).not.toContainText('Artikel yang dihapus');
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Trash' });
  await page.getByRole('button', { name: 'Restore Artikel yang dihapus' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'All articles' });
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Artikel yang dihapus');
});
