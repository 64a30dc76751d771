// Publishing to a real WordPress from the window (Debian's WordPress 6.1, started by the test):
// Settings → Publishing adds the site; "Publish to…" sends the article with its progress; an edit
// made in WordPress meanwhile is shown before anything is overwritten; the post is taken down.
// Checked through WordPress's own REST API. The requests go from the main side, never the page.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { audit } from './axeAudit';
import { startWordPress, wordpressUnavailable, type WordPressSite } from '../fixtures/wordpressSite';

const unavailable = wordpressUnavailable();
let wp: WordPressSite;

test.beforeAll(async () => {
  if (!unavailable) wp = await startWordPress();
});
test.afterAll(async () => wp?.stop());

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `tests/screenshots/${name}-1280.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `tests/screenshots/${name}-1024.png` });
  await page.setViewportSize({ width: 1280, height: 860 });
}

/** "Publish to…" is in the article's More menu (the header stays one row). */
async function openPublishTo(page: Page) {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Publish to…' }).click();
}

type WpPost = { id: number; status: string; title: { raw: string }; excerpt: { raw: string } };

test('publish to WordPress: add the site, send the article, see a remote edit before replacing it, take it down', async ({ app }) => {
  test.skip(unavailable !== null, unavailable ?? '');
  test.setTimeout(120_000);
  const { page } = app;

  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Pasokan air bersih terganggu');
  await page.getByLabel('Dek').fill('PDAM menyiapkan truk tangki.');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Warga di tiga kelurahan belum mendapat air sejak Senin.');

  // Settings → Publishing: the site, its user and Application Password (kept encrypted, never shown again).
  await page.getByRole('button', { name: 'Settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('group', { name: 'Publishing' })).toContainText('No site to publish to yet.');
  await settings.getByRole('button', { name: 'Add a site…' }).click();
  const add = page.getByRole('dialog', { name: 'Add a site to publish to' });
  await add.getByRole('radio', { name: 'WordPress' }).check();
  await add.getByLabel('Name (as the desk calls it)').fill('Situs Redaksi');
  await add.getByLabel('Site address').fill(wp.url);
  await add.getByLabel('WordPress user name').fill(wp.user);
  await add.getByLabel('Application Password (WordPress → Users → Profile)').fill(wp.password);
  await screenshots(page, 'publishing-add-site');
  expect(await audit(page, 'add a publishing site')).toEqual([]);
  await add.getByRole('button', { name: 'Add site' }).click();
  await expect(add).toBeHidden();
  await expect(settings.getByRole('group', { name: 'Publishing' })).toContainText(`Situs Redaksi: WordPress at ${wp.url}`);
  await expect(settings.getByRole('button', { name: 'Remove Situs Redaksi' })).toBeVisible();
  expect(await audit(page, 'settings with a publishing site')).toEqual([]);
  await settings.getByRole('button', { name: 'Close' }).click();

  // Publish to…: the article goes up, step by step, and the dialog says where it is.
  await openPublishTo(page);
  const dialog = page.getByRole('dialog', { name: 'Publish to a site' });
  await expect(dialog.getByRole('combobox', { name: 'Site' })).toHaveValue('Situs Redaksi');
  // No publish time set: scheduling is offered only once there is one in the future.
  await expect(dialog.getByRole('radio', { name: 'Scheduled (set a publish time first)' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Published now' }).check();
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Sent to Situs Redaksi.');
  await expect(dialog.getByRole('region', { name: 'Steps' }).getByRole('listitem')).toHaveText([
    'Send the post “Pasokan air bersih terganggu”: done',
  ]);
  await expect(dialog).toContainText('On Situs Redaksi: published since');
  await screenshots(page, 'publishing-sent');
  expect(await audit(page, 'publish dialog, sent')).toEqual([]);

  const posts = (await wp.rest('GET', '/wp/v2/posts', undefined, { context: 'edit', search: 'Pasokan' })).json as WpPost[];
  expect(posts).toHaveLength(1);
  const post = posts[0]!;
  expect(post).toMatchObject({
    status: 'publish',
    title: { raw: 'Pasokan air bersih terganggu' },
    excerpt: { raw: 'PDAM menyiapkan truk tangki.' },
  });

  // Someone edits the post in WordPress; the desk changes the dek and sends again: asked first.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await wp.rest('POST', `/wp/v2/posts/${post.id}`, { title: 'Judul dari WordPress' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Dek').fill('PDAM menyiapkan sepuluh truk tangki.');
  await openPublishTo(page);
  // Sent again as it stands on the site: published, not a draft.
  await expect(dialog.getByRole('radio', { name: 'Published now' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Update the post' }).click();
  const asked = dialog.getByRole('alert');
  await expect(asked).toContainText('The post was edited on Situs Redaksi since Redaksi last sent it. Nothing was sent.');
  await expect(asked.getByRole('row', { name: /Title/ })).toContainText('Judul dari WordPress');
  await expect(asked.getByRole('row', { name: /Title/ })).toContainText('Pasokan air bersih terganggu');
  await screenshots(page, 'publishing-remote-edit');
  expect(await audit(page, 'publish dialog, remote edit')).toEqual([]);
  expect(((await wp.rest('GET', `/wp/v2/posts/${post.id}`, undefined, { context: 'edit' })).json as WpPost).title.raw).toBe(
    'Judul dari WordPress',
  );

  await dialog.getByRole('button', { name: 'Replace it with this version' }).click();
  await expect(dialog.getByRole('status')).toContainText('Sent to Situs Redaksi.');
  const replaced = (await wp.rest('GET', `/wp/v2/posts/${post.id}`, undefined, { context: 'edit' })).json as WpPost;
  expect(replaced).toMatchObject({
    status: 'publish',
    title: { raw: 'Pasokan air bersih terganggu' },
    excerpt: { raw: 'PDAM menyiapkan sepuluh truk tangki.' },
  });

  // A correction to the published article: below the text on the site, kept for every later publication.
  await dialog
    .getByLabel('Correction (published below the text, and kept on every later publication)')
    .fill('Jumlah kelurahan semula tertulis lima.');
  await dialog.getByRole('button', { name: 'Update the post' }).click();
  await expect(dialog.getByRole('status')).toContainText('Sent to Situs Redaksi.');
  await expect(dialog.getByLabel('Correction (published below the text, and kept on every later publication)')).toHaveValue('');
  const corrected = (await wp.rest('GET', `/wp/v2/posts/${post.id}`, undefined, { context: 'edit' })).json as { content: { raw: string } };
  expect(corrected.content.raw).toMatch(
    /<aside class="corrections">\n<p><strong>Koreksi<\/strong>, .* WIB: Jumlah kelurahan semula tertulis lima\.<\/p>\n<\/aside>/,
  );

  await dialog.getByRole('button', { name: 'Take down from Situs Redaksi' }).click();
  await expect(dialog.getByRole('status')).toContainText('Taken down from Situs Redaksi: a draft there now.');
  await expect(dialog).toContainText('On Situs Redaksi: taken down since');
  expect(((await wp.rest('GET', `/wp/v2/posts/${post.id}`, undefined, { context: 'edit' })).json as WpPost).status).toBe('draft');
});
