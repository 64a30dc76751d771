// Tags: typed into the article's fields as chips (Enter or a comma adds one, × takes it away), kept
// across a reload, found by the library's search, and published as article:tag.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';

const tagGroup = (page: Page) => page.getByRole('group', { name: 'Tags' });

test('tags: added with Enter and a comma, one taken away, kept, searched, published', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Debat calon gubernur');
  const input = tagGroup(page).getByRole('textbox', { name: 'Tags' });
  await input.fill('Pemilu 2029');
  await input.press('Enter');
  await input.pressSequentially('Jakarta,BMKG');
  await input.press('Enter');
  // The same tag in another spelling is not added twice.
  await input.fill('pemilu  2029');
  await input.press('Enter');
  // Shown in alphabetical order (every desk sees the same order).
  await expect(tagGroup(page).locator('.tag-chip')).toHaveText(['BMKG×', 'Jakarta×', 'Pemilu 2029×']);
  await tagGroup(page).getByRole('button', { name: 'Remove tag “BMKG”' }).click();
  await expect(tagGroup(page).locator('.tag-chip')).toHaveText(['Jakarta×', 'Pemilu 2029×']);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.screenshot({ path: 'tests/screenshots/tags-1280.png' });

  await page.reload();
  await expect(tagGroup(page).locator('.tag-chip')).toHaveText(['Jakarta×', 'Pemilu 2029×']);
  // The library finds it by a tag its words never mention.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('pemilu');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Debat calon gubernur');

  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.frameLocator('iframe[title="Export preview"]');
  await expect(preview.locator('meta[property="article:tag"]')).toHaveCount(2);
  await expect(preview.locator('meta[property="article:tag"]').first()).toHaveAttribute('content', 'Jakarta');
});
