// axe-core on every screen of the app — the library, the editor with a real article, each side
// tab, every dialog, the menu and the find bar — in the light and the dark theme: no violations.
// Every screen is reached with the keyboard or by role and name, as a person using a screen
// reader would.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { importSample, selectInBody, setProfile, sideTab, type SideTabName } from './steps';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** axe's violations on the page as it is now, one line each, named after the screen. */
async function audit(page: Page, screen: string): Promise<string[]> {
  // Evaluated by the test driver, not loaded by the page: the app's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
  return result.violations.map((v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function chooseTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('radio', { name: theme }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
}

/** Opens a dialog with `open`, audits it, and closes it with Escape. */
async function auditDialog(page: Page, name: string, open: () => Promise<void>): Promise<string[]> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  const found = await audit(page, `dialog “${name}”`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return found;
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`every screen passes axe-core, ${theme.toLowerCase()} theme`, async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const found: string[] = [];
    await chooseTheme(page, theme);
    found.push(...(await audit(page, 'empty library')));
    found.push(...(await auditDialog(page, 'Settings', () => page.getByRole('button', { name: 'Settings…' }).click())));
    found.push(...(await auditDialog(page, 'Keyboard shortcuts', () => page.keyboard.press('Control+/'))));
    found.push(...(await auditDialog(page, 'Newsroom server', () => page.getByRole('button', { name: 'Newsroom…' }).click())));
    found.push(...(await auditDialog(page, 'Templates', () => page.getByRole('button', { name: 'Templates' }).click())));
    found.push(...(await auditDialog(page, 'New article', () => page.getByRole('button', { name: 'New article' }).click())));
    found.push(...(await auditDialog(page, 'Profile', () => page.getByRole('button', { name: 'Profile…' }).click())));

    await setProfile(page, 'Rina Editor');
    await importSample(page);
    await selectInBody(page, 'para analis');
    await page.getByRole('button', { name: 'Mark claim' }).click();
    await selectInBody(page, 'Korea Utara');
    await page.keyboard.press('Control+Alt+C');
    const comment = page.getByRole('dialog', { name: 'New comment' });
    found.push(...(await audit(page, 'dialog “New comment”')));
    await comment.getByLabel('Comment', { exact: true }).fill('Sumbernya?');
    await comment.getByRole('button', { name: 'Post comment' }).click();

    for (const tab of ['Checklist', 'Claims', 'Comments', 'Suggestions', 'Outline', 'History'] as SideTabName[]) {
      await sideTab(page, tab);
      found.push(...(await audit(page, `editor, ${tab} tab`)));
    }
    await page.getByRole('button', { name: 'Suggesting' }).click();
    await selectInBody(page, 'Menurut', true);
    await page.keyboard.type(' senior');
    found.push(...(await audit(page, 'editor while suggesting')));
    await page.getByRole('button', { name: 'Suggesting' }).click();

    await page.keyboard.press('Control+h');
    await page.getByRole('searchbox', { name: 'Find in the article' }).fill('Korea');
    found.push(...(await audit(page, 'find and replace')));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    found.push(...(await audit(page, 'More menu')));
    await page.keyboard.press('Escape');

    found.push(...(await auditDialog(page, 'Export', () => page.getByRole('button', { name: 'Export…' }).click())));
    found.push(
      ...(await auditDialog(page, 'Publication preview', () => page.getByRole('button', { name: 'Preview', exact: true }).click())),
    );
    await sideTab(page, 'Claims');
    found.push(
      ...(await auditDialog(page, 'Fact-check report', () =>
        page
          .getByRole('region', { name: /^Claims/ })
          .getByRole('button', { name: 'Fact-check report' })
          .click(),
      )),
    );
    await sideTab(page, 'History');
    found.push(
      ...(await auditDialog(page, 'Name this version', () =>
        page
          .getByRole('region', { name: /^History/ })
          .getByRole('button', { name: 'Name this version' })
          .click(),
      )),
    );
    await page.screenshot({ path: `tests/screenshots/theme-${theme.toLowerCase()}-1280.png` });
    expect(found).toEqual([]);
  });
}
