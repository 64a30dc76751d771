// Pasting from Google Docs, Word or a web page: the same normalizer as import, and nothing hostile gets in.
import type { Page } from '@playwright/test';
import { imageSlot } from '../fixtures/bodies';
import { expect, test } from './appDriver';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

async function pasteHtml(page: Page, html: string) {
  await body(page).evaluate((root, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'fallback');
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
}

test('a Google Docs paste loses its stray bold and empty paragraphs but keeps real formatting, quotes and attribution', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await body(page).click();
  await pasteHtml(
    page,
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-abc"><p dir="ltr"><span style="font-weight:400">Harga </span><span style="font-weight:700">beras</span><span style="font-style:italic"> naik</span></p><p dir="ltr"><br></p><blockquote><p>Kami menambah pasokan.</p><footer>— <cite>Direktur Bulog</cite></footer></blockquote></b>',
  );
  await expect(body(page).locator('strong')).toHaveText('beras');
  await expect(body(page).locator('em').first()).toHaveText(' naik');
  await expect(body(page).locator('blockquote')).toHaveText('Kami menambah pasokan.— Direktur Bulog');
  await expect(body(page).locator('p:has(> br:only-child)')).toHaveCount(0);
  await expect(body(page)).not.toContainText('fallback');
});

test('a hostile paste runs nothing and leaves no handler or script link in the document', async ({ app }) => {
  const { page } = app;
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await body(page).click();
  await pasteHtml(
    page,
    '<p onmouseover="alert(1)">Teks <a href="javascript:alert(2)">tautan</a></p><img src=x onerror=alert(3)><script>alert(4)</script><svg onload=alert(5)>',
  );
  await expect(body(page)).toContainText('Teks tautan');
  const dangerous = await body(page).evaluate(
    (root) =>
      [...root.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)))
        .length,
  );
  expect(dangerous).toBe(0);
  await body(page).hover();
  await page.waitForTimeout(300);
  expect(alerts).toEqual([]);
});

test("Lexical's own clipboard data from another page is checked like a save: a malformed node falls back to the paste's text", async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await body(page).click();
  const slot = imageSlot({ caption: 5 });
  await body(page).evaluate(
    (root, nodes) => {
      const transfer = new DataTransfer();
      transfer.setData('application/x-lexical-editor', JSON.stringify({ namespace: 'Redaksi', nodes }));
      transfer.setData('text/plain', 'teks yang aman');
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    [slot],
  );
  await expect(body(page)).toContainText('teks yang aman');
  await expect(page.getByRole('group', { name: 'Image', exact: true })).toHaveCount(0);
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  // The export still works: nothing in the document can break the renderer.
  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.frameLocator('iframe[title="Export preview"]');
  await expect(preview.locator('body')).toContainText('teks yang aman');

  // Well-formed editor JSON is pasted as it is, claim marks without their foreign ids.
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();
  await body(page).click();
  await body(page).evaluate((root) => {
    const transfer = new DataTransfer();
    const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 1, detail: 0, mode: 'normal', style: '' });
    const mark = {
      type: 'claim-mark',
      version: 1,
      ids: ['00000000-0000-4000-8000-000000000000'],
      direction: null,
      format: '',
      indent: 0,
      children: [text('tebal bertanda')],
    };
    transfer.setData('application/x-lexical-editor', JSON.stringify({ namespace: 'Redaksi', nodes: [mark] }));
    transfer.setData('text/plain', 'cadangan');
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(body(page).locator('strong')).toHaveText('tebal bertanda');
  await expect(body(page).locator('.claim-mark')).toHaveCount(0);
  await expect(body(page)).not.toContainText('cadangan');
});
