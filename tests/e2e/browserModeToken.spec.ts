// Browser mode's access token: it reaches the page in the address's fragment, never in a cookie
// (cookies are not isolated by port: every other local server the browser visits would get it) and
// never stays in the address bar or the page's history entry; every request carries it in a header.
import { expect, test } from './appDriver';

test('no cookie, and no token left in the address after the page loads; a reload still works', async ({ app }, testInfo) => {
  testInfo.skip(testInfo.project.name !== 'web', 'browser mode only');
  const { page } = app;
  const setCookies: string[] = [];
  page.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => history.length >= 1 && !location.href.includes('token'))).toBe(true);

  // The app works after the reload: its calls carry the token in a header.
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Tanpa kuki');
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  expect(setCookies).toEqual([]);

  // A second tab opened from the printed address gets in too, and also forgets the address's token.
  const second = await app.openSecondPage();
  await expect(second.getByRole('button', { name: 'New article' })).toBeVisible();
  expect(second.url()).not.toContain('token');
  await expect(second.getByRole('navigation').or(second.locator('body'))).toContainText('Tanpa kuki');
});
