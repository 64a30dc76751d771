// Two people on one article, live: typing merges into one text, a claim marked in one window while
// the other edits its sentence keeps both, and a window cut off from the app keeps its edits and
// merges them when it reconnects. No conflict, no "keep mine".
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { selectInBody, sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const saveState = (page: Page) => page.getByRole('status');

async function newArticle(page: Page, headline: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill(headline);
  // The library lists the derived copy, which follows the document a moment after typing stops.
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText(headline);
}

async function openArticle(page: Page, headline: string) {
  await page.getByRole('button', { name: new RegExp(headline) }).click();
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
  await expect(body(page)).toHaveAttribute('contenteditable', 'true');
}

const caretAfter = (page: Page, phrase: string) => selectInBody(page, phrase, true);
const selectPhrase = (page: Page, phrase: string) => selectInBody(page, phrase);

test('two browser profiles type into the same paragraph and both see one merged text', async ({ app }) => {
  const first = app.page;
  await newArticle(first, 'Dua jendela');
  await body(first).click();
  await first.keyboard.type('Awal kalimat. Akhir kalimat.');
  await expect(saveState(first)).toHaveText('Saved');

  const second = await app.openSecondContext();
  await openArticle(second, 'Dua jendela');
  await expect(body(second)).toHaveText('Awal kalimat. Akhir kalimat.');

  // Both type into the one paragraph at once: one after "Awal", the other at the end.
  await caretAfter(first, 'Awal');
  await caretAfter(second, 'Akhir kalimat.');
  await Promise.all([first.keyboard.type(' sekali', { delay: 15 }), second.keyboard.type(' Tambahan dari kedua.', { delay: 15 })]);
  const merged = 'Awal sekali kalimat. Akhir kalimat. Tambahan dari kedua.';
  await expect(body(first)).toHaveText(merged);
  await expect(body(second)).toHaveText(merged);
  await expect(saveState(first)).toHaveText('Saved');
  await expect(saveState(second)).toHaveText('Saved');
  await expect(first.getByRole('alert')).toHaveCount(0);

  // The headline typed in one window shows in the other.
  await second.getByLabel('Headline').fill('Dua jendela, satu teks');
  await expect(first.getByLabel('Headline')).toHaveValue('Dua jendela, satu teks');

  // And it is what a fresh window opens.
  await expect(saveState(second)).toHaveText('Saved');
  await first.reload();
  await expect(body(first)).toHaveText(merged);
  await first.screenshot({ path: 'tests/screenshots/live-two-windows-1280.png' });
});

test('one window marks a claim while the other edits the claimed sentence: both keep their change', async ({ app }) => {
  const first = app.page;
  await newArticle(first, 'Klaim bersama');
  await body(first).click();
  await first.keyboard.type('Pengiriman ini mencakup lebih dari 6.000 insinyur, kata NIS.');
  await expect(saveState(first)).toHaveText('Saved');
  const second = await app.openSecondContext();
  await openArticle(second, 'Klaim bersama');

  await selectPhrase(first, 'lebih dari 6.000 insinyur');
  await caretAfter(second, 'kata NIS');
  await Promise.all([first.getByRole('button', { name: 'Mark claim' }).click(), second.keyboard.type(' pada Juli', { delay: 15 })]);

  // Both windows converge on one text that keeps every typed character and the whole claim. (Where
  // characters typed in the very instant of marking land can shift: Lexical's binding re-inserts the
  // tail of a text node it splits, so a caret inside that tail moves to the split point.)
  await expect.poll(async () => (await body(first).textContent()) === (await body(second).textContent())).toBe(true);
  const merged = (await body(first).textContent())!;
  expect(merged.length).toBe('Pengiriman ini mencakup lebih dari 6.000 insinyur, kata NIS.'.length + ' pada Juli'.length);
  expect([...merged].sort().join('')).toBe([...'Pengiriman ini mencakup lebih dari 6.000 insinyur, kata NIS. pada Juli'].sort().join(''));
  await expect(body(first).locator('.claim-mark')).toHaveText('lebih dari 6.000 insinyur');
  await expect(body(second).locator('.claim-mark')).toHaveText('lebih dari 6.000 insinyur');
  const ids = await body(first).locator('.claim-mark').getAttribute('data-claim-ids');
  await expect(body(second).locator('.claim-mark')).toHaveAttribute('data-claim-ids', ids!);
  // The record travels with the document: the other fact-checker's panel lists it at once.
  await sideTab(second, 'Claims');
  await expect(second.getByRole('region', { name: 'Claims', exact: true }).getByText('0 of 1 checked')).toBeVisible();
  await sideTab(first, 'Claims');
  await expect(first.getByRole('region', { name: 'Claims', exact: true }).getByText('0 of 1 checked')).toBeVisible();

  // Once the mark has arrived, the other window edits inside the claimed sentence: exact merge.
  await caretAfter(second, 'Pengiriman ini');
  await second.keyboard.type(' pasukan', { delay: 15 });
  await expect(body(first)).toContainText('Pengiriman ini pasukan mencakup');
  await expect(body(second)).toContainText('Pengiriman ini pasukan mencakup');
  await expect(body(first).locator('.claim-mark')).toHaveText('lebih dari 6.000 insinyur');
  await expect(saveState(second)).toHaveText('Saved');
});

test('a window cut off from the app keeps editing, says so, and merges when the app is back', async ({ app }) => {
  test.skip(!app.restartServer, 'browser mode only: Electron windows cannot lose their main process');
  const first = app.page;
  await newArticle(first, 'Luring');
  await body(first).click();
  await first.keyboard.type('Kalimat pertama.');
  await expect(saveState(first)).toHaveText('Saved');

  await app.restartServer!(async () => {
    await expect(saveState(first)).toHaveText('Offline — changes kept');
    await first.keyboard.type(' Ditulis saat luring.');
    await expect(saveState(first)).toHaveText('Offline — changes kept');
  });
  await expect(saveState(first)).toHaveText('Saved', { timeout: 15_000 });
  await expect(body(first)).toHaveText('Kalimat pertama. Ditulis saat luring.');

  // Another window opening it now gets the merged text from the store.
  const second = await app.openSecondContext();
  await openArticle(second, 'Luring');
  await expect(body(second)).toHaveText('Kalimat pertama. Ditulis saat luring.');
});

test('undo in one window takes back only that window’s own typing', async ({ app }) => {
  const first = app.page;
  await newArticle(first, 'Urungkan');
  await body(first).click();
  await first.keyboard.type('Kalimat dasar.');
  await expect(saveState(first)).toHaveText('Saved');
  const second = await app.openSecondContext();
  await openArticle(second, 'Urungkan');
  await first.waitForTimeout(700); // a pause: the next typing is its own undo step
  await caretAfter(first, 'Kalimat dasar.');
  await first.keyboard.type(' Dari pertama.');
  await expect(body(second)).toHaveText('Kalimat dasar. Dari pertama.');
  await caretAfter(second, 'Kalimat');
  await second.keyboard.type(' kedua');
  await expect(body(first)).toHaveText('Kalimat kedua dasar. Dari pertama.');
  await first.keyboard.press('ControlOrMeta+z');
  await expect(body(first)).toHaveText('Kalimat kedua dasar.');
  await expect(body(second)).toHaveText('Kalimat kedua dasar.');
});

test('a Markdown shortcut typed in one window makes one heading everywhere, not one per window', async ({ app }) => {
  const first = app.page;
  await newArticle(first, 'Pintasan');
  const second = await app.openSecondContext();
  await openArticle(second, 'Pintasan');
  await body(first).click();
  await first.keyboard.type('## Latar belakang');
  await first.keyboard.press('Enter');
  await first.keyboard.type('Isi paragraf.');
  for (const page of [first, second]) {
    await expect(body(page).locator('h2')).toHaveCount(1);
    await expect(body(page).locator('h2')).toHaveText('Latar belakang');
    await expect(body(page)).toContainText('Isi paragraf.');
  }
  await expect(body(second).locator('p, h2')).toHaveCount(2);
  await second.setViewportSize({ width: 1024, height: 760 });
  await second.screenshot({ path: 'tests/screenshots/live-two-windows-1024.png' });
});
