// Embeds: a post's link pasted on an empty line becomes its card; Insert → Post or video makes an
// empty card whose link field takes the focus; the checklist asks for a post's words; the preview
// publishes a quote and a link, and nothing in the page or the editor loads from the platform.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

/** A paste as the browser delivers one (the clipboard's text). */
async function pasteText(page: Page, text: string): Promise<void> {
  await body(page).evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a pasted post link becomes its card; Insert makes one; the checklist asks for the words; the page gets a quote and a link', async ({
  app,
}) => {
  const { page } = app;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill('Banjir Rob Jakarta');
  await body(page).click();
  await page.keyboard.type('BPBD melaporkan banjir rob pagi ini.');
  await page.keyboard.press('Enter');
  await pasteText(page, 'https://twitter.com/BPBDJakarta/status/1809123456789012345?s=20');
  const post = page.getByRole('group', { name: 'Embedded X post' });
  await expect(post).toBeVisible();
  await expect(post.getByLabel('Link to the post or video')).toHaveValue('https://x.com/BPBDJakarta/status/1809123456789012345');
  // A post without its words is on the checklist until they are typed.
  const checklist = page.getByRole('region', { name: 'Ready to publish' });
  await expect(checklist).toContainText('The X post embedded has no quoted text');
  await post.getByLabel('Who posted it').fill('BPBD DKI Jakarta (@BPBDJakarta)');
  await post.getByLabel('What it says').fill('Banjir rob merendam Muara Baru setinggi 40 cm.');
  await expect(checklist).not.toContainText('has no quoted text');

  // Insert → Post or video: an empty card, its link field focused; a link it does not know is said so.
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Post or video (embed)' }).click();
  const video = page.getByRole('group', { name: 'Embedded post or video' });
  await expect(video.getByLabel('Link to the post or video')).toBeFocused();
  await page.keyboard.type('https://example.com/video');
  await expect(video.getByRole('alert')).toHaveText('Not a link to a post or video on X, Instagram, Facebook, TikTok, YouTube or Vimeo.');
  await video.getByLabel('Link to the post or video').fill('https://youtu.be/dQw4w9WgXcQ');
  const youtube = page.getByRole('group', { name: 'Embedded YouTube video' });
  await youtube.getByLabel('What it says or shows').fill('Rekaman banjir di Muara Baru');
  await post.evaluate((card) => card.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'tests/screenshots/embed-1280.png' });
  await page.setViewportSize({ width: 1024, height: 800 });
  await post.evaluate((card) => card.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'tests/screenshots/embed-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.frameLocator('iframe[title="Export preview"]');
  const published = preview.locator('figure.embed').first();
  await expect(published.locator('blockquote')).toHaveText('Banjir rob merendam Muara Baru setinggi 40 cm.');
  await expect(published.locator('figcaption')).toHaveText('BPBD DKI Jakarta (@BPBDJakarta), X');
  await expect(published.getByRole('link', { name: 'X' })).toHaveAttribute('href', 'https://x.com/BPBDJakarta/status/1809123456789012345');
  // No frame and no script but the page's own structured data.
  await expect(preview.locator('iframe, script:not([type="application/ld+json"])')).toHaveCount(0);
  // Nothing was asked of the platforms, by the editor or the preview.
  expect(requests.filter((url) => /twitter|x\.com|youtube|youtu\.be|ytimg/.test(url))).toEqual([]);
});
