// Suggestion mode: with "Suggesting" pressed, typing, replacing and cutting become suggestions in
// the author's colour (cuts stay visible, struck through); the panel lists them with a count;
// Accept and Reject (one, all) do what they say and undo takes them back; a public page shows the
// text as if every pending suggestion were rejected, and publishing waits until none is pending.
import type { Page } from '@playwright/test';
import { expect, test } from './appDriver';
import { chooseHeroImage, newExplainer, selectInBody, setProfile, sideTab } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const panel = (page: Page) => page.getByRole('region', { name: /^Suggestions/ });

/** The number of the section whose title holds the caret (where a new section puts it), else null. */
const caretInSectionTitle = (page: Page) =>
  page.evaluate(() => {
    const at = getSelection()?.anchorNode;
    const element = at instanceof Element ? at : (at?.parentElement ?? null);
    const title = element?.closest('section > h2, section > h3');
    return document.activeElement?.closest('[contenteditable="true"]') && title
      ? Number(title.closest('section')!.getAttribute('data-number'))
      : null;
  });

/** Budi (the profile) starts a new article and types its first words, directly. */
async function newDraft(page: Page, headline: string, words: string): Promise<void> {
  await setProfile(page, 'Budi Checker');
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill(headline);
  await body(page).click();
  await page.keyboard.type(words);
}

test('suggest an addition, a replacement and a cut; accept one, reject one, undo; never on the public page', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Harga beras', 'Harga beras naik 12 persen bulan ini.');
  await sideTab(page, 'Suggestions');
  await expect(panel(page)).toContainText('No pending suggestions');

  const toggle = page.getByRole('button', { name: 'Suggesting' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Language, time zone and publish time cannot be suggested: read-only rather than edited untracked.
  await expect(page.getByLabel('Time zone')).toBeDisabled();

  // An addition, typed a key at a time: one suggestion.
  await selectInBody(page, 'persen', true);
  await page.keyboard.type(' lebih');
  // A replacement: the old words stay, struck through, the new ones beside them.
  await selectInBody(page, 'beras');
  await page.keyboard.type('gula');
  // A cut by Backspace: still there, struck through.
  await selectInBody(page, 'bulan ini', true);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');

  await expect(body(page)).toHaveText('Harga berasgula naik 12 persen lebih bulan ini.');
  await expect(body(page).locator('.suggest-insert')).toHaveText(['gula', ' lebih']);
  await expect(body(page).locator('.suggest-delete')).toHaveText(['beras', ' ini']);
  await expect(body(page).locator('.suggest-insert').first()).toHaveCSS('color', 'rgb(31, 95, 153)');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (3)' })).toBeVisible();
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Replace “beras” with “gula”' })).toBeVisible();
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Add “lebih”' })).toBeVisible();
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Cut “ini”' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-1280.png' });
  await page.setViewportSize({ width: 1024, height: 720 });
  await sideTab(page, 'Suggestions');
  await panel(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/screenshots/suggestions-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  // The public page shows the text as if every suggestion were rejected; publishing waits.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('body')).toContainText('Harga beras naik 12 persen bulan ini.');
  await expect(preview.locator('body')).not.toContainText('gula');
  await expect(preview.locator('body')).not.toContainText('lebih');
  await page.keyboard.press('Escape');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('A suggestion is pending (“beras”)');

  // Accept the replacement, reject the addition.
  await sideTab(page, 'Suggestions');
  await cards
    .getByRole('article', { name: /Replace “beras” with “gula”/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  // The undo manager groups what happens within half a second into one step, like typing.
  await page.waitForTimeout(600);
  await cards
    .getByRole('article', { name: /Add “lebih”/ })
    .getByRole('button', { name: 'Reject' })
    .click();
  await expect(body(page)).toHaveText('Harga gula naik 12 persen bulan ini.');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (1)' })).toBeVisible();

  // Undo takes the rejection back (the window's undo, like any edit).
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(body(page)).toHaveText('Harga gula naik 12 persen lebih bulan ini.');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (2)' })).toBeVisible();

  await sideTab(page, 'Suggestions');
  await panel(page).getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect(body(page)).toHaveText('Harga gula naik 12 persen lebih bulan.');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(body(page).locator('.suggest-insert, .suggest-delete')).toHaveCount(0);

  // Off again (by its shortcut, from the text): edits are direct.
  await body(page).click();
  await page.keyboard.press('Control+Alt+Shift+S');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByLabel('Headline')).toBeEnabled();
  await selectInBody(page, 'bulan', true);
  await page.keyboard.type(' lalu');
  await expect(body(page)).toHaveText('Harga gula naik 12 persen lebih bulan lalu.');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
});

test('typed on, one’s own suggested words stay one suggestion; typed directly right after them, words are not part of it', async ({
  app,
}) => {
  const { page } = app;
  await newDraft(page, 'Harga cabai', 'Harga cabai naik.');
  const toggle = page.getByRole('button', { name: 'Suggesting' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Key by key, at the end of the words just suggested: one suggestion, its card following the words (a pause
  // longer than the panel's refresh between them).
  await selectInBody(page, 'naik', true);
  await page.keyboard.type(' tajam');
  await page.waitForTimeout(600);
  await page.keyboard.type(' sekali');
  await expect(body(page).locator('.suggest-insert')).toHaveText([' tajam sekali']);
  await sideTab(page, 'Suggestions');
  await expect(panel(page).getByRole('article', { name: 'Suggestion by Budi Checker: Add “tajam sekali”' })).toBeVisible();

  // Suggesting off, the caret still at the end of the suggested words: what is typed now is direct.
  await body(page).click();
  await selectInBody(page, 'sekali', true);
  await page.keyboard.press('Control+Alt+Shift+S');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' pagi ini');
  await expect(body(page)).toHaveText('Harga cabai naik tajam sekali pagi ini.');
  await expect(body(page).locator('.suggest-insert')).toHaveText([' tajam sekali']);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('body')).toContainText('Harga cabai naik pagi ini.');
  await page.keyboard.press('Escape');
});

test('a paragraph split and a join as suggestions: shown with a pilcrow, published as before, accepted or rejected', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Stok beras', 'Stok beras cukup. Harga tetap naik.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bulog menambah pasokan.');
  await page.getByRole('button', { name: 'Suggesting' }).click();

  // Enter: the paragraph splits, and the new half says so.
  await selectInBody(page, 'cukup. ', true);
  await page.keyboard.press('Enter');
  // Delete at a paragraph's end (or Backspace at the next one's start): the join is suggested, the paragraphs stay apart.
  await selectInBody(page, 'tetap naik.', true);
  await page.keyboard.press('Delete');
  const paragraphs = body(page).locator('p');
  await expect(paragraphs).toHaveText(['Stok beras cukup. ', 'Harga tetap naik.', 'Bulog menambah pasokan.']);
  await expect(paragraphs.nth(1)).toHaveAttribute('data-suggest-block', 'split');
  await expect(paragraphs.nth(2)).toHaveAttribute('data-suggest-block', 'join');
  await expect(paragraphs.nth(1)).toHaveAttribute('title', /New paragraph suggested by Budi Checker/);
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: New paragraph before “Harga tetap naik.”' })).toBeVisible();
  await expect(
    cards.getByRole('article', { name: 'Suggestion by Budi Checker: Join “Bulog menambah pasokan.” to the paragraph before' }),
  ).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-blocks-1280.png' });
  await page.setViewportSize({ width: 1024, height: 720 });
  await page.screenshot({ path: 'tests/screenshots/suggestions-blocks-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  // The public page is as before the suggestions; the checklist waits for them.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article p')).toHaveText(['Stok beras cukup. Harga tetap naik.', 'Bulog menambah pasokan.']);
  await page.keyboard.press('Escape');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('A new paragraph is suggested');

  // Accept the join, reject the split: one paragraph, as the desk decided.
  await sideTab(page, 'Suggestions');
  await cards
    .getByRole('article', { name: /Join “Bulog/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(paragraphs).toHaveText(['Stok beras cukup. ', 'Harga tetap naik.Bulog menambah pasokan.']);
  await page.waitForTimeout(600);
  await cards
    .getByRole('article', { name: /New paragraph before/ })
    .getByRole('button', { name: 'Reject' })
    .click();
  await expect(paragraphs).toHaveText(['Stok beras cukup. Harga tetap naik.Bulog menambah pasokan.']);
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(body(page).locator('[data-suggest-block]')).toHaveCount(0);
});

test('a new headline and byline as suggestions: the fields keep theirs until the desk accepts one', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Harga beras naik', 'Harga beras naik 12 persen.');
  await page.getByLabel('Byline').fill('Tim Ekonomi');
  await page.getByRole('button', { name: 'Suggesting' }).click();

  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await headline.fill('Harga beras melonjak 12 persen');
  await page.getByLabel('Byline').fill('Tim Ekonomi, Budi Checker');
  const suggested = page.getByRole('group', { name: 'Budi Checker’s suggested headline' });
  await expect(suggested).toContainText('Budi Checker suggests: “Harga beras melonjak 12 persen”');
  // The suggester sees their suggestion in the field; it is one suggestion however much they type.
  await expect(headline).toHaveValue('Harga beras melonjak 12 persen');
  await expect(headline).toHaveClass(/holds-suggestion/);
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  await expect(
    cards.getByRole('article', { name: 'Suggestion by Budi Checker: Change the headline to “Harga beras melonjak 12 persen”' }),
  ).toBeVisible();
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (2)' })).toBeVisible();
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText(
    'A change of the headline is suggested (by Budi Checker)',
  );
  const showFields = () => page.evaluate(() => document.querySelector('.field-headline')?.scrollIntoView({ block: 'center' }));
  await showFields();
  await page.screenshot({ path: 'tests/screenshots/suggestions-fields-1280.png' });
  await page.setViewportSize({ width: 1024, height: 720 });
  await showFields();
  await page.screenshot({ path: 'tests/screenshots/suggestions-fields-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  // The public page keeps the headline as it is.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('h1')).toHaveText('Harga beras naik');
  await page.keyboard.press('Escape');

  // Off again: the fields show their own values. The desk accepts the headline, rejects the byline.
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await expect(headline).toHaveValue('Harga beras naik');
  await expect(headline).not.toHaveClass(/holds-suggestion/);
  await suggested.getByRole('button', { name: 'Accept' }).click();
  await expect(headline).toHaveValue('Harga beras melonjak 12 persen');
  await page.getByRole('group', { name: 'Budi Checker’s suggested byline' }).getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByLabel('Byline')).toHaveValue('Tim Ekonomi');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(page.getByRole('group', { name: /suggested/ })).toHaveCount(0);

  // Accepting and rejecting are steps of this window's Undo and Redo, newest first.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await undo.click();
  await expect(page.getByRole('group', { name: 'Budi Checker’s suggested byline' })).toBeVisible();
  await expect(headline).toHaveValue('Harga beras melonjak 12 persen');
  await undo.click();
  await expect(headline).toHaveValue('Harga beras naik');
  await expect(suggested).toContainText('Budi Checker suggests: “Harga beras melonjak 12 persen”');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (2)' })).toBeVisible();
  await redo.click();
  await expect(headline).toHaveValue('Harga beras melonjak 12 persen');
  await expect(suggested).toHaveCount(0);
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (1)' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Byline', exact: true })).toHaveValue('Tim Ekonomi');
});

test('a source link as a suggestion: linked in the draft at once, published plain until accepted; a link taken away stays until accepted', async ({
  app,
}) => {
  const { page } = app;
  await newDraft(page, 'Inflasi turun', 'Menurut data BPS, inflasi turun. Lihat laporan lama.');
  // The old report's link, made directly (not suggesting).
  await selectInBody(page, 'laporan lama');
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Edit link' }).getByLabel('Link URL').fill('https://lama.example/laporan');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await page.getByRole('button', { name: 'Suggesting' }).click();

  // The fact-checker links the source, and takes the stale link away.
  await selectInBody(page, 'data BPS');
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page.getByRole('dialog', { name: 'Edit link' }).getByLabel('Link URL').fill('https://bps.go.id/rilis');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await selectInBody(page, 'laporan lama');
  await page.keyboard.press('Control+K');
  await page.getByRole('button', { name: 'Remove link' }).click();

  const added = body(page).locator('a[data-suggest-link="added"]');
  await expect(added).toHaveText('data BPS');
  await expect(added).toHaveAttribute('title', /Link suggested by Budi Checker/);
  await expect(body(page).locator('a[data-suggest-link="removed"]')).toHaveText('laporan lama');
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  const linkCard = cards.getByRole('article', { name: 'Suggestion by Budi Checker: Link “data BPS” to https://bps.go.id/rilis' });
  await expect(linkCard).toBeVisible();
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Take the link away from “laporan lama”' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-links-1280.png' });

  // The public page has the links as they were.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article a')).toHaveText(['laporan lama']);
  await page.keyboard.press('Escape');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('A link added is suggested');

  // Accept both: the source is linked, the stale link gone.
  await sideTab(page, 'Suggestions');
  await panel(page).getByRole('button', { name: 'Accept all', exact: true }).click();
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(body(page).locator('a')).toHaveText(['data BPS']);
  await expect(body(page).locator('[data-suggest-link]')).toHaveCount(0);
});

test('paragraphs made a list as a suggestion: a list at once, published as paragraphs until accepted', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Langkah pemerintah', 'Langkah pemerintah:');
  for (const line of ['Operasi pasar.', 'Impor beras.', 'Penutup.']) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await page.getByRole('button', { name: 'Suggesting' }).click();
  // Select the two middle paragraphs and press Bulleted list.
  await page.evaluate(() => {
    const paragraphs = document.querySelectorAll('[aria-label="Article body"] p');
    const range = document.createRange();
    range.setStart(paragraphs[1]!.firstChild!.firstChild ?? paragraphs[1]!.firstChild!, 0);
    const last = paragraphs[2]!.firstChild!.firstChild ?? paragraphs[2]!.firstChild!;
    range.setEnd(last, last.textContent!.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await expect(body(page).locator('ul > li')).toHaveText(['Operasi pasar.', 'Impor beras.']);
  await expect(body(page).locator('li[data-suggest-retype="paragraph"]')).toHaveCount(2);
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  const card = cards.getByRole('article', {
    name: 'Suggestion by Budi Checker: Make “Operasi pasar.” a bulleted list item (was a paragraph)',
  });
  await expect(card).toBeVisible();
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article p')).toHaveText(['Langkah pemerintah:', 'Operasi pasar.', 'Impor beras.', 'Penutup.']);
  await expect(preview.locator('article ul')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.screenshot({ path: 'tests/screenshots/suggestions-list-1280.png' });

  // Rejected, the paragraphs come back; suggested again and accepted, the list stays.
  await card.getByRole('button', { name: 'Reject' }).click();
  await expect(body(page).locator('p')).toHaveText(['Langkah pemerintah:', 'Operasi pasar.', 'Impor beras.', 'Penutup.']);
  await expect(body(page).locator('ul')).toHaveCount(0);
  await selectInBody(page, 'Impor beras.');
  await page.keyboard.press('Control+Shift+7');
  await cards
    .getByRole('article', { name: /Make “Impor beras.” a numbered list item/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(body(page).locator('ol > li')).toHaveText(['Impor beras.']);
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
});

test('a section added and a section deleted as suggestions: the new one left out of the page until accepted, the old one kept until accepted', async ({
  app,
}) => {
  const { page } = app;
  await newDraft(page, 'Banjir rob', 'Pembuka.');
  // A section written directly (not suggesting).
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Numbered section' }).click();
  await expect.poll(() => caretInSectionTitle(page)).toBe(1);
  await page.keyboard.type('Latar');
  await page.getByRole('button', { name: 'Suggesting' }).click();

  // A new section while suggesting: there at once; what its author types in it is simply part of it.
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Numbered section' }).click();
  await expect.poll(() => caretInSectionTitle(page)).toBe(2);
  await page.keyboard.type('Dampak');
  const added = body(page).locator('section[data-suggest-presence="inserted"]');
  await expect(added).toContainText('Dampak');
  await expect(added.locator('.suggest-insert')).toHaveCount(0);
  // The other section, suggested deleted from the outline: it stays, struck through.
  await sideTab(page, 'Outline');
  await page.getByRole('button', { name: 'Delete section 1' }).click();
  await expect(body(page).locator('section[data-suggest-presence="removed"]')).toContainText('Latar');
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Add a section “Dampak”' })).toBeVisible();
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Delete the section “Latar”' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-sections-1280.png' });

  // The public page: the old section, not the new one.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article')).toContainText('Latar');
  await expect(preview.locator('article')).not.toContainText('Dampak');
  await page.keyboard.press('Escape');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('Deleting section 1 is suggested');

  // Accept both: the new section stays, the old one goes.
  await sideTab(page, 'Suggestions');
  await panel(page).getByRole('button', { name: 'Accept all', exact: true }).click();
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(body(page).locator('section')).toHaveCount(1);
  await expect(body(page).locator('section')).toContainText('Dampak');
  await expect(body(page).locator('[data-suggest-presence]')).toHaveCount(0);
});

test('the hero image’s credit as a suggestion: the picture stays read-only, the credit takes a suggestion the desk accepts', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await newExplainer(page, 'Banjir rob');
  await setProfile(page, 'Budi Checker');
  const { hero } = await chooseHeroImage(page, (name) => testInfo.outputPath(name));
  await hero.getByLabel('Credit').fill('Antara');
  await page.getByRole('button', { name: 'Suggesting' }).click();

  await expect(hero.getByRole('button', { name: 'Replace image' })).toBeDisabled();
  await expect(hero.getByLabel('Source / rights note')).toBeDisabled();
  await hero.getByLabel('Credit').fill('ANTARA FOTO/Budi');
  await expect(hero.getByLabel('Credit')).toHaveClass(/holds-suggestion/);
  const note = page.getByRole('group', { name: 'Budi Checker’s suggested hero image’s credit' });
  await expect(note).toContainText('“ANTARA FOTO/Budi”');
  await sideTab(page, 'Suggestions');
  await expect(
    panel(page).getByRole('article', { name: 'Suggestion by Budi Checker: Change the hero image’s credit to “ANTARA FOTO/Budi”' }),
  ).toBeVisible();
  // The checklist judges the slot as it is: its credit is there; its alt text is still missing.
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('The hero image needs alt text');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).not.toContainText('The hero image needs a credit');
  await page.evaluate(() => document.querySelector('.hero-slot')?.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'tests/screenshots/suggestions-hero-1280.png' });
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await expect(hero.getByLabel('Credit')).toHaveValue('Antara');
  await note.getByRole('button', { name: 'Accept' }).click();
  await expect(hero.getByLabel('Credit')).toHaveValue('ANTARA FOTO/Budi');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
});

test('pasted lines and Shift+Enter as suggestions: new paragraphs and a line break, published as before, rejected or accepted', async ({
  app,
}) => {
  const { page } = app;
  await newDraft(page, 'Rilis BPS', 'Inflasi turun. Harga stabil.');
  await page.getByRole('button', { name: 'Suggesting' }).click();

  // Text copied from a release, three lines: one suggestion, its words in two new paragraphs.
  await selectInBody(page, 'turun. ', true);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'Menurut BPS:\r\n\r\ninflasi 2,1 persen.\nBeras naik tipis. ');
    const root = document.querySelector('[aria-label="Article body"]')!;
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  const paragraphs = body(page).locator('p');
  await expect(paragraphs).toHaveText(['Inflasi turun. Menurut BPS:', 'inflasi 2,1 persen.', 'Beras naik tipis. Harga stabil.']);
  await expect(paragraphs.nth(1)).toHaveAttribute('data-suggest-block', 'split');
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  const pasted = cards.getByRole('article', {
    name: 'Suggestion by Budi Checker: Add “Menurut BPS: ¶ inflasi 2,1 persen. ¶ Beras naik tipis.” as new paragraphs',
  });
  await expect(pasted).toBeVisible();

  // Shift+Enter: a line break, suggested like words.
  await selectInBody(page, 'Harga stabil.', true);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Sumber: BPS');
  await expect(body(page).locator('.suggest-insert br')).toHaveCount(1);
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (2)' })).toBeVisible();

  // The public page has none of it.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article p')).toHaveText(['Inflasi turun. Harga stabil.']);
  await page.keyboard.press('Escape');

  // Reject the paste: one paragraph again. Accept the line break: it stays, with its words.
  await pasted.getByRole('button', { name: 'Reject' }).click();
  await expect(paragraphs).toHaveText(['Inflasi turun. Harga stabil.Sumber: BPS']);
  await page.waitForTimeout(600);
  await cards
    .getByRole('article', { name: /Add “Sumber: BPS”/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(paragraphs.locator('br')).toHaveCount(1);
  await expect(paragraphs).toHaveText(['Inflasi turun. Harga stabil.Sumber: BPS']);
});

test('bold and italic over words as suggestions: shown at once, published as before, accepted or rejected', async ({ app }) => {
  const { page } = app;
  await newDraft(page, 'Harga beras', 'Harga beras naik 12 persen bulan ini.');
  await page.getByRole('button', { name: 'Suggesting' }).click();

  // By the shortcut and by the toolbar's button (on while suggesting).
  await selectInBody(page, '12 persen');
  await page.keyboard.press('Control+b');
  await selectInBody(page, 'bulan ini');
  await page.getByRole('button', { name: 'Italic' }).click();
  await expect(body(page).locator('strong')).toHaveText('12 persen');
  await expect(body(page).locator('em')).toHaveText('bulan ini');
  await expect(body(page).locator('[data-suggest-format]')).toHaveText(['12 persen', 'bulan ini']);
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Format “12 persen”: bold added' })).toBeVisible();
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Format “bulan ini”: italic added' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-format-1280.png' });

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article p')).toHaveText('Harga beras naik 12 persen bulan ini.');
  await expect(preview.locator('article strong, article em')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('A formatting change is suggested');

  await sideTab(page, 'Suggestions');
  await cards
    .getByRole('article', { name: /bold added/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await page.waitForTimeout(600);
  await cards
    .getByRole('article', { name: /italic added/ })
    .getByRole('button', { name: 'Reject' })
    .click();
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(body(page).locator('strong')).toHaveText('12 persen');
  await expect(body(page).locator('em')).toHaveCount(0);
  await expect(body(page).locator('[data-suggest-format]')).toHaveCount(0);

  // Undo of a suggestion removes it, like any edit; and it stays gone when the words are edited again.
  await page.waitForTimeout(600);
  await selectInBody(page, 'Harga');
  await page.keyboard.press('Control+u');
  await expect(body(page).locator('[data-suggest-format]')).toHaveText('Harga');
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(body(page).locator('[data-suggest-format], u')).toHaveCount(0);
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await selectInBody(page, 'Harga', true);
  await page.keyboard.type('!');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (1)' })).toBeVisible();
  await expect(body(page).locator('[data-suggest-format]')).toHaveCount(0);
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).not.toContainText('formatting change');

  // A block's type, by the toolbar.
  await selectInBody(page, 'beras');
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await expect(body(page).locator('h2')).toHaveAttribute('data-suggest-retype', 'paragraph');
  await sideTab(page, 'Suggestions');
  const retyped = cards.getByRole('article', {
    name: /^Suggestion by Budi Checker: Make “Harga! beras naik .*” a heading 2 \(was a paragraph\)$/,
  });
  await expect(retyped).toBeVisible();
  await retyped.getByRole('button', { name: 'Reject' }).click();
  await expect(body(page).locator('h2')).toHaveCount(0);
  await expect(body(page).locator('p')).toHaveCount(1);
});

test('moving a section as a suggestion: moved at once, published in the old order, rejected back or accepted', async ({ app }) => {
  const { page } = app;
  await setProfile(page, 'Budi Checker');
  await newExplainer(page, 'Stok beras');
  const titles = body(page).locator('section.ed-section > h2');
  for (const [i, title] of ['Latar', 'Data', 'Tanggapan'].entries()) {
    await titles.nth(i).click();
    await page.keyboard.type(title);
  }
  await page.getByRole('button', { name: 'Suggesting' }).click();
  // An image slot cannot be suggested yet: read-only rather than edited untracked.
  await expect(page.locator('.hero-slot').getByRole('button', { name: 'Choose image…' })).toBeDisabled();

  // By the outline's arrow (on while suggesting): the section moves, and says so.
  await sideTab(page, 'Outline');
  await page.getByRole('button', { name: 'Move section 1 down' }).click();
  await expect(titles.nth(0)).toHaveText('Data');
  await expect(titles.nth(1)).toHaveText('Latar');
  const moved = body(page).locator('section.ed-section').nth(1);
  await expect(moved).toHaveAttribute('data-suggest-move', 'moved');
  // Where it stood: just before "Data", which now comes first.
  await expect(body(page).locator('section.ed-section').nth(0)).toHaveAttribute('data-suggest-move', 'before');
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Move the section “Latar”' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-move-1280.png' });

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article h2').first()).toHaveText('1. Latar');
  await page.keyboard.press('Escape');
  await sideTab(page, 'Checklist');
  await expect(page.getByRole('region', { name: 'Ready to publish' })).toContainText('Moving section 2 is suggested');

  await sideTab(page, 'Suggestions');
  await cards
    .getByRole('article', { name: /Move the section/ })
    .getByRole('button', { name: 'Reject' })
    .click();
  await expect(titles.nth(0)).toHaveText('Latar');
  await expect(body(page).locator('[data-suggest-move]')).toHaveCount(0);

  // By the keyboard, then accepted: it stays.
  await page.waitForTimeout(600);
  await titles.nth(2).click();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(titles.nth(1)).toHaveText('Tanggapan');
  await cards
    .getByRole('article', { name: /Move the section “Tanggapan”/ })
    .getByRole('button', { name: 'Accept' })
    .click();
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(titles.nth(1)).toHaveText('Tanggapan');
  await expect(titles.nth(2)).toHaveText('Data');
});

test('cards suggested in: a table, a picture, an embed, a gallery and a footnote, their author fills them in; left out of the page, rejected away or accepted', async ({
  app,
}) => {
  const { page } = app;
  await newDraft(page, 'Hasil Pemilu', 'Pembuka berita hasil pemilu.');
  await page.getByRole('button', { name: 'Suggesting' }).click();
  const insert = async (name: string) => {
    await page.getByRole('button', { name: 'Insert ▾' }).click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  };

  // A footnote at the caret: its number and its note are one suggestion; the note's words are plainly its author's.
  await insert('Footnote');
  await page.keyboard.type('Data KPU, 2029.');
  await expect(body(page).locator('sup.ed-footnote-ref[data-suggest-presence="inserted"]')).toHaveCount(1);
  const note = body(page).getByRole('list', { name: 'Notes' }).getByRole('listitem');
  await expect(note).toHaveText('Data KPU, 2029.');
  await expect(note).toHaveAttribute('data-suggest-presence', 'inserted');
  await expect(note.locator('.suggest-insert')).toHaveCount(0);

  // A table after the first paragraph: typed into and reshaped by its author, with no marks inside.
  await selectInBody(page, 'pemilu.', true);
  await insert('Table');
  const table = body(page).getByRole('table');
  await expect(body(page).locator('[data-suggest-presence="inserted"]:has(table)')).toHaveCount(1);
  await page.keyboard.type('Partai');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Suara');
  const actions = page.getByRole('group', { name: 'Table' });
  await actions.getByRole('button', { name: 'Header row' }).click();
  await expect(table.getByRole('columnheader')).toHaveText(['Partai', 'Suara', '']);
  await expect(table.locator('.suggest-insert')).toHaveCount(0);

  // A picture and an embed: their author fills in their fields while suggesting.
  await selectInBody(page, 'pemilu.', true);
  await insert('Image');
  const picture = body(page).getByRole('group', { name: 'Image', exact: true });
  await expect(picture.getByRole('button', { name: 'Choose image…' })).toBeEnabled();
  await selectInBody(page, 'pemilu.', true);
  await insert('Post or video (embed)');
  const embed = page.getByRole('group', { name: 'Embedded post or video' });
  await embed.getByLabel('Link to the post or video').fill('https://youtu.be/dQw4w9WgXcQ');
  await page.getByRole('group', { name: 'Embedded YouTube video' }).getByLabel('What it says or shows').fill('Rekaman penghitungan');
  // A gallery: its pictures are its author's to fill in too.
  await selectInBody(page, 'pemilu.', true);
  await insert('Gallery');
  const galleryPictures = body(page).getByRole('group', { name: 'Gallery', exact: true }).getByRole('group', { name: 'Gallery picture' });
  await expect(galleryPictures).toHaveCount(2);
  await expect(galleryPictures.first().getByRole('button', { name: 'Choose image…' })).toBeEnabled();

  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  for (const what of [
    'Add a footnote “Data KPU, 2029.”',
    'Add a table “Partai Suara”',
    'Add a picture',
    'Add an embedded post or video',
    'Add a gallery',
  ])
    await expect(cards.getByRole('article', { name: `Suggestion by Budi Checker: ${what}` })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-cards-1280.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'tests/screenshots/suggestions-cards-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  // The public page: none of them yet.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article')).toContainText('Pembuka berita hasil pemilu.');
  await expect(preview.locator('article table, article figure, article sup, article .footnotes')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The embed rejected: gone, with its words; the rest accepted: plain parts of the article.
  await sideTab(page, 'Suggestions');
  await cards
    .getByRole('article', { name: /Add an embedded post/ })
    .getByRole('button', { name: 'Reject' })
    .click();
  await expect(page.getByRole('group', { name: 'Embedded YouTube video' })).toHaveCount(0);
  await expect(cards.getByRole('article')).toHaveCount(4);
  await panel(page).getByRole('button', { name: 'Accept all', exact: true }).click();
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(body(page).locator('[data-suggest-presence]')).toHaveCount(0);
  await expect(body(page).locator('sup.ed-footnote-ref')).toHaveCount(1);
  // Accepted, the table is like any other while suggesting: its words take suggestions, its shape stays.
  await table.getByRole('columnheader', { name: 'Suara' }).click();
  await expect(actions.getByRole('button', { name: '+ Row' })).toBeDisabled();
  // Accepted, the picture is like any other while suggesting: read-only.
  await expect(picture.getByRole('button', { name: 'Choose image…' })).toBeDisabled();
  // So are the accepted gallery's pictures.
  for (const i of [0, 1]) await expect(galleryPictures.nth(i).getByRole('button', { name: 'Choose image…' })).toBeDisabled();
});

test('a card beside the caret: Delete or Backspace suggests its removal (from one’s own new quote too), kept on the page until accepted; one’s own suggested card simply goes', async ({
  app,
}) => {
  const { page } = app;
  await newDraft(page, 'Hasil Pemilu', 'Pembuka berita hasil pemilu.');
  // A table put in directly, before anyone suggests.
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Table', exact: true }).click();
  await page.keyboard.type('Partai');
  const table = body(page).getByRole('table');
  await expect(table.getByRole('cell', { name: 'Partai' })).toBeVisible();

  // Suggesting, Delete at the end of the paragraph before it: the table stays, marked for removal.
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await selectInBody(page, 'pemilu.', true);
  await page.waitForTimeout(600); // a pause: the Delete is its own undo step
  await page.keyboard.press('Delete');
  const removed = body(page).locator('[data-suggest-presence="removed"]:has(table)');
  await expect(removed).toHaveCount(1);
  await expect(table).toBeVisible();
  await expect(body(page)).toContainText('Pembuka berita hasil pemilu.');
  await sideTab(page, 'Suggestions');
  const cards = panel(page).getByRole('list', { name: 'Pending suggestions' });
  const removal = cards.getByRole('article', { name: 'Suggestion by Budi Checker: Delete the table “Partai”' });
  await expect(removal).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/suggestions-card-removed-1280.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'tests/screenshots/suggestions-card-removed-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });
  // Undo takes the suggestion back; from a quote Budi suggests in just after the table, Backspace
  // suggests its removal again (the table is not taken out untracked).
  await body(page).click();
  await page.keyboard.press('Control+z');
  await expect(removed).toHaveCount(0);
  await expect(cards.getByRole('article')).toHaveCount(0);
  await table.getByRole('cell', { name: 'Partai' }).click();
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Quote', exact: true }).click();
  await expect(body(page).locator('blockquote[data-suggest-presence="inserted"]')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(removed).toHaveCount(1);
  await expect(table).toBeVisible();
  await expect(removal).toBeVisible();
  await expect(body(page).locator('blockquote[data-suggest-presence="inserted"]')).toHaveCount(1);

  // A picture suggested in by Budi, then Backspace from the paragraph after it: it simply goes.
  await body(page).click();
  await selectInBody(page, 'pemilu.', true);
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Image', exact: true }).click();
  const picture = body(page).getByRole('group', { name: 'Image', exact: true });
  await expect(picture).toBeVisible();
  await expect(cards.getByRole('article', { name: 'Suggestion by Budi Checker: Add a picture' })).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(picture).toHaveCount(0);
  await expect(cards.getByRole('article')).toHaveCount(2);
  await expect(cards.getByRole('article', { name: /Add a picture/ })).toHaveCount(0);

  // The public page keeps the table until the removal is accepted; accepted, it is gone.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('iframe[title="Publication preview preview"]');
  await expect(preview.locator('article table')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await sideTab(page, 'Suggestions');
  await removal.getByRole('button', { name: 'Accept' }).click();
  await expect(table).toHaveCount(0);
  await cards
    .getByRole('article', { name: /Add a quote/ })
    .getByRole('button', { name: 'Reject' })
    .click();
  await expect(page.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
  await expect(body(page)).toContainText('Pembuka berita hasil pemilu.');
});
