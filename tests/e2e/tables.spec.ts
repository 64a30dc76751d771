// A table typed in the editor: inserted from Insert, filled with Tab between cells, a row added, a
// number column set right, a caption; the export preview shows a semantic table with all of it.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

test('insert a table, fill it with Tab, add a row, align numbers right, caption it, and export it as a semantic table', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Realisasi Anggaran Daerah');
  await body(page).click();
  await page.keyboard.type('Realisasi belanja daerah hingga Oktober.');
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Table' }).click();
  const table = body(page).getByRole('table');
  await expect(table).toBeVisible();
  const actions = page.getByRole('group', { name: 'Table' });
  await expect(actions.getByRole('button', { name: 'Header row' })).toHaveAttribute('aria-pressed', 'false');

  // Tab goes from cell to cell, row after row.
  for (const [i, word] of ['Provinsi', 'Realisasi', 'Catatan', 'Jawa Barat', '91,2', 'naik', 'Bali', '88,7', 'turun'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(word);
  }
  // A table with no header cells blocks publishing until its first row (or column) is marked.
  const checklist = page.getByRole('region', { name: 'Ready to publish' });
  await expect(checklist).toContainText('The table starting “Provinsi | Realisasi | Catatan” has no header row or column');
  await table.getByRole('cell', { name: 'Realisasi' }).click();
  await actions.getByRole('button', { name: 'Header row' }).click();
  await expect(actions.getByRole('button', { name: 'Header row' })).toHaveAttribute('aria-pressed', 'true');
  await expect(table.getByRole('columnheader')).toHaveText(['Provinsi', 'Realisasi', 'Catatan']);
  await expect(checklist).not.toContainText('no header row');
  await table.getByRole('cell', { name: 'turun' }).click();
  await actions.getByRole('button', { name: '+ Row' }).click();
  await table.getByRole('row').nth(3).getByRole('cell').first().click();
  await page.keyboard.type('Papua');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(3)).toContainText('Papua');
  await expect(actions.getByRole('button', { name: 'Header row' })).toHaveAttribute('aria-pressed', 'false');

  // The number column, right-aligned.
  await table.getByRole('cell', { name: '91,2' }).click();
  await actions.getByRole('button', { name: 'Right' }).click();
  await actions.getByRole('button', { name: 'Caption' }).click();
  await page.keyboard.type('Realisasi belanja daerah (persen)');
  await expect(body(page).locator('.ed-table-caption')).toHaveText('Realisasi belanja daerah (persen)');
  // Enter in the caption goes on into the table, not a new paragraph between them.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' (provinsi)');
  await expect(table.getByRole('columnheader').first()).toHaveText('Provinsi (provinsi)');
  await table.getByRole('cell', { name: 'Bali' }).click();
  // The checklist reads the table too (its words are counted).
  await expect(page.getByRole('region', { name: 'Ready to publish' })).not.toContainText('Checking');
  await expect(page.getByText(/^\d+ words/)).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/table-1280.png' });
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.screenshot({ path: 'tests/screenshots/table-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.frameLocator('iframe[title="Export preview"]');
  const published = preview.getByRole('table', { name: 'Realisasi belanja daerah (persen)' });
  await expect(published).toBeVisible();
  await expect(published.getByRole('columnheader')).toHaveText(['Provinsi (provinsi)', 'Realisasi', 'Catatan']);
  await expect(published.getByRole('row')).toHaveCount(4);
  await expect(published.locator('td.align-right')).toHaveText('91,2');
  await expect(published.locator('th[scope="col"]')).toHaveCount(3);
});

test('an empty header cell is named so; Delete table takes the table and its caption, and Undo brings both back', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await body(page).click();
  await page.keyboard.type('Paragraf pembuka.');
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Table' }).click();
  const actions = page.getByRole('group', { name: 'Table' });
  // A header row marked before anything is typed in it: its empty cells say so to a screen reader.
  await actions.getByRole('button', { name: 'Header row' }).click();
  const headers = body(page).getByRole('columnheader');
  await expect(headers.nth(1)).toHaveAccessibleName('Empty header cell');
  await page.keyboard.type('Kolom');
  await expect(headers.first()).toHaveAccessibleName('Kolom');
  await actions.getByRole('button', { name: 'Caption' }).click();
  await page.keyboard.type('Keterangan');
  await body(page).getByRole('columnheader', { name: 'Kolom' }).click();
  // A person's pause: edits closer than half a second are one undo step (the live document's undo).
  await page.waitForTimeout(700);
  await actions.getByRole('button', { name: 'Delete table' }).click();
  await expect(body(page).getByRole('table')).toHaveCount(0);
  await expect(body(page)).not.toContainText('Keterangan');
  await expect(actions).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(body(page).getByRole('table')).toBeVisible();
  await expect(body(page).locator('.ed-table-caption')).toHaveText('Keterangan');
});
