// One driver for both targets (as VS Code runs the same smoke tests on Electron and the web):
// a spec gets `app.page`, can open a second page on the same store, and restart the app.
import {
  _electron,
  expect,
  test as base,
  type Browser,
  type BrowserContext,
  type ElectronApplication,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../electron/devtools/electronBinary';
import { startBrowserMode } from '../fixtures/browserMode';

const ROOT = join(__dirname, '..', '..');

export interface AppDriver {
  page: Page;
  dbPath: string;
  /** Another window/tab on the same article store. */
  openSecondPage(): Promise<Page>;
  /**
   * Another browser profile (its own storage) on the same app; Electron: another window. `locale`:
   * the system language that profile reports (browser mode only).
   */
  openSecondContext(options?: { locale?: string }): Promise<Page>;
  /** Browser mode: stops the server for `whileDown`, then starts it again on the same address and token. */
  restartServer?(whileDown: () => Promise<void>): Promise<void>;
}

/** Requests that left the app's own origin; every web test ends by asserting there were none. */
function watchOffline(context: BrowserContext, appOrigin: string, outside: string[] = []): string[] {
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.origin !== appOrigin) outside.push(request.url());
  });
  return outside;
}

/** What the page logged as an error, or threw: printed with a failure (CI keeps no trace files). */
function watchErrors(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') into.push(`[console.${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => into.push(`[pageerror] ${error.stack ?? error.message}`));
  page.on('crash', () => into.push('[crash] the page crashed'));
}

/** A failed test prints what the page showed, what it logged and what the server printed. */
async function reportFailure(testInfo: TestInfo, page: Page, pageErrors: string[], serverOutput: string): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  const snapshot = await page
    .locator('body')
    .ariaSnapshot({ timeout: 2_000 })
    .catch((error: Error) => `(no snapshot: ${error.message})`);
  // Hidden from assistive technology (a modal's backdrop, say): the page's text instead.
  const shown = snapshot.trim()
    ? snapshot
    : await page.evaluate(() => document.body.innerText.slice(0, 3_000)).catch((error: Error) => `(no text: ${error.message})`);
  console.error(
    [
      `--- ${testInfo.title}: what the page showed ---`,
      shown,
      '--- what the page logged ---',
      ...pageErrors.slice(-40),
      '--- what the server printed (last 4,000 characters) ---',
      serverOutput.slice(-4_000),
    ].join('\n'),
  );
}

async function webDriver(browser: Browser, dbPath: string, testInfo: TestInfo, use: (driver: AppDriver) => Promise<void>) {
  const token = randomBytes(24).toString('base64url');
  const env = { ...process.env, REDAKSI_BROWSER_TOKEN: token };
  let server = await startBrowserMode(dbPath, { env });
  const port = new URL(server.url).port;
  // The tests find controls by their English names: the system language is English unless a test says otherwise.
  const context = await browser.newContext({ locale: 'en-US' });
  const contexts = [context];
  const outside = watchOffline(context, new URL(server.url).origin);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  watchErrors(page, pageErrors);
  await page.goto(server.url);
  try {
    await use({
      page,
      dbPath,
      async openSecondPage() {
        const second = await context.newPage();
        await second.goto(server.url);
        return second;
      },
      async openSecondContext(options = {}) {
        const other = await browser.newContext({ locale: options.locale ?? 'en-US' });
        contexts.push(other);
        watchOffline(other, new URL(server.url).origin, outside);
        const page = await other.newPage();
        await page.goto(server.url);
        return page;
      },
      async restartServer(whileDown) {
        await server.stop();
        await whileDown();
        server = await startBrowserMode(dbPath, { env, args: ['--port', port] });
      },
    });
  } finally {
    await reportFailure(testInfo, page, pageErrors, server.output());
    for (const open of contexts) await open.close();
    await server.stop();
  }
  // Offline and private: nothing the app did reached beyond its own origin (no fonts, no CDN, no telemetry).
  expect(outside, 'requests outside the app origin').toEqual([]);
}

async function electronDriver(executablePath: string, dbPath: string, use: (driver: AppDriver) => Promise<void>) {
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [join(ROOT, 'dist', 'electron', 'main.cjs')],
    // English, as the tests name controls, whatever this machine's language.
    env: { ...process.env, REDAKSI_DB: dbPath, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
  });
  try {
    const page = await app.firstWindow();
    await use({
      page,
      dbPath,
      async openSecondPage() {
        const next = app.waitForEvent('window');
        await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-window')?.click());
        return next;
      },
      async openSecondContext() {
        const next = app.waitForEvent('window');
        await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-window')?.click());
        return next;
      },
    });
  } finally {
    await app.close();
  }
}

/** Wrapped in an object: Playwright would take a bare function for a fixture definition. */
export interface StoreSetup {
  prepare(dbPath: string): void | Promise<void>;
}

export const test = base.extend<{ app: AppDriver; storeSetup: StoreSetup | null }>({
  /** Prepares the store file before the app starts (a damaged store, say). */
  storeSetup: [null, { option: true }],
  // Not the `browser` fixture: the electron project must not launch a browser at all.
  app: async ({ playwright, launchOptions, storeSetup }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-e2e-'));
    const dbPath = join(dir, 'redaksi.db');
    try {
      await storeSetup?.prepare(dbPath);
      if (testInfo.project.name === 'electron') {
        const binary = findElectronBinary();
        testInfo.skip(
          binary === null,
          'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1); the same specs ran in browser mode',
        );
        await electronDriver(binary!, dbPath, use);
      } else {
        const browser = await playwright.chromium.launch(launchOptions);
        try {
          await webDriver(browser, dbPath, testInfo, use);
        } finally {
          await browser.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
