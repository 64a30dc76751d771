// Profile…: the person at this desk gives their name, initials and colour once; they sign the
// claim sign-offs and label the cursor other windows see, and they are kept with the store.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

test('a profile is kept with the store, says who signs, and labels the cursor in another window in its colour', async ({ app }) => {
  const first = app.page;
  await first.getByRole('button', { name: 'Profile…' }).click();
  const dialog = first.getByRole('dialog', { name: 'Profile' });
  await expect(dialog.getByRole('button', { name: 'Save profile' })).toBeDisabled();
  await dialog.getByLabel('Name', { exact: true }).fill('Dewi Lestari');
  await expect(dialog.getByLabel('Initials')).toHaveValue('DL');
  await dialog.getByRole('radio', { name: 'Green' }).check();
  await first.screenshot({ path: 'tests/screenshots/profile-1280.png' });
  await first.setViewportSize({ width: 1024, height: 720 });
  await first.screenshot({ path: 'tests/screenshots/profile-1024.png' });
  await first.setViewportSize({ width: 1280, height: 860 });
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(dialog).toHaveCount(0);

  // Kept: the dialog opens with it again after a reload.
  await first.reload();
  await first.getByRole('button', { name: 'Profile…' }).click();
  await expect(first.getByRole('dialog', { name: 'Profile' }).getByLabel('Name', { exact: true })).toHaveValue('Dewi Lestari');
  await expect(first.getByRole('dialog', { name: 'Profile' }).getByRole('radio', { name: 'Green' })).toBeChecked();
  await first.getByRole('dialog', { name: 'Profile' }).getByRole('button', { name: 'Cancel' }).click();

  await first.getByRole('button', { name: 'New article' }).click();
  await first.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await first.getByLabel('Headline').fill('Profil di kursor');
  await body(first).click();
  await first.keyboard.type('Kalimat pertama.');
  await expect(first.getByRole('list', { name: 'Articles' })).toContainText('Profil di kursor');
  await sideTab(first, 'Claims');
  await expect(first.getByText('Signing as Dewi Lestari')).toBeVisible();

  const second = await app.openSecondContext();
  await second.getByRole('button', { name: /Profil di kursor/ }).click();
  await expect(body(second)).toHaveText('Kalimat pertama.');
  await body(first).click();
  await first.keyboard.press('End');
  // The cursor's label (the side panel names the signer too, as the article's words, not the interface's).
  const label = second.getByText('Dewi Lestari', { exact: true }).and(second.locator('span:not([translate])'));
  await expect(label).toBeVisible();
  await expect(label).toHaveCSS('background-color', 'rgb(46, 107, 48)');
});
