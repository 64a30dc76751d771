// The workstation's layout at laptop and desktop sizes: a top bar, the library, the article and the
// side panel in tabs. Nothing sticks out of its pane and no pane scrolls sideways, on every tab; the
// tabs, the panes' handles and the library's toggle work from the keyboard.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { headerRows, importSample, selectInBody, setProfile, sideTab, type SideTabName } from './steps';

const TABS: SideTabName[] = ['Checklist', 'Claims', 'Comments', 'Suggestions', 'Outline', 'History'];
/** A small laptop, the common laptop, a desktop. */
const SIZES = [
  [1024, 640],
  [1280, 720],
  [1920, 1080],
] as const;

/** Every visible element that reaches past its pane's left or right edge, and every pane that scrolls sideways. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panes = [...document.querySelectorAll<HTMLElement>('.top-bar, .library, .editor-column, .side-panel')].filter(
      (pane) => pane.offsetParent !== null,
    );
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    for (const pane of panes) {
      if (pane.scrollWidth > pane.clientWidth + 1)
        problems.push(`${describe(pane)} scrolls sideways (${pane.scrollWidth} > ${pane.clientWidth})`);
      const box = pane.getBoundingClientRect();
      for (const el of pane.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        // Hidden, and the visually hidden labels kept for screen readers (1×1, clipped).
        if (rect.width <= 1 || rect.height <= 1 || el.closest('[hidden]')) continue;
        if (rect.left < box.left - 1 || rect.right > box.right + 1)
          problems.push(
            `${describe(el)} sticks out of ${describe(pane).split(' ')[0]} (${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)})`,
          );
      }
    }
    return problems;
  });
}

test('nothing overflows its pane at 1024, 1280 and 1920 wide, on any side tab', async ({ app }) => {
  const { page } = app;
  await setProfile(page, 'Rina Editor');
  await importSample(page);
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const tab of TABS) {
      await sideTab(page, tab);
      expect(await overflows(page), `${width}×${height}, ${tab}`).toEqual([]);
    }
    await sideTab(page, 'Checklist');
    if (width !== 1920) await page.screenshot({ path: `tests/screenshots/layout-${width}.png` });
  }
  // The check itself sees a control pushed past its pane, and a pane made to scroll sideways.
  await page.locator('.article-figures').evaluate((el: HTMLElement) => (el.style.width = '2000px'));
  const found = (await overflows(page)).join('\n');
  expect(found).toContain('p.article-figures');
  expect(found).toMatch(/aside#article-tools.side-panel .* scrolls sideways|sticks out of aside#article-tools/);
});

test('the side tabs, the pane handles, the library toggle and the shortcut sheet work from the keyboard', async ({ app }) => {
  const { page } = app;
  await importSample(page);
  // Ctrl+/ lists the shortcuts, as this mode spells them; Escape closes the list.
  await page.keyboard.press('Control+Slash');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  // It opens at its top (its title focused), not scrolled down to its Close button.
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused();
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  await expect(sheet.getByRole('region', { name: 'Review' })).toContainText('Ctrl+Alt+MMark the selected words as a claim');
  await expect(sheet.getByRole('region', { name: 'Articles' })).toContainText('Ctrl+Alt+NNew article');
  await page.screenshot({ path: 'tests/screenshots/shortcuts-1280.png' });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Tabs: the arrow keys move along them and show each one's panel.
  await sideTab(page, 'Checklist');
  await page.getByRole('tab', { name: /^Checklist/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Claims/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Claims/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: /^Claims/ })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: /^Checklist/ })).toBeHidden();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
  // The chosen tab is remembered.
  await page.reload();
  await page
    .getByRole('button', { name: /Mengapa Korea Utara/ })
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');

  // The side panel's handle: arrow keys widen and narrow it, and the width is kept.
  const handle = page.getByRole('separator', { name: 'Resize the side panel' });
  const panel = page.getByRole('complementary', { name: 'Article tools' });
  const before = (await panel.boundingBox())!.width;
  await handle.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => Math.round((await panel.boundingBox())!.width - before)).toBe(64);
  await expect(handle).toHaveAttribute('aria-valuenow', '424');
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuenow', '280');

  // The library hides and comes back; on a narrow window it stays out of the way of the article.
  const library = page.getByRole('complementary', { name: 'Library' });
  const toggle = page.getByRole('button', { name: 'Library' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(library).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(library).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(library).toBeHidden();
  await toggle.click();
  await expect(library).toBeVisible();
  await library.getByRole('button', { name: /Mengapa Korea Utara/ }).click();
  await expect(library).toBeHidden();
});

test('in Bahasa Indonesia, with a claim’s record open, nothing overflows at 1024, 1280 and 1920 wide', async ({ app }) => {
  const { page } = app;
  await setProfile(page, 'Rina Editor');
  await importSample(page);
  await selectInBody(page, 'para analis');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(page.getByLabel('Summary')).toBeFocused();
  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Bahasa Indonesia' }).check();
  await page.getByRole('dialog', { name: 'Pengaturan' }).getByRole('button', { name: 'Tutup' }).click();
  const tabs = ['Periksa', 'Klaim', 'Komentar', 'Saran', 'Kerangka', 'Riwayat'];
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    for (const tab of tabs) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      expect(await overflows(page), `${width}×${height}, ${tab}`).toEqual([]);
    }
    // The claim's record, open, with the cursor in its summary: the panel does not scroll sideways to it.
    await page.getByRole('tab', { name: /^Klaim/ }).click();
    await page.getByLabel('Ringkasan').focus();
    expect(await overflows(page), `${width}×${height}, the claim's record`).toEqual([]);
    expect(await page.locator('.side-panel').evaluate((el) => el.scrollLeft)).toBe(0);
  }
});

/** The editor header's controls that sit lower than its first one: none when it is one row. */

test('the article’s header is one row in every status, in English and Bahasa Indonesia, at 1024 and 1280 wide', async ({ app }) => {
  const { page } = app;
  await importSample(page);
  const forward = {
    en: ['Send to review', 'Send to fact-check', 'Mark ready', 'Mark published', 'Reopen for correction'],
    id: ['Kirim untuk ditinjau', 'Kirim ke cek fakta', 'Tandai siap', 'Tandai terbit', 'Buka untuk koreksi'],
  };
  for (const language of ['en', 'id'] as const) {
    if (language === 'id') {
      await page.getByRole('button', { name: 'Settings…' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Bahasa Indonesia' }).check();
      await page.getByRole('dialog', { name: 'Pengaturan' }).getByRole('button', { name: 'Tutup' }).click();
    }
    for (const step of forward[language]) {
      for (const [width, height] of SIZES.slice(0, 2)) {
        await page.setViewportSize({ width, height });
        // Polled: the panes settle after the window is resized.
        await expect.poll(() => headerRows(page), { message: `${language}, ${width} wide, before “${step}”` }).toBe(1);
      }
      await page.getByRole('button', { name: step, exact: true }).click();
      await expect(page.getByRole('button', { name: step, exact: true })).toBeHidden();
    }
  }
  // The check sees a header that wraps.
  await page.locator('.editor-header-row').evaluate((row: HTMLElement) => (row.style.width = '200px'));
  expect(await headerRows(page)).toBeGreaterThan(1);
});

/**
 * How many rows the formatting buttons (Undo … Link) take, and how many the rest (Mark claim …
 * Insert): the toolbar may wrap between the two, never inside one.
 */
async function toolbarRows(page: Page, link: string): Promise<[number, number]> {
  return page.getByRole('toolbar').evaluate((toolbar, linkName) => {
    const buttons = [...toolbar.querySelectorAll('button')].filter(
      (b) => b.getBoundingClientRect().width > 1 && !b.closest('[role="menu"]'),
    );
    const split = buttons.findIndex((b) => b.getAttribute('aria-label') === linkName) + 1;
    const rows = (group: HTMLElement[]) =>
      new Set(group.map((b) => b.getBoundingClientRect()).map((rect) => Math.round((rect.top + rect.height / 2) / 8))).size;
    return [rows(buttons.slice(0, split)), rows(buttons.slice(split))] as [number, number];
  }, link);
}

test('the editing toolbar wraps between its groups, never inside one, in English and Bahasa Indonesia', async ({ app }) => {
  const { page } = app;
  await importSample(page);
  for (const [language, link] of [
    ['en', 'Link'],
    ['id', 'Tautan'],
  ] as const) {
    if (language === 'id') {
      await page.getByRole('button', { name: 'Settings…' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Bahasa Indonesia' }).check();
      await page.getByRole('dialog', { name: 'Pengaturan' }).getByRole('button', { name: 'Tutup' }).click();
    }
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => toolbarRows(page, link), { message: `${language}, ${width} wide` }).toEqual([1, 1]);
    }
  }
  // The check sees a group broken over two rows.
  await page.getByRole('toolbar').evaluate((toolbar: HTMLElement) => (toolbar.style.width = '300px'));
  expect((await toolbarRows(page, 'Tautan'))[0]).toBeGreaterThan(1);
});

test('the side tabs stay where they are while the article’s first figures arrive (nothing moves under the pointer)', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  const tabs = page.getByRole('tablist', { name: 'Article tools' });
  // At once, before the first count (it waits for a pause of 400 ms, then the analysis worker).
  const before = await tabs.evaluate((list) => list.getBoundingClientRect().top);
  await expect(page.locator('.article-figures')).toContainText('0 words');
  expect(await tabs.evaluate((list) => list.getBoundingClientRect().top)).toBe(before);
});
