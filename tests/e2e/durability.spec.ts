// Never lose a word: a store that stops accepting saves, a renderer crash, a reload mid-typing, and a
// damaged store file. Faults are injected at the browser-mode transport; the store's own failure
// (SQLITE_FULL, read-only) is exercised for real in tests/unit/durability.
import type { BrowserContext, Page } from '@playwright/test';
import sharp from 'sharp';
import Database from 'better-sqlite3';
import { rollingBackup } from '../../db/backups';
import { writeGarbage, writeStore } from '../fixtures/storeFiles';
import { expect, test } from './appDriver';
import { newExplainer } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const saveState = (page: Page) => page.getByRole('status');
const DISK_FULL = 'The article store could not be written (SQLITE_FULL). Your text is kept in the editor.';

// eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures pattern; none is used here.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'faults are injected into the browser-mode transport');
});

/** From now on every save is refused the way the main side refuses one on a full disk. */
async function failSaves(target: BrowserContext | Page) {
  await target.route('**/api/call', async (route) => {
    if (route.request().postData()?.includes('"channel":"articles:save"')) {
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'storage_unavailable', message: DISK_FULL } }),
      });
    } else await route.continue();
  });
}

async function newArticle(page: Page, headline: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill(headline);
  await expect(saveState(page)).toHaveText('Saved');
}

test('a full disk: the save fails visibly, the text stays, and it is saved once the disk has room', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Disk penuh');
  await failSaves(page.context());
  await body(page).click();
  await page.keyboard.type('Kalimat yang ditulis saat disk penuh.');
  await expect(saveState(page)).toHaveText('Not saved — retrying');
  const problem = page.getByRole('alert').filter({ hasText: 'SQLITE_FULL' });
  await expect(problem).toContainText('nothing typed here is lost');
  await expect(body(page)).toHaveText('Kalimat yang ditulis saat disk penuh.');
  // Still refused: still retrying, still here.
  await problem.getByRole('button', { name: 'Retry now' }).click();
  await expect(saveState(page)).toHaveText('Not saved — retrying');

  await page.context().unroute('**/api/call');
  await problem.getByRole('button', { name: 'Retry now' }).click();
  await expect(saveState(page)).toHaveText('Saved');
  await expect(problem).toBeHidden();
  await page.reload();
  await expect(body(page)).toHaveText('Kalimat yang ditulis saat disk penuh.');
});

test('a renderer crash while saves fail: the text is offered back on the next open', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Hampir hilang');
  await failSaves(page); // this page only: the next one saves normally
  await body(page).click();
  await page.keyboard.type('Paragraf yang belum pernah tersimpan.');
  await expect(saveState(page)).toHaveText('Not saved — retrying');

  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => {}); // the call never answers: the page is gone
  await crashed;

  const next = await app.openSecondPage();
  const offer = next.getByRole('alert').filter({ hasText: 'Unsaved changes from' });
  await expect(offer).toBeVisible();
  // The editor shows the stored version until the writer chooses.
  await expect(body(next)).toHaveText('');
  // Editing before choosing saves a newer revision; restoring goes on top of it, with no conflict.
  await next.getByLabel('Byline').fill('Desk malam');
  await expect(saveState(next)).toHaveText('Saved');
  await offer.getByRole('button', { name: 'Restore unsaved changes' }).click();
  await expect(body(next)).toHaveText('Paragraf yang belum pernah tersimpan.');
  await expect(saveState(next)).toHaveText('Saved');
  await next.reload();
  await expect(body(next)).toHaveText('Paragraf yang belum pernah tersimpan.');
  await expect(next.getByRole('alert').filter({ hasText: 'Unsaved changes from' })).toHaveCount(0);
});

test('a reload within the autosave second keeps the text; "Discard them" drops the offer for good', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Muat ulang');
  await failSaves(page.context());
  page.on('dialog', (dialog) => void dialog.accept());
  await body(page).click();
  await page.keyboard.type('Diketik lalu langsung dimuat ulang.');
  await page.reload();
  await page.context().unroute('**/api/call');
  const offer = page.getByRole('alert').filter({ hasText: 'Unsaved changes from' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Discard them' }).click();
  await expect(offer).toBeHidden();
  await expect(body(page)).toHaveText('');
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Muat ulang');
  await expect(page.getByRole('alert').filter({ hasText: 'Unsaved changes from' })).toHaveCount(0);
});

test('create, edit, add an image, mark a claim and export, all without leaving the app origin', async ({ app }, testInfo) => {
  // The driver records every request of the session and fails the test on any outside the app's origin.
  const { page } = app;
  await newExplainer(page, 'Luring dan pribadi');
  const file = testInfo.outputPath('hero.jpg');
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 90, g: 40, b: 40 } } })
    .jpeg()
    .toFile(file);
  const hero = page.getByRole('group', { name: 'Hero image' });
  await hero.getByLabel('Choose hero image').setInputFiles(file);
  await expect(hero.getByRole('img')).toBeVisible();
  await hero.getByLabel('Alt text').fill('Sebuah foto uji');
  const firstSection = body(page).locator('p').first();
  await firstSection.click();
  await page.keyboard.type('Menurut NIS, lebih dari 6.000 insinyur dikirim.');
  await body(page).evaluate((root) => {
    const node = [...root.querySelectorAll('span')].find((span) => span.textContent?.includes('6.000 insinyur'))!.firstChild!;
    const start = node.textContent!.indexOf('lebih dari');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 'lebih dari 6.000 insinyur'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(body(page).locator('.claim-mark')).toHaveText('lebih dari 6.000 insinyur');
  await expect(saveState(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(page.frameLocator('iframe[title="Export preview"]').getByRole('img').first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^luring-dan-pribadi.*\.zip$/);
});

test.describe('a damaged store file', () => {
  test.use({
    storeSetup: {
      async prepare(dbPath: string) {
        writeStore(dbPath, ['Dari cadangan semalam']);
        const db = new Database(dbPath);
        await rollingBackup(db, dbPath, 'daily');
        db.close();
        writeGarbage(dbPath);
      },
    },
  });

  test('opens on a recovery screen; restoring the backup brings the library back', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1, name: 'The article store is damaged' })).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText(app.dbPath);
    await expect(page.getByRole('button', { name: 'Quit Redaksi' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Store file path' })).toBeVisible();
    await page.screenshot({ path: 'tests/screenshots/store-problem.png' });
    await page.getByRole('button', { name: /^Restore the backup from/ }).click();
    await expect(page.getByRole('button', { name: /Dari cadangan semalam/ })).toBeVisible();
  });
});
