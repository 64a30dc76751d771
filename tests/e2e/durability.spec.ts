// Never lose a word: a store that stops accepting edits, a renderer crash, a reload mid-typing, and a
// damaged store file. Faults are injected at the live channel (a WebSocket route); the store's own
// failures (SQLITE_FULL, read-only) are exercised for real in tests/unit/durability.
import type { BrowserContext, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { rollingBackup } from '../../db/backups';
import { encodeServerMessage } from '../../shared/contract/liveMessages';
import { writeGarbage, writeStore } from '../fixtures/storeFiles';
import { expect, test } from './appDriver';
import { chooseHeroImage, newExplainer } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const saveState = (page: Page) => page.getByRole('status');
const DISK_FULL = 'The article store could not save: SQLITE_FULL. Your edits are kept in the window and sent again.';
/** The first byte of a window's "update" frame (shared/contract/liveMessages.ts). */
const UPDATE_KIND = 1;

// eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures pattern; none is used here.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'faults are injected into the browser-mode transport');
});

/**
 * The live channel, through Playwright's WebSocket route: while `failing.on`, every edit the window
 * sends is answered the way the main side answers one it cannot store (a refusal, then the channel
 * closes); otherwise frames pass both ways untouched.
 */
async function routeLive(target: BrowserContext | Page, failing: { on: boolean }) {
  await target.routeWebSocket(/\/live\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const bytes = typeof message === 'string' ? Buffer.from(message) : message;
      if (failing.on && bytes[0] === UPDATE_KIND) {
        ws.send(Buffer.from(encodeServerMessage({ kind: 'refused', code: 'storage_unavailable', message: DISK_FULL })));
        void ws.close({ code: 4000, reason: 'storage unavailable' });
        return;
      }
      server.send(message);
    });
    server.onMessage((message) => ws.send(message));
  });
}

async function newArticle(page: Page, headline: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill(headline);
  await expect(saveState(page)).toHaveText('Saved');
}

test('a full disk: the edit is refused visibly, the text stays, and it is saved once the disk has room', async ({ app }) => {
  const { page } = app;
  const failing = { on: false };
  await routeLive(page.context(), failing);
  await page.reload();
  await newArticle(page, 'Disk penuh');
  failing.on = true;
  await body(page).click();
  await page.keyboard.type('Kalimat yang ditulis saat disk penuh.');
  await expect(saveState(page)).toHaveText('Not saved');
  await expect(saveState(page)).toHaveAttribute('title', /SQLITE_FULL/);
  await expect(body(page)).toHaveText('Kalimat yang ditulis saat disk penuh.');
  // Typing goes on while it keeps retrying.
  await page.keyboard.type(' Lagi.');
  await expect(body(page)).toHaveText('Kalimat yang ditulis saat disk penuh. Lagi.');

  failing.on = false;
  await expect(saveState(page)).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await expect(body(page)).toHaveText('Kalimat yang ditulis saat disk penuh. Lagi.');
});

test('a renderer crash while edits cannot be stored: the next window merges them back in', async ({ app }) => {
  const { page } = app;
  await newArticle(page, 'Hampir hilang');
  const failing = { on: true };
  await routeLive(page, failing); // this page only: the next one saves normally
  await page.reload();
  // Typing waits for the reopened article: an editor still opening takes no keys.
  await expect(body(page)).toHaveAttribute('contenteditable', 'true');
  await body(page).click();
  await page.keyboard.type('Paragraf yang belum pernah tersimpan.');
  await expect(saveState(page)).toHaveText('Not saved');
  await page.waitForTimeout(800); // the journal is written within half a second

  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => {}); // the call never answers: the page is gone
  await crashed;

  const next = await app.openSecondPage();
  await next.getByRole('button', { name: /Hampir hilang/ }).click();
  await expect(body(next)).toHaveText('Paragraf yang belum pernah tersimpan.');
  await expect(saveState(next)).toHaveText('Saved');
  await next.reload();
  await expect(body(next)).toHaveText('Paragraf yang belum pernah tersimpan.');
});

test('a reload while edits cannot be stored keeps the text', async ({ app }) => {
  const { page } = app;
  const failing = { on: false };
  await routeLive(page.context(), failing);
  await page.reload();
  await newArticle(page, 'Muat ulang');
  failing.on = true;
  page.on('dialog', (dialog) => void dialog.accept());
  await body(page).click();
  await page.keyboard.type('Diketik lalu langsung dimuat ulang.');
  await page.reload();
  failing.on = false;
  await expect(page.getByLabel('Headline')).toHaveValue('Muat ulang');
  await expect(body(page)).toHaveText('Diketik lalu langsung dimuat ulang.');
  await expect(saveState(page)).toHaveText('Saved');
});

test('create, edit, add an image, mark a claim and export, all without leaving the app origin', async ({ app }, testInfo) => {
  // The driver records every request of the session and fails the test on any outside the app's origin.
  const { page } = app;
  await newExplainer(page, 'Luring dan pribadi');
  const { hero } = await chooseHeroImage(page, (name) => testInfo.outputPath(name));
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
