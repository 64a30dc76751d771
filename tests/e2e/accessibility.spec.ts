// axe-core on every screen of the app (see everyScreen.ts), in the light and the dark theme, and in
// Bahasa Indonesia: no violations.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { audit } from './axeAudit';
import { switchLanguage, visitEveryScreen } from './everyScreen';

async function chooseTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: theme }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`every screen passes axe-core, ${theme.toLowerCase()} theme`, async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    await chooseTheme(page, theme);
    const found = await visitEveryScreen(page, (screen) => audit(page, screen));
    await page.screenshot({ path: `tests/screenshots/theme-${theme.toLowerCase()}-1280.png` });
    expect(found).toEqual([]);
  });
}

test('every screen passes axe-core in Bahasa Indonesia', async ({ app }) => {
  test.setTimeout(150_000);
  const { page } = app;
  // Each screen is reached in English (the walk names controls in English), then read in Indonesian.
  const found = await visitEveryScreen(page, async (screen) => {
    await switchLanguage(page, 'id');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('.top-bar')).toContainText('Artikel baru');
    const violations = await audit(page, `${screen} (id)`);
    await switchLanguage(page, null);
    await expect(page.locator('.top-bar')).toContainText('New article');
    return violations;
  });
  expect(found).toEqual([]);
});
