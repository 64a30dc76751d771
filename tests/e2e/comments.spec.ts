// Review comments: select words, Comment (button or Ctrl+Alt+C), a thread anchored to those words
// with an @mention; reply, resolve and reopen; the outline counts open comments per section; a
// comment whose words were cut stays as an orphan with its quote; filters open/resolved/mine.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { importSample, selectInBody, setProfile, sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const comments = (page: Page) => page.getByRole('region', { name: 'Comments' });

test('comment on words, mention, reply, resolve and reopen; the outline counts them; cut words leave an orphan', async ({ app }) => {
  const { page } = app;
  await setProfile(page, 'Rina Editor');
  await importSample(page);

  // Nothing selected: the button says what to do.
  await body(page).click();
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Select the words to comment on first.' })).toBeVisible();

  await selectInBody(page, 'para analis');
  await page.keyboard.press('Control+Alt+C');
  const dialog = page.getByRole('dialog', { name: 'New comment' });
  await expect(dialog).toContainText('para analis');
  await dialog.getByLabel('Comment', { exact: true }).fill('Analis siapa? Sebut nama, ');
  await dialog.getByRole('combobox', { name: 'Mention someone in the comment' }).selectOption('Rina Editor');
  await expect(dialog.getByLabel('Comment', { exact: true })).toHaveValue('Analis siapa? Sebut nama, @Rina Editor ');
  await page.screenshot({ path: 'tests/screenshots/comments-new-1280.png' });
  await dialog.getByRole('button', { name: 'Post comment' }).click();
  await expect(body(page).locator('.comment-mark')).toHaveText('para analis');

  // Posting brings the Comments tab forward; its count is the open threads.
  await expect(page.getByRole('tab', { name: 'Comments 1' })).toHaveAttribute('aria-selected', 'true');
  await sideTab(page, 'Comments');
  const thread = comments(page).getByRole('article', { name: 'Comment on “para analis”' });
  await expect(thread).toContainText('Analis siapa?');
  await expect(thread.locator('.mention')).toHaveText('@Rina Editor');
  await sideTab(page, 'Comments');
  await expect(comments(page).getByRole('radio', { name: 'Open (1)' })).toBeChecked();
  await sideTab(page, 'Comments');
  await expect(comments(page).getByRole('radio', { name: 'Mine (1)' })).toBeVisible();
  await sideTab(page, 'Outline');
  const outline = page.getByRole('region', { name: 'Outline' });
  await expect(outline.getByRole('img', { name: '1 open comment' })).toHaveCount(1);
  await expect(outline.getByRole('listitem').filter({ has: page.getByRole('img', { name: '1 open comment' }) })).toContainText(
    'Rusia Butuh Bantuan',
  );
  await sideTab(page, 'Comments');

  // The thread follows its words as the text around them changes.
  await selectInBody(page, 'Menurut', true);
  await page.keyboard.type(' sejumlah');
  await expect(body(page).locator('.comment-mark')).toHaveText('para analis');

  await thread.getByRole('textbox', { name: 'Reply' }).fill('Sudah saya tanyakan ke penulis.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread.getByRole('list', { name: 'Messages' }).getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: 'tests/screenshots/comments-panel-1280.png' });
  await page.setViewportSize({ width: 1024, height: 720 });
  await sideTab(page, 'Comments');
  await comments(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/screenshots/comments-panel-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  await thread.getByRole('button', { name: 'Resolve' }).click();
  await sideTab(page, 'Comments');
  await expect(comments(page).getByRole('radio', { name: 'Open (0)' })).toBeChecked();
  await expect(page.getByRole('tab', { name: 'Comments 0' })).toBeVisible();
  await sideTab(page, 'Outline');
  await expect(outline.getByRole('listitem').first()).toBeVisible();
  await expect(outline.getByRole('img', { name: /open comment/ })).toHaveCount(0);
  await sideTab(page, 'Comments');
  await comments(page).getByRole('radio', { name: 'Resolved (1)' }).check();
  await expect(thread).toContainText('Resolved by Rina Editor');
  await thread.getByRole('button', { name: 'Reopen' }).click();
  await sideTab(page, 'Comments');
  await comments(page).getByRole('radio', { name: /^Open/ }).check();
  await expect(thread).toBeVisible();

  // Its words cut: the thread stays, as an orphan with its quote.
  await selectInBody(page, 'para analis');
  await page.keyboard.press('Backspace');
  await expect(body(page).locator('.comment-mark')).toHaveCount(0);
  await expect(thread).toContainText('“para analis” — its words were cut');

  // After a reload, everything is still there (it lives in the document).
  await page.reload();
  await page
    .getByRole('button', { name: /Mengapa Korea Utara/ })
    .first()
    .click();
  await sideTab(page, 'Comments');
  await expect(
    comments(page).getByRole('article', { name: 'Comment on “para analis”' }).getByRole('list', { name: 'Messages' }).getByRole('listitem'),
  ).toHaveCount(2);
});
