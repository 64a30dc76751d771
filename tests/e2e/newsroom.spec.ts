// Two desks on two machines: each runs its own Redaksi (browser mode, its own article store) synced
// through the newsroom server (`redaksi server`, its own process), all on loopback.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode, type BrowserModeServer } from '../fixtures/browserMode';
import { addUser, startNewsroom, type NewsroomProcess } from '../fixtures/newsroomServer';
import { headerRows, openSpellingMenu, selectInBody, setProfile, sideTab, underlined } from './steps';

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const saveState = (page: Page) => page.getByRole('status').first();
const newsroomState = (page: Page) => page.getByRole('status').filter({ hasText: /^(Newsroom|Server redaksi):/ });
const claimsPanel = (page: Page) => page.getByRole('region', { name: 'Claims', exact: true });

interface Desk {
  app: BrowserModeServer;
  page: Page;
  /** Requests the page made outside its own app (there must be none: the server is the main side's business). */
  outside: string[];
}

async function openDesk(browser: Browser, dbPath: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Desk> {
  const app = await startBrowserMode(dbPath, { args, env });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const outside: string[] = [];
  const origin = new URL(app.url).origin;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) outside.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(app.url);
  return { app, page, outside };
}

test.describe('newsroom server', () => {
  let dir: string;
  let newsroom: NewsroomProcess;
  const desks: Desk[] = [];

  test.beforeEach(async () => {
    test.skip(test.info().project.name === 'electron', 'two desks are two browser-mode apps; the Electron project has no browser');
    // Up to three apps and a server on a 2-core machine: starting and stopping them all takes a while.
    test.setTimeout(180_000);
    dir = mkdtempSync(join(tmpdir(), 'redaksi-newsroom-e2e-'));
  });

  test.afterEach(async () => {
    for (const desk of desks.splice(0)) {
      await desk.page.context().close();
      await desk.app.stop();
    }
    await newsroom?.stop();
    // Skipped (the Electron project): nothing was made.
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('an editor types on one desk, the fact-checker on another sees it, adds to it and rates a claim; a viewer only reads', async ({
    browser,
  }) => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const budi = addUser(serverDb, 'Budi', 'fact-checker');
    const vera = addUser(serverDb, 'Vera', 'viewer');
    newsroom = await startNewsroom(serverDb);
    // One desk gives its token on the command line, the other through the environment.
    const first = await openDesk(browser, join(dir, 'ana.db'), ['--server', newsroom.url, '--token', ana]);
    const second = await openDesk(browser, join(dir, 'budi.db'), ['--server', newsroom.url], {
      ...process.env,
      REDAKSI_SERVER_TOKEN: budi,
    });
    desks.push(first, second);
    const a = first.page;
    const b = second.page;

    await a.getByRole('button', { name: 'New article' }).click();
    await a.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
    await a.getByLabel('Headline').fill('Harga beras di Jakarta');
    await body(a).click();
    await a.keyboard.type('Harga beras naik 12 persen bulan ini, kata BPS.');
    await expect(saveState(a)).toHaveText('Saved');
    await expect(newsroomState(a)).toHaveText('Newsroom: synced');

    // The other desk finds it on the server and brings it down.
    const shared = b.getByRole('list', { name: 'Newsroom articles' }).getByRole('button', { name: /Harga beras di Jakarta/ });
    await expect(async () => {
      await b.getByRole('button', { name: 'Refresh the newsroom list' }).click();
      await expect(shared).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await shared.click();
    await expect(b.getByLabel('Headline')).toHaveValue('Harga beras di Jakarta');
    await expect(body(b)).toHaveText('Harga beras naik 12 persen bulan ini, kata BPS.');
    await expect(newsroomState(b)).toHaveText('Newsroom: synced');
    // Now it is in this desk's own library (kept for offline work), and no longer listed as remote.
    await expect(b.getByRole('list', { name: 'Articles', exact: true })).toContainText('Harga beras di Jakarta');
    await expect(b.getByRole('list', { name: 'Newsroom articles' })).not.toContainText('Harga beras di Jakarta');

    // Both type; both see one text.
    await selectInBody(b, 'kata BPS.', true);
    await b.keyboard.type(' Data Februari 2025.', { delay: 10 });
    await expect(body(a)).toHaveText('Harga beras naik 12 persen bulan ini, kata BPS. Data Februari 2025.');

    // The fact-checker marks and rates a claim; the editor's desk has the record and the verdict.
    await selectInBody(b, 'naik 12 persen');
    await b.getByRole('button', { name: 'Mark claim' }).click();
    await expect(body(a).locator('.claim-mark')).toHaveText('naik 12 persen');
    // The new record opens by itself in the Claims tab.
    await expect(claimsPanel(b).getByRole('button', { name: /naik 12 persen/ })).toHaveAttribute('aria-expanded', 'true');
    await claimsPanel(b).getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'True' });
    await sideTab(b, 'Claims');
    await expect(claimsPanel(b).getByText('1 of 1 checked')).toBeVisible();
    await sideTab(a, 'Claims');
    await expect(claimsPanel(a).getByText('1 of 1 checked')).toBeVisible();
    await expect(newsroomState(b)).toHaveText('Newsroom: synced');

    // The fact-checker moves it along, but may not mark it ready: only the desk may.
    await b.getByRole('button', { name: 'Send to review' }).click();
    await b.getByRole('button', { name: 'Send to fact-check' }).click();
    await expect(a.getByRole('group', { name: 'Workflow status' })).toContainText('Status: Fact-check');
    await b.getByRole('button', { name: 'Mark ready' }).click();
    await expect(b.getByRole('alert').filter({ hasText: 'Only the desk may mark an article Ready' })).toBeVisible();
    await expect(b.getByRole('group', { name: 'Workflow status' })).toContainText('Status: Fact-check');
    await expect(a.getByRole('group', { name: 'Workflow status' })).toContainText('Status: Fact-check');
    // The other desk's status change is a version in this desk's history too.
    await sideTab(a, 'History');
    await expect(a.getByRole('region', { name: 'History' }).getByRole('list', { name: 'Versions' })).toContainText('Status: Fact-check');
    await b.screenshot({ path: 'tests/screenshots/newsroom-second-desk-1280.png' });
    await b.setViewportSize({ width: 1024, height: 720 });
    await b.screenshot({ path: 'tests/screenshots/newsroom-second-desk-1024.png' });

    // A viewer's desk brings it down to read: the body is read-only and says why.
    const third = await openDesk(browser, join(dir, 'vera.db'), ['--server', newsroom.url, '--token', vera]);
    desks.push(third);
    const v = third.page;
    const forViewer = v.getByRole('list', { name: 'Newsroom articles' }).getByRole('button', { name: /Harga beras di Jakarta/ });
    await expect(forViewer).toBeVisible();
    await forViewer.click();
    await expect(body(v)).toContainText('Data Februari 2025.');
    await expect(v.getByText('Read-only (viewer account)')).toBeVisible();
    await expect(body(v)).toHaveAttribute('contenteditable', 'false');
    // Comments too are read-only there: the server would refuse a viewer's writes.
    await sideTab(v, 'Comments');
    await expect(v.getByRole('region', { name: 'Comments' })).toContainText('A viewer reads comments but does not write them.');
    await sideTab(v, 'Comments');
    await expect(v.getByRole('region', { name: 'Comments' }).getByRole('button', { name: 'Resolve' })).toHaveCount(0);

    // The pages themselves spoke only to their own app.
    expect(first.outside).toEqual([]);
    expect(second.outside).toEqual([]);
    expect(third.outside).toEqual([]);
  });

  test('two people review through the server: the fact-checker suggests and comments; the editor accepts one suggestion, rejects another and resolves the comment; both end with the same text', async ({
    browser,
  }) => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const budi = addUser(serverDb, 'Budi', 'fact-checker');
    newsroom = await startNewsroom(serverDb);
    const first = await openDesk(browser, join(dir, 'ana.db'), ['--server', newsroom.url, '--token', ana]);
    const second = await openDesk(browser, join(dir, 'budi.db'), ['--server', newsroom.url, '--token', budi]);
    desks.push(first, second);
    const a = first.page;
    const b = second.page;
    await setProfile(a, 'Ana Editor');
    await setProfile(b, 'Budi Checker');
    await a.getByRole('button', { name: 'New article' }).click();
    await a.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
    await a.getByLabel('Headline').fill('Banjir rob Pekalongan');
    await body(a).click();
    await a.keyboard.type('Sekitar 3.000 warga mengungsi, kata BPBD.');
    await expect(newsroomState(a)).toHaveText('Newsroom: synced');
    const shared = b.getByRole('list', { name: 'Newsroom articles' }).getByRole('button', { name: /Banjir rob Pekalongan/ });
    await expect(async () => {
      await b.getByRole('button', { name: 'Refresh the newsroom list' }).click();
      await expect(shared).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await shared.click();
    await expect(body(b)).toHaveText('Sekitar 3.000 warga mengungsi, kata BPBD.');

    // The fact-checker's desk starts in suggestion mode: a replacement and an addition, as suggestions.
    await expect(b.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'true');
    await expect(a.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'false');
    await selectInBody(b, 'Sekitar');
    await b.keyboard.type('Lebih dari');
    await selectInBody(b, 'BPBD', true);
    await b.keyboard.type(' Pekalongan');
    await expect(body(b)).toHaveText('SekitarLebih dari 3.000 warga mengungsi, kata BPBD Pekalongan.');
    // And a formatting change, kept on the words' state: it reaches the other desk like the words do.
    await selectInBody(b, 'mengungsi');
    await b.keyboard.press('Control+b');
    await expect(body(a).locator('[data-suggest-format]')).toHaveText('mengungsi');
    await sideTab(a, 'Suggestions');
    await a
      .getByRole('region', { name: 'Suggestions (3)' })
      .getByRole('article', { name: 'Suggestion by Budi Checker: Format “mengungsi”: bold added' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await expect(body(b).locator('strong')).toHaveText('mengungsi');
    await expect(body(b).locator('[data-suggest-format]')).toHaveCount(0);
    // The editor sees both, in the fact-checker's colour, and accepts one and rejects the other.
    await sideTab(a, 'Suggestions');
    await expect(a.getByRole('region', { name: 'Suggestions (2)' })).toBeVisible();
    // The count in the panel's name changes as they are decided: the panel itself is found by its title.
    await sideTab(a, 'Suggestions');
    const suggestions = a.getByRole('region', { name: /^Suggestions/ });
    await expect(body(a).locator('.suggest-delete')).toHaveText('Sekitar');
    await suggestions
      .getByRole('article', { name: 'Suggestion by Budi Checker: Replace “Sekitar” with “Lebih dari”' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await suggestions
      .getByRole('article', { name: 'Suggestion by Budi Checker: Add “Pekalongan”' })
      .getByRole('button', { name: 'Reject' })
      .click();
    await expect(body(a)).toHaveText('Lebih dari 3.000 warga mengungsi, kata BPBD.');
    await expect(body(b)).toHaveText('Lebih dari 3.000 warga mengungsi, kata BPBD.');
    await sideTab(b, 'Suggestions');
    await expect(b.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();
    // A new headline suggested on the fact-checker's desk: the editor sees it under her field and accepts it.
    await b.getByRole('textbox', { name: 'Headline', exact: true }).fill('Banjir rob rendam Pekalongan');
    const headlineNote = a.getByRole('group', { name: 'Budi Checker’s suggested headline' });
    await expect(headlineNote).toContainText('Budi Checker suggests: “Banjir rob rendam Pekalongan”');
    await expect(a.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Banjir rob Pekalongan');
    await headlineNote.getByRole('button', { name: 'Accept' }).click();
    await expect(b.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Banjir rob rendam Pekalongan');
    await expect(b.getByRole('textbox', { name: 'Headline', exact: true })).not.toHaveClass(/holds-suggestion/);
    await sideTab(b, 'Suggestions');
    await expect(b.getByRole('region', { name: 'Suggestions (0)' })).toBeVisible();

    // The fact-checker comments on the number, mentioning the editor (known: her cursor is on the article).
    await body(a).click();
    await selectInBody(b, 'Lebih dari 3.000 warga');
    await b.getByRole('button', { name: 'Comment', exact: true }).click();
    const dialog = b.getByRole('dialog', { name: 'New comment' });
    await dialog.getByLabel('Comment', { exact: true }).fill('Angka ini dari mana? ');
    await expect(dialog.getByRole('combobox', { name: 'Mention someone in the comment' })).toContainText('Ana Editor');
    await dialog.getByRole('combobox', { name: 'Mention someone in the comment' }).selectOption('Ana Editor');
    await dialog.getByRole('button', { name: 'Post comment' }).click();

    // The editor's desk has the thread on the same words; she replies and resolves it.
    await expect(body(a).locator('.comment-mark')).toHaveText('Lebih dari 3.000 warga');
    await sideTab(a, 'Comments');
    const threadA = a.getByRole('region', { name: 'Comments' }).getByRole('article', { name: 'Comment on “Lebih dari 3.000 warga”' });
    await expect(threadA.locator('.mention')).toHaveText('@Ana Editor');
    await sideTab(a, 'Comments');
    await expect(a.getByRole('region', { name: 'Comments' }).getByRole('radio', { name: 'Mine (1)' })).toBeVisible();
    await threadA.getByRole('textbox', { name: 'Reply' }).fill('Dari rilis BPBD pagi ini.');
    await threadA.getByRole('button', { name: 'Reply' }).click();
    await threadA.getByRole('button', { name: 'Resolve' }).click();

    await sideTab(b, 'Comments');
    const comments = b.getByRole('region', { name: 'Comments' });
    await expect(comments.getByRole('radio', { name: 'Resolved (1)' })).toBeVisible();
    await comments.getByRole('radio', { name: 'Resolved (1)' }).check();
    const threadB = comments.getByRole('article', { name: 'Comment on “Lebih dari 3.000 warga”' });
    await expect(threadB).toContainText('Dari rilis BPBD pagi ini.');
    await expect(threadB).toContainText('Resolved by Ana Editor');
    await expect(body(b)).toHaveText(await body(a).innerText());
    await expect(newsroomState(b)).toHaveText('Newsroom: synced');
    expect(first.outside).toEqual([]);
    expect(second.outside).toEqual([]);
  });

  test('a word added to the newsroom’s dictionary on one desk is not underlined on another', async ({ browser }) => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    const budi = addUser(serverDb, 'Budi', 'fact-checker');
    newsroom = await startNewsroom(serverDb);
    const first = await openDesk(browser, join(dir, 'ana.db'), ['--server', newsroom.url, '--token', ana]);
    const second = await openDesk(browser, join(dir, 'budi.db'), ['--server', newsroom.url, '--token', budi]);
    desks.push(first, second);
    const newDraft = async (page: Page, words: string) => {
      await page.getByRole('button', { name: 'New article' }).click();
      await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
      await page.getByLabel('Headline').fill('Pasukan di Kursk');
      await body(page).click();
      await page.keyboard.type(words);
    };

    const a = first.page;
    await newDraft(a, 'Pasukan tiba di Kursk kemarin.');
    await expect.poll(() => underlined(a), { timeout: 15_000 }).toEqual(['Kursk']);
    // With the newsroom's state in it, the article's header is still one row.
    await expect(newsroomState(a)).toHaveText('Newsroom: synced');
    for (const width of [1024, 1280]) {
      await a.setViewportSize({ width, height: 860 });
      await expect.poll(() => headerRows(a), { message: `${width} wide` }).toBe(1);
    }
    const menu = await openSpellingMenu(a, 'Kursk');
    await expect(menu.getByRole('menuitem', { name: 'Add to dictionary', exact: true })).toBeVisible();
    await a.screenshot({ path: 'tests/screenshots/newsroom-dictionary-1280.png' });
    await menu.getByRole('menuitem', { name: 'Add to newsroom dictionary' }).click();
    await expect.poll(() => underlined(a)).toEqual([]);

    // The other desk (its own person, its own browser storage) knows it too; a misspelling is still caught.
    const b = second.page;
    await newDraft(b, 'Pasukan dari Kursk kembli.');
    await expect.poll(() => underlined(b), { timeout: 15_000 }).toEqual(['kembli']);
    // In Bahasa Indonesia too, the header is one row.
    await b.getByRole('button', { name: 'Settings…' }).click();
    await b.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Bahasa Indonesia' }).check();
    await b.getByRole('dialog', { name: 'Pengaturan' }).getByRole('button', { name: 'Tutup' }).click();
    await expect(newsroomState(b)).toHaveText('Server redaksi: tersinkron');
    for (const width of [1280, 1024]) {
      await b.setViewportSize({ width, height: 860 });
      await expect.poll(() => headerRows(b), { message: `Indonesian, ${width} wide` }).toBe(1);
    }
    await b.screenshot({ path: 'tests/screenshots/newsroom-header-id-1024.png' });
    expect(first.outside).toEqual([]);
    expect(second.outside).toEqual([]);
  });

  test('Settings connects a desk to the newsroom server, keeps it across a restart, and disconnects it', async ({ browser }) => {
    const serverDb = join(dir, 'newsroom.db');
    const ana = addUser(serverDb, 'Ana', 'editor');
    newsroom = await startNewsroom(serverDb);
    const dbPath = join(dir, 'ana.db');
    let desk = await openDesk(browser, dbPath, []);
    desks.push(desk);
    let page = desk.page;
    // Alone: no newsroom anywhere, and an article open before connecting.
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('dialog', { name: 'New article' }).getByRole('button', { name: 'Create article' }).click();
    await page.getByLabel('Headline').fill('Sebelum tersambung');
    await body(page).click();
    await page.keyboard.type('Teks lokal.');
    await expect(saveState(page)).toHaveText('Saved');
    await expect(newsroomState(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'On the newsroom server' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Newsroom…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Newsroom server' });
    await expect(dialog.getByRole('status')).toContainText('Not connected');
    await dialog.getByLabel('Server address').fill(newsroom.url);
    await dialog.getByLabel('Access token').fill(ana);
    await page.screenshot({ path: 'tests/screenshots/newsroom-settings-1280.png' });
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog).toHaveCount(0);
    // The open article is linked at once, and the library shows the server's section.
    await expect(newsroomState(page)).toHaveText('Newsroom: synced');
    await expect(page.getByRole('heading', { name: 'On the newsroom server' })).toBeVisible();
    // Each library row says how its article stands with the server.
    const row = page.getByRole('list', { name: 'Articles', exact: true }).getByRole('button', { name: /Sebelum tersambung/ });
    await expect(row.getByText('Synced')).toBeVisible({ timeout: 15_000 });

    // The server goes away; the desk keeps writing; the row says its changes wait, until the server is back.
    const port = newsroom.port;
    await newsroom.stop();
    await expect(newsroomState(page)).toContainText('offline');
    await body(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ditulis tanpa jaringan.');
    await expect(saveState(page)).toHaveText('Saved');
    await expect(row.getByText('Changes waiting')).toBeVisible({ timeout: 15_000 });
    await page.screenshot({ path: 'tests/screenshots/newsroom-library-waiting-1280.png' });
    await page.setViewportSize({ width: 1024, height: 720 });
    await page.screenshot({ path: 'tests/screenshots/newsroom-library-waiting-1024.png' });
    await page.setViewportSize({ width: 1280, height: 860 });
    newsroom = await startNewsroom(serverDb, port);
    await expect(newsroomState(page)).toHaveText('Newsroom: synced', { timeout: 20_000 });
    await expect(row.getByText('Synced')).toBeVisible({ timeout: 15_000 });

    // Kept across a restart (in this store's settings, in browser mode), and the token is never shown again.
    await desk.page.context().close();
    await desk.app.stop();
    desks.splice(desks.indexOf(desk), 1);
    desk = await openDesk(browser, dbPath, []);
    desks.push(desk);
    page = desk.page;
    await page.getByRole('button', { name: 'Newsroom…' }).click();
    await expect(page.getByRole('dialog', { name: 'Newsroom server' }).getByRole('status')).toContainText(
      `Connected to ${newsroom.url} as Ana (editor)`,
    );
    await expect(page.getByRole('dialog', { name: 'Newsroom server' }).getByLabel('Access token')).toHaveValue('');
    await page.setViewportSize({ width: 1024, height: 720 });
    await page.screenshot({ path: 'tests/screenshots/newsroom-settings-1024.png' });
    await page.getByRole('dialog', { name: 'Newsroom server' }).getByRole('button', { name: 'Disconnect' }).click();
    await expect(page.getByRole('heading', { name: 'On the newsroom server' })).toHaveCount(0);
    expect(desk.outside).toEqual([]);
  });
});
