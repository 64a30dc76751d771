// The interface in Bahasa Indonesia and English. A pseudo-locale (every string from the translations
// wrapped in ⟦…⟧) is switched on over every screen: any text, name, title or placeholder a person
// can meet that is not wrapped never went through the translations. Names, quotes and the article
// itself are marked `translate="no"` and left out, as are dates (Intl formats them per language).
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { switchLanguage, visitEveryScreen } from './everyScreen';
import { importSample, selectInBody, setProfile } from './steps';

/** What a person can read on the page now that did not come through the translations. */
async function untranslated(page: Page, screen: string): Promise<string[]> {
  await switchLanguage(page, 'x-pseudo');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.locator('.top-bar')).toContainText('⟦');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const found = await page.evaluate(() => {
    const letters = /\p{L}{2,}/u;
    const wrapped = (text: string) => text.includes('⟦') || text.includes('⟧');
    /** The nearest `translate` decides; the article's own text (the editable body) is content. */
    const isContent = (el: Element) => {
      if (el.closest('[translate]')?.getAttribute('translate') === 'no') return true;
      if (el.closest('[contenteditable]')?.getAttribute('contenteditable') === 'true') return true;
      return el.closest('time, script, style, iframe, code, kbd, textarea') !== null;
    };
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) ||
      // A select's options are not laid out until it opens; they are read all the same.
      (el instanceof HTMLOptionElement && el.parentElement !== null && el.closest('select')!.checkVisibility());
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent ?? '';
      if (!el || !letters.test(text) || isContent(el) || !shown(el)) continue;
      // A sentence with words of its own inside (<Trans>): the wrapping is on the sentence.
      if (!wrapped(text) && !wrapped(el.closest('p, li, span, label, h2, h3, legend, button, strong')?.textContent ?? ''))
        out.add(`text “${text.trim()}”`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [aria-placeholder], img[alt]')) {
      if (isContent(el) || !shown(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value && letters.test(value) && !wrapped(value)) out.add(`${name} “${value}” on <${el.tagName.toLowerCase()}>`);
      }
    }
    return [...out];
  });
  await switchLanguage(page, null);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.top-bar')).not.toContainText('⟦');
  return found.map((line) => `${screen}: ${line}`);
}

test('every string a person can read on every screen comes from the translations', async ({ app }) => {
  test.setTimeout(180_000);
  const found = await visitEveryScreen(app.page, (screen) => untranslated(app.page, screen));
  expect(found).toEqual([]);
});

test('an Indonesian system gets the interface in Bahasa Indonesia; the setting changes it at once and keeps it', async ({ app }) => {
  test.skip(!app.restartServer, 'the system language of a second browser profile is a browser-mode fixture');
  const page = await app.openSecondContext({ locale: 'id-ID' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('button', { name: 'Artikel baru' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Pustaka' })).toBeVisible();

  await page.getByRole('button', { name: 'Pengaturan…' }).click();
  const settings = page.getByRole('dialog', { name: 'Pengaturan' });
  await expect(settings.getByRole('radio', { name: 'Ikuti sistem' }).nth(1)).toBeChecked();
  await settings.getByRole('group', { name: 'Bahasa antarmuka' }).getByRole('radio', { name: 'English' }).check();
  // At once, in the open dialog too: nothing to save, nothing reloaded.
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('group', { name: 'Interface language' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();

  // The first window (an English system) kept its own: each machine, its own choice.
  await expect(app.page.getByRole('button', { name: 'New article' })).toBeVisible();
});

test('in Bahasa Indonesia: the editor, counts with their plurals, dates the Indonesian way, claims and the checklist', async ({ app }) => {
  const { page } = app;
  await setProfile(page, 'Rina Editor');
  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Bahasa Indonesia' }).check();
  await page.getByRole('dialog', { name: 'Pengaturan' }).getByRole('button', { name: 'Tutup' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  const indonesian = { importInput: 'Impor draf (teks, HTML, Markdown, Word, atau zip berisi gambarnya)', body: 'Badan artikel' };
  await importSample(page, indonesian);
  await expect(page.getByRole('button', { name: 'Tandai klaim' })).toBeVisible();
  await expect(page.locator('.article-figures')).toContainText(/^[\d.]+ kata · \d+ menit baca/);
  // The library's time as Intl writes it in Indonesian: "4 Des 2026, 09.30" (a dot between hours and minutes).
  const month = new Intl.DateTimeFormat('id-ID', { month: 'short' }).format(new Date());
  await expect(page.getByRole('list', { name: 'Artikel' }).locator('time').first()).toContainText(
    new RegExp(`\\d+ ${month} \\d{4}.*\\d{2}\\.\\d{2}`),
  );

  await selectInBody(page, 'para analis', false, indonesian);
  await page.getByRole('button', { name: 'Tandai klaim' }).click();
  await expect(page.getByLabel('Ringkasan')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Belum dicek para analis' })).toBeVisible();
  await expect(page.getByText(/^\d+ dari 1 sudah dicek$/)).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Periksa/ })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/indonesian-1280.png' });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'tests/screenshots/indonesian-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.getByRole('button', { name: 'Pengaturan…' }).click();
  const settings = page.getByRole('dialog', { name: 'Pengaturan' });
  await settings.getByRole('radio', { name: 'Gelap' }).check();
  await settings.getByRole('button', { name: 'Tutup' }).click();
  await page.screenshot({ path: 'tests/screenshots/indonesian-dark-1280.png' });
});
