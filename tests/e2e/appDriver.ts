// One driver for both targets (as VS Code runs the same smoke tests on Electron and the web):
// a spec gets `app.page`, can open a second page on the same store, and restart the app.
import { _electron, expect, test as base, type Browser, type BrowserContext, type ElectronApplication, type Page } from '@playwright/test';
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
}

/** Requests that left the app's own origin; every web test ends by asserting there were none. */
function watchOffline(context: BrowserContext, appOrigin: string): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
    if (url.origin !== appOrigin) outside.push(request.url());
  });
  return outside;
}

async function webDriver(browser: Browser, dbPath: string, use: (driver: AppDriver) => Promise<void>) {
  const server = await startBrowserMode(dbPath);
  const context = await browser.newContext();
  const outside = watchOffline(context, new URL(server.url).origin);
  const page = await context.newPage();
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
    });
  } finally {
    await context.close();
    await server.stop();
  }
  // Offline and private: nothing the app did reached beyond its own origin (no fonts, no CDN, no telemetry).
  expect(outside, 'requests outside the app origin').toEqual([]);
}

async function electronDriver(executablePath: string, dbPath: string, use: (driver: AppDriver) => Promise<void>) {
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [join(ROOT, 'dist', 'electron', 'main.cjs')],
    env: { ...process.env, REDAKSI_DB: dbPath },
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
          await webDriver(browser, dbPath, use);
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
