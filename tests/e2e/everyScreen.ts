// Every screen of the app — the library, the editor with a real article, each side tab, every
// dialog, the menus, the find bar, a comparison of versions — reached with the keyboard or by role
// and name, as a person using a screen reader would. `visit` is called on each (axe-core, the
// translation check), and what it returns is collected.
import type { Page } from '@playwright/test';
import { expect } from './appDriver';
import { importSample, selectInBody, setProfile, sideTab, type SideTabName } from './steps';

export type Visit = (screen: string) => Promise<string[]>;

const LANGUAGE_KEY = 'redaksi:ui-language';

/** As another window would change it: the storage and its event (no test-only door in the app). */
export async function switchLanguage(page: Page, value: string | null): Promise<void> {
  await page.evaluate(
    ([key, next]) => {
      const old = localStorage.getItem(key);
      if (next === null) localStorage.removeItem(key);
      else localStorage.setItem(key, next);
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue: old, newValue: next }));
    },
    [LANGUAGE_KEY, value] as const,
  );
}

/** Opens a dialog with `open`, visits it, and closes it with Escape. */
async function visitDialog(page: Page, name: string, open: () => Promise<void>, visit: Visit): Promise<string[]> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  const found = await visit(`dialog “${name}”`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return found;
}

export async function visitEveryScreen(page: Page, visit: Visit): Promise<string[]> {
  const found: string[] = [];
  const dialog = async (name: string, open: () => Promise<void>) => found.push(...(await visitDialog(page, name, open, visit)));
  found.push(...(await visit('empty library')));
  await dialog('Settings', () => page.getByRole('button', { name: 'Settings…' }).click());
  await page.getByRole('button', { name: 'Settings…' }).click();
  await dialog('Add a site to publish to', () => page.getByRole('button', { name: 'Add a site…' }).click());
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
  await dialog('Keyboard shortcuts', () => page.keyboard.press('Control+/'));
  await dialog('Newsroom server', () => page.getByRole('button', { name: 'Newsroom…' }).click());
  await dialog('Templates', () => page.getByRole('button', { name: 'Templates' }).click());
  await dialog('New article', () => page.getByRole('button', { name: 'New article' }).click());
  await dialog('Profile', () => page.getByRole('button', { name: 'Profile…' }).click());

  await setProfile(page, 'Rina Editor');
  await importSample(page);
  found.push(...(await visit('library with an article')));
  await selectInBody(page, 'para analis');
  await page.getByRole('button', { name: 'Mark claim' }).click();
  await expect(page.getByLabel('Summary')).toBeFocused();
  found.push(...(await visit('a claim just marked')));
  await selectInBody(page, 'Korea Utara');
  await page.keyboard.press('Control+Alt+C');
  const comment = page.getByRole('dialog', { name: 'New comment' });
  found.push(...(await visit('dialog “New comment”')));
  await comment.getByLabel('Comment', { exact: true }).fill('Sumbernya?');
  await comment.getByRole('button', { name: 'Post comment' }).click();

  for (const tab of ['Checklist', 'Claims', 'Comments', 'Suggestions', 'Outline', 'History'] as SideTabName[]) {
    await sideTab(page, tab);
    found.push(...(await visit(`editor, ${tab} tab`)));
  }
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await selectInBody(page, 'Menurut', true);
  await page.keyboard.type(' senior');
  await sideTab(page, 'Suggestions');
  await expect(page.getByRole('list', { name: 'Pending suggestions' }).getByRole('listitem')).toHaveCount(1);
  found.push(...(await visit('editor while suggesting')));
  await page.getByRole('button', { name: 'Suggesting' }).click();

  await page.keyboard.press('Control+h');
  await page.getByRole('searchbox', { name: 'Find in the article' }).fill('Korea');
  found.push(...(await visit('find and replace')));
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'More actions' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  found.push(...(await visit('More menu')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await expect(page.getByRole('menu', { name: 'Insert' })).toBeVisible();
  found.push(...(await visit('Insert menu')));
  // A table, with the toolbar's Table group showing; then deleted, so the screens after are as before.
  await page.getByRole('menuitem', { name: 'Table' }).click();
  const tableActions = page.getByRole('group', { name: 'Table' });
  await expect(tableActions).toBeVisible();
  found.push(...(await visit('a table in the editor')));
  await tableActions.getByRole('button', { name: 'Delete table' }).click();
  await expect(tableActions).toHaveCount(0);
  // An embed's card, then removed.
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Post or video (embed)' }).click();
  const embed = page.getByRole('group', { name: 'Embedded post or video' });
  await embed.getByLabel('Link to the post or video').fill('https://example.com/not-a-post');
  await expect(embed.getByRole('alert')).toBeVisible();
  found.push(...(await visit('an embed card')));
  await embed.getByRole('button', { name: 'Remove the embed' }).click();
  await expect(embed).toHaveCount(0);
  // A gallery of two empty pictures, then deleted picture by picture (the gallery goes with the last).
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Gallery' }).click();
  const gallery = page.getByRole('group', { name: 'Gallery', exact: true });
  await expect(gallery.getByRole('group', { name: 'Gallery picture' })).toHaveCount(2);
  found.push(...(await visit('a gallery')));
  for (const left of [2, 1]) {
    await gallery.getByRole('group', { name: 'Gallery picture' }).first().getByRole('button', { name: 'Delete slot' }).click();
    await expect(gallery.getByRole('group', { name: 'Gallery picture' })).toHaveCount(left - 1);
  }
  await expect(gallery).toHaveCount(0);
  // A footnote (its reference in the text, its note under "Notes"), then undone.
  await selectInBody(page, 'Menurut', true);
  await page.getByRole('button', { name: 'Insert ▾' }).click();
  await page.getByRole('menuitem', { name: 'Footnote' }).click();
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  found.push(...(await visit('a footnote')));
  await page.keyboard.press('Control+z');
  await expect(notes).toHaveCount(0);

  await dialog('Export', () => page.getByRole('button', { name: 'Export…' }).click());
  await dialog('Publish to a site', async () => {
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Publish to…' }).click();
  });
  await dialog('Publication preview', () => page.getByRole('button', { name: 'Preview', exact: true }).click());
  await sideTab(page, 'Claims');
  await dialog('Fact-check report', () =>
    page
      .getByRole('region', { name: /^Claims/ })
      .getByRole('button', { name: 'Fact-check report' })
      .click(),
  );
  await sideTab(page, 'History');
  const history = page.getByRole('region', { name: /^History/ });
  await dialog('Name this version', () => history.getByRole('button', { name: 'Name this version' }).click());
  await history
    .getByRole('button', { name: /^Compare version \d+ with now$/ })
    .first()
    .click();
  const compare = page.getByRole('dialog', { name: /^Compare version/ });
  await expect(compare.getByText(/added · .* moved/)).toBeVisible();
  found.push(...(await visit('dialog “Compare”')));
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  return found;
}
