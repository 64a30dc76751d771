// Steps several specs take the same way a writer would.
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';

/** New article from the Explainer template, with a headline. */
export async function newExplainer(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  const dialog = page.getByRole('dialog', { name: 'New article' });
  await dialog.getByRole('radio', { name: /^Explainer/ }).check();
  await dialog.getByRole('button', { name: 'Create article' }).click();
  await page.getByLabel('Headline').fill(headline);
}

/** The names a step finds controls by: the interface's English, or another language's. */
export interface UiNames {
  importInput: string;
  body: string;
}
const ENGLISH: UiNames = { importInput: 'Import a draft (text, HTML, Markdown, Word, or a zip with its pictures)', body: 'Article body' };

/** Selects `phrase` in the article body (or, with `caret`, puts the caret right after it), as the keyboard would. */
export async function selectInBody(page: Page, phrase: string, caret = false, names: UiNames = ENGLISH): Promise<void> {
  await page.getByRole('textbox', { name: names.body }).evaluate(
    (root, [wanted, collapse]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.indexOf(wanted);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, collapse ? index + wanted.length : index);
        range.setEnd(node, index + wanted.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" not found`);
    },
    [phrase, caret] as const,
  );
  await page.waitForTimeout(50);
}

/** Profile…: the person at this desk, who signs comments, versions and sign-offs. */
export async function setProfile(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Profile…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profile' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Save profile' }).click();
}

/** Imports the first real article (the sample explainer) from the library. */
export async function importSample(page: Page, names: UiNames = ENGLISH): Promise<void> {
  await page.getByLabel(names.importInput).setInputFiles(join(__dirname, '..', 'fixtures', 'explainer-id.txt'));
  await expect(page.getByRole('textbox', { name: names.body })).toContainText('Menurut para analis');
}

/** Puts a generated 1600×900 JPEG (made in the test's output folder) into the hero slot; returns the slot and the file. */
export async function chooseHeroImage(page: Page, outputPath: (name: string) => string): Promise<{ hero: Locator; file: string }> {
  const file = outputPath('hero.jpg');
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 40, g: 90, b: 140 } } })
    .jpeg()
    .toFile(file);
  const hero = page.getByRole('group', { name: 'Hero image' });
  await hero.getByLabel('Choose hero image').setInputFiles(file);
  await expect(hero.getByRole('img')).toBeVisible();
  return { hero, file };
}

export type SideTabName = 'Checklist' | 'Claims' | 'Comments' | 'Suggestions' | 'Outline' | 'History';

/** Chooses one of the side panel's tabs (its name starts the tab's; a count may follow). */
export async function sideTab(page: Page, tab: SideTabName): Promise<void> {
  const button = page.getByRole('tab', { name: new RegExp(`^${tab}\\b`) });
  if ((await button.getAttribute('aria-selected')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-selected', 'true');
}

/** The words the spelling highlight underlines, in order. */
export const underlined = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...(CSS.highlights.get('spelling') ?? [])].map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return range.toString();
    }),
  );

/** The middle of the first word underlined in the body, where it is painted now. */
export async function firstUnderlinedWordAt(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const painted = [...(CSS.highlights.get('spelling') ?? [])][0]!;
    const range = document.createRange();
    range.setStart(painted.startContainer, painted.startOffset);
    range.setEnd(painted.endContainer, painted.endOffset);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

/** Right-clicks the first underlined word: its spelling menu. */
export async function openSpellingMenu(page: Page, word: string): Promise<Locator> {
  const menu = page.getByRole('menu', { name: `Spelling of “${word}”` });
  // Where the word is painted now: after a resize the library may still be coming back and move the text.
  await expect(async () => {
    const box = await firstUnderlinedWordAt(page);
    await page.mouse.click(box.x, box.y, { button: 'right' });
    await expect(menu).toBeVisible({ timeout: 2000 });
  }).toPass();
  return menu;
}

/** How many rows the article's header takes (its buttons, status, save and newsroom states). */
export async function headerRows(page: Page): Promise<number> {
  return page.locator('.editor-header-row').evaluate((row) => {
    const tops = [...row.querySelectorAll('button, .status-badge, .save-state, .newsroom-state')]
      .map((el) => el.getBoundingClientRect())
      .filter((rect) => rect.width > 1)
      .map((rect) => Math.round(rect.top + rect.height / 2));
    return new Set(tops.map((top) => Math.round(top / 8))).size;
  });
}
