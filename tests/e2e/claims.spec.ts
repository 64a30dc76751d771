// Fact-checkers at work: marking claims, checking them, orphans, suggestions and the report.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { selectInBody, sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const saveState = (page: Page) => page.getByRole('status').first();
const claimsPanel = (page: Page) => page.getByRole('region', { name: 'Claims', exact: true });

async function blankArticle(page: Page, text: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Korea Utara dan Rusia');
  await body(page).click();
  await page.keyboard.type(text);
}

const selectPhrase = (page: Page, phrase: string) => selectInBody(page, phrase);

test('mark a claim, give it a verdict and a source; it is all kept and counted after a reload', async ({ app }) => {
  const { page } = app;
  await blankArticle(page, 'Pengiriman ini mencakup lebih dari 6.000 insinyur, seperti dikonfirmasi oleh NIS.');
  await selectPhrase(page, 'lebih dari 6.000 insinyur');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(body(page).locator('.claim-mark')).toHaveText('lebih dari 6.000 insinyur');
  // The new claim's record opens in the Claims tab, the cursor in its summary.
  await expect(page.getByRole('tab', { name: 'Claims 1' })).toHaveAttribute('aria-selected', 'true');
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByText('0 of 1 checked')).toBeVisible();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByRole('button', { name: /lebih dari 6\.000 insinyur/ })).toHaveAttribute('aria-expanded', 'true');
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByRole('textbox', { name: 'Summary' })).toBeFocused();
  await page.keyboard.type('NIS: more than 6,000 engineers');
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'True' });
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByLabel('Source URL').fill('https://www.nis.go.kr/press/2025');
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByLabel('Source title').fill('NIS briefing to the National Assembly');
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByLabel('Publisher').fill('National Intelligence Service');
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByRole('button', { name: 'Add source' }).click();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByRole('list', { name: 'Sources' })).toContainText('NIS briefing to the National Assembly');
  // The source is a link to its page (in Electron it opens in the system browser).
  await expect(claimsPanel(page).getByRole('link', { name: 'NIS briefing to the National Assembly' })).toHaveAttribute(
    'href',
    'https://www.nis.go.kr/press/2025',
  );
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByText('1 of 1 checked')).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');

  await page.reload();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByText('1 of 1 checked')).toBeVisible();
  await expect(body(page).locator('.claim-mark')).toHaveAttribute('data-tone', 'true');
  await sideTab(page, 'Claims');
  await claimsPanel(page)
    .getByRole('button', { name: /lebih dari 6\.000 insinyur/ })
    .click();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByRole('textbox', { name: 'Summary' })).toHaveValue('NIS: more than 6,000 engineers');
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByRole('list', { name: 'Sources' })).toContainText('National Intelligence Service');

  // The saved document carries only the claim's id, never its record.
  const saved = await page.evaluate(async () => {
    const token = sessionStorage.getItem('redaksi-token')!; // browser mode keeps this tab's token here
    const list = await fetch('/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Redaksi-Token': token },
      body: JSON.stringify({ channel: 'articles:list', input: {} }),
    }).then((r) => r.json());
    const article = await fetch('/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Redaksi-Token': token },
      body: JSON.stringify({ channel: 'articles:get', input: { ref: list.value.items[0].id } }),
    }).then((r) => r.json());
    return JSON.stringify(article.value.body);
  });
  expect(saved).toContain('"type":"claim-mark"');
  expect(saved).not.toContain('nis.go.kr');

  // Sign-off records who and which revision; a later change to the claim's text shows.
  await page.getByRole('button', { name: 'Profile…' }).click();
  await page.getByRole('dialog', { name: 'Profile' }).getByLabel('Name', { exact: true }).fill('Dewi');
  await page.getByRole('dialog', { name: 'Profile' }).getByRole('button', { name: 'Save profile' }).click();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page)).toContainText('Signing as Dewi');
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByRole('button', { name: 'Sign off' }).click();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page)).toContainText('Signed off by Dewi');
  await selectPhrase(page, '6.000');
  await page.keyboard.type('7.000');
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page)).toContainText('changed since sign-off');
  // The sign-off belongs to a version: its comparison with now opens from the claim.
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByRole('button', { name: 'Show changes since sign-off' }).click();
  const compare = page.getByRole('dialog', { name: /^Compare version \d+ with now$/ });
  const words = compare.getByRole('region', { name: 'The claim’s words since sign-off' });
  await expect(words.locator('del')).toHaveText('6.000');
  await expect(words.locator('ins')).toHaveText('7.000');
  await expect(compare.getByRole('region', { name: 'Text outside the sections' }).locator('ins')).toContainText('7.000');
  await compare.getByRole('button', { name: 'Close' }).click();
});

test('deleting the marked text leaves the claim as an orphan that can be dismissed', async ({ app }) => {
  const { page } = app;
  await blankArticle(page, 'Menurut pejabat, jumlahnya 6.000 orang. Kalimat lain.');
  await selectPhrase(page, 'jumlahnya 6.000 orang');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(body(page).locator('.claim-mark')).toHaveCount(1);
  await selectPhrase(page, 'jumlahnya 6.000 orang');
  await page.keyboard.press('Backspace');
  await expect(body(page).locator('.claim-mark')).toHaveCount(0);
  await sideTab(page, 'Claims');
  const orphans = claimsPanel(page).getByRole('list', { name: 'Orphaned claims' });
  await expect(orphans).toContainText('jumlahnya 6.000 orang');
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByText('0 of 0 checked')).toBeVisible();

  // Re-anchor to new words, then dismiss works as well.
  await selectPhrase(page, 'Kalimat lain');
  await orphans.getByRole('button', { name: 'Re-anchor to selection' }).click();
  await expect(body(page).locator('.claim-mark')).toHaveText('Kalimat lain');
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByRole('list', { name: 'Orphaned claims' })).toHaveCount(0);
});

test('undo brings the words of a dismissed claim back, but not its mark', async ({ app }) => {
  const { page } = app;
  // A person's pauses: edits closer than half a second apart are one undo step (Yjs' capture time).
  const pause = () => page.waitForTimeout(700);
  await blankArticle(page, 'Menurut pejabat, jumlahnya 6.000 orang. Kalimat lain.');
  await pause();
  await selectPhrase(page, 'jumlahnya 6.000 orang');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(body(page).locator('.claim-mark')).toHaveCount(1);
  await pause();
  await selectPhrase(page, 'jumlahnya 6.000 orang');
  await page.keyboard.press('Backspace');
  await pause();
  await sideTab(page, 'Claims');
  const orphans = claimsPanel(page).getByRole('list', { name: 'Orphaned claims' });
  await orphans.getByRole('button', { name: 'Dismiss' }).click();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByRole('list', { name: 'Orphaned claims' })).toHaveCount(0);
  // Undo (the Yjs undo manager) restores the deleted words with their mark; the mark's record is
  // gone, so the mark is dropped and the words stay.
  await body(page).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(body(page)).toContainText('jumlahnya 6.000 orang');
  await expect(body(page).locator('.claim-mark')).toHaveCount(0);
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByText('0 of 0 checked')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(body(page)).toContainText('jumlahnya 6.000 orang');
  await expect(body(page).locator('.claim-mark')).toHaveCount(0);
});

test('a suggested claim from the sample is accepted, and the report lists it with its source', async ({ app }) => {
  const { page } = app;
  await blankArticle(
    page,
    'Pengiriman ini mencakup lebih dari 6.000 insinyur dan pekerja militer, serta jutaan peluru dan rudal, seperti dikonfirmasi oleh Badan Intelijen Nasional Korea Selatan (NIS). Menurut para analis, keputusan Rusia merupakan refleksi dari kesulitan nyata.',
  );
  await sideTab(page, 'Claims');
  const suggestions = claimsPanel(page).getByRole('list', { name: 'Suggested claims' });
  await expect(suggestions).toContainText('dikonfirmasi oleh Badan Intelijen Nasional');
  await expect(suggestions).toContainText('vague attribution');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('list', { name: 'Blocking issues' })).toContainText('Vague attribution: “Menurut para analis');
  await sideTab(page, 'Claims');
  // Both came from the analysis worker, a script of the app's own bundle, not from the page's thread.
  const workers = page.workers().map((worker) => new URL(worker.url()));
  expect(workers.map((url) => url.pathname)).toContainEqual(expect.stringMatching(/\/assets\/analysisWorker-[\w-]+\.js$/));
  expect(workers.every((url) => url.origin === new URL(page.url()).origin)).toBe(true);

  await suggestions.getByRole('button', { name: /^Accept suggestion: Pengiriman ini/ }).click();
  await expect(body(page).locator('.claim-mark')).toContainText('dikonfirmasi oleh Badan Intelijen Nasional Korea Selatan (NIS).');
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByText('0 of 1 checked')).toBeVisible();
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('list', { name: 'Blocking issues' })).toContainText('1 claim is not checked yet');

  await sideTab(page, 'Claims');
  await claimsPanel(page)
    .getByRole('button', { name: /Pengiriman ini mencakup/ })
    .click();
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'Mostly true' });
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByLabel('Source URL').fill('https://en.yna.co.kr/view/AEN2025');
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByLabel('Source title').fill('Yonhap: NIS says 6,000 engineers');
  await sideTab(page, 'Claims');
  await claimsPanel(page).getByRole('button', { name: 'Add source' }).click();
  await sideTab(page, 'Claims');
  await expect(claimsPanel(page).getByText('1 of 1 checked')).toBeVisible();

  await sideTab(page, 'Claims');
  await claimsPanel(page).getByRole('button', { name: 'Fact-check report' }).click();
  const report = page.frameLocator('iframe[title="Fact-check report preview"]');
  // In the article's language (Indonesian), whatever the interface's.
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Laporan cek fakta: Korea Utara dan Rusia');
  await expect(report.locator('mark')).toContainText('lebih dari 6.000 insinyur');
  await expect(report.getByText('Sebagian besar benar')).toBeVisible();
  await expect(report.getByRole('link', { name: 'Yonhap: NIS says 6,000 engineers' })).toHaveAttribute(
    'href',
    'https://en.yna.co.kr/view/AEN2025',
  );
  await expect(page.getByRole('link', { name: 'Download' })).toHaveAttribute('download', /-fact-check\.html$/);
  await page.getByRole('dialog', { name: 'Fact-check report' }).getByRole('button', { name: 'Close' }).click();

  // The public page has the words but no trace of the claim.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Korea Utara dan Rusia');
  await expect(preview.locator('article')).toContainText('lebih dari 6.000 insinyur');
  await expect(preview.locator('mark, [data-claim-ids], .claim-mark')).toHaveCount(0);
});

test('F8 and Shift+F8 walk the claims in the body, each record opened in turn', async ({ app }) => {
  const { page } = app;
  await blankArticle(page, 'Ada 6.000 insinyur dikirim. Lalu 12.000 tentara menyusul. Menurut NIS, jumlahnya naik.');
  await selectPhrase(page, '6.000 insinyur');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  // The new claim's record opens with the cursor in its summary; only then are the next words selected
  // (selected earlier, the record's opening takes the selection away, as it would from a person).
  await expect(claimsPanel(page).getByRole('textbox', { name: 'Summary' })).toBeFocused();
  await selectPhrase(page, '12.000 tentara');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(body(page).locator('.claim-mark')).toHaveText(['6.000 insinyur', '12.000 tentara']);
  const record = (words: string) => claimsPanel(page).getByRole('button', { name: new RegExp(words) });

  await body(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await expect(page.getByRole('tab', { name: /^Claims/ })).toHaveAttribute('aria-selected', 'true');
  await expect(record('6\\.000 insinyur')).toHaveAttribute('aria-expanded', 'true');
  // The cursor stays in the text: the next F8 goes on from here.
  await expect(body(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('6.000 insinyur');
  await page.keyboard.press('F8');
  await expect(record('12\\.000 tentara')).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('12.000 tentara');
  // Round the end, and back.
  await page.keyboard.press('F8');
  await expect(record('6\\.000 insinyur')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Shift+F8');
  await expect(record('12\\.000 tentara')).toHaveAttribute('aria-expanded', 'true');
});
