// Version history: each version says what made it and who; "Name this version"; compare a version
// with now (word-level, by section) and two versions with each other; restore one section (a new
// version, nothing deleted); a status change is a version too.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { importSample, selectInBody, setProfile, sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const history = (page: Page) => page.getByRole('region', { name: 'History' });

test('name a version, change a word, compare it with now, restore its section, compare two versions', async ({ app }) => {
  const { page } = app;
  await setProfile(page, 'Rina Editor');
  await importSample(page);
  await sideTab(page, 'History');
  const versions = history(page).getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions).toContainText('Imported');
  await expect(versions).toContainText('Rina Editor');

  await sideTab(page, 'History');
  await history(page).getByRole('button', { name: 'Name this version' }).click();
  const naming = page.getByRole('dialog', { name: 'Name this version' });
  await naming.getByLabel('Version name').fill('Sent to legal');
  await naming.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.getByRole('listitem').first()).toContainText('Sent to legal');
  await expect(versions.getByRole('listitem').first()).toContainText('v2 · Named · Rina Editor');

  await selectInBody(page, 'analis');
  await page.keyboard.type('pengamat');
  await expect(body(page)).toContainText('Menurut para pengamat');

  await versions.getByRole('button', { name: 'Compare version 2 with now' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare version 2 with now' });
  const section = compare.getByRole('region', { name: 'Section “Rusia Butuh Bantuan, Korea Utara Butuh Legitimasi”' });
  await expect(section.locator('del')).toHaveText('analis');
  await expect(section.locator('ins')).toHaveText('pengamat');
  await expect(compare).toContainText('0 added · 0 removed · 1 changed · 0 moved');
  await page.screenshot({ path: 'tests/screenshots/history-compare-1280.png' });
  await page.setViewportSize({ width: 1024, height: 720 });
  await page.screenshot({ path: 'tests/screenshots/history-compare-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  // Restoring that section: the old words come back, and the history keeps every version.
  await section.getByRole('button', { name: 'Restore Section “Rusia Butuh Bantuan, Korea Utara Butuh Legitimasi”' }).click();
  await expect(compare).toHaveCount(0);
  await expect(body(page)).toContainText('Menurut para analis');
  await expect(versions.getByRole('listitem').first()).toContainText(
    'Restored section “Rusia Butuh Bantuan, Korea Utara Butuh Legitimasi” from version 2',
  );
  await expect(versions).toContainText('Sent to legal');
  await expect(versions).toContainText('Imported');

  // A status change is a version, signed.
  await page.getByRole('group', { name: 'Workflow status' }).getByRole('button', { name: 'Send to review' }).click();
  await expect(versions.getByRole('listitem').first()).toContainText('Status: In review');
  await expect(versions.getByRole('listitem').first()).toContainText('Status change · Rina Editor');
  await sideTab(page, 'History');
  await history(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/screenshots/history-panel-1280.png' });
  await page.setViewportSize({ width: 1024, height: 720 });
  await sideTab(page, 'History');
  await history(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/screenshots/history-panel-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  // Two versions with each other: the automatic one with the edit, against the named one.
  const items = versions.getByRole('listitem');
  const edited = items.filter({ hasText: 'Automatic' }).first();
  // Typed in this window: the automatic version is signed by this desk's person.
  await expect(edited).toContainText('Rina Editor');
  await edited.getByRole('checkbox').check();
  await items.filter({ hasText: 'Sent to legal' }).getByRole('checkbox').check();
  await sideTab(page, 'History');
  await history(page).getByRole('button', { name: 'Compare selected' }).click();
  const pair = page.getByRole('dialog', { name: /^Compare version 2 with version \d+$/ });
  await expect(pair.locator('del')).toHaveText('analis');
  await expect(pair.getByRole('button', { name: /^Restore/ })).toHaveCount(0);
  await pair.getByRole('button', { name: 'Close' }).click();
});

test('a formatting-only change is named in the comparison, in the interface’s language', async ({ app }) => {
  const { page } = app;
  await importSample(page);
  await selectInBody(page, 'analis');
  await page.getByRole('button', { name: 'Bold' }).click();
  await sideTab(page, 'History');
  const versions = history(page).getByRole('list', { name: 'Versions' });
  await versions.getByRole('button', { name: 'Compare version 1 with now' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare version 1 with now' });
  await expect(compare).toContainText('bold added: “analis”');
  await compare.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Bahasa Indonesia' }).check();
  await page.getByRole('dialog', { name: 'Pengaturan' }).getByRole('button', { name: 'Tutup' }).click();
  await page.getByRole('tab', { name: /^Riwayat/ }).click();
  await page.getByRole('button', { name: 'Bandingkan versi 1 dengan sekarang' }).click();
  await expect(page.getByRole('dialog', { name: 'Bandingkan versi 1 dengan sekarang' })).toContainText('tebal ditambahkan: “analis”');
});
