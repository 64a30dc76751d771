// Footnotes typed in the editor: Insert → Footnote puts a reference at the caret and its note in
// the notes at the end (in the text's order), the caret in the note; a reference's click goes to its
// note; the page numbers them and links both ways.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { selectInBody } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

async function insertFootnote(page: Page) {
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Footnote' }).click();
}

test('footnotes: added at the caret, noted in the text’s order, followed from the reference, published with links both ways', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Pasukan Korea Utara');
  await body(page).click();
  await page.keyboard.type('Pasukan dikirim pada Oktober. Jumlahnya belum pasti.');
  await insertFootnote(page);
  // The caret is in the new note.
  await page.keyboard.type('Menurut badan intelijen Korea Selatan.');
  const notes = body(page).getByRole('list', { name: 'Notes' });
  await expect(notes.getByRole('listitem')).toHaveText(['Menurut badan intelijen Korea Selatan.']);

  // A footnote earlier in the text: its note goes first.
  await selectInBody(page, 'Oktober.', true);
  await insertFootnote(page);
  await page.keyboard.type('Data Kementerian Pertahanan.');
  await expect(notes.getByRole('listitem')).toHaveText(['Data Kementerian Pertahanan.', 'Menurut badan intelijen Korea Selatan.']);
  const refs = body(page).locator('sup.ed-footnote-ref');
  await expect(refs).toHaveCount(2);
  await expect(refs).toHaveText(['1', '2']);

  // A click on the second reference puts the caret at the end of its note.
  await refs.nth(1).click();
  await page.keyboard.type(' Dikutip Yonhap.');
  // Enter is a new line in the same note, never a note of its own.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Diakses 5 November.');
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await expect(notes.getByRole('listitem').nth(1)).toHaveText('Menurut badan intelijen Korea Selatan. Dikutip Yonhap.Diakses 5 November.');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.screenshot({ path: 'tests/screenshots/footnotes-1280.png' });

  await page.reload();
  await expect(notes.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.frameLocator('iframe[title="Export preview"]');
  const published = preview.locator('section.footnotes li');
  await expect(published).toHaveText([
    'Data Kementerian Pertahanan. ↩',
    'Menurut badan intelijen Korea Selatan. Dikutip Yonhap.Diakses 5 November. ↩',
  ]);
  await expect(published.nth(1).locator('br')).toHaveCount(1);
  await expect(preview.locator('p sup a')).toHaveText(['1', '2']);
  await expect(preview.locator('p sup a').first()).toHaveAttribute('href', '#fn-1');
  await expect(published.first().getByRole('link')).toHaveAttribute('href', '#fnref-1');
});
