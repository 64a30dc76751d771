// One driver for both targets (as VS Code runs the same smoke tests on Electron and the web):
// a spec gets `app.page`, can open a second page on the same store, and restart the app.
import { _electron, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../electron/node/electronBinary';

const ROOT = join(__dirname, '..', '..');

export interface AppDriver {
  page: Page;
  dbPath: string;
  /** Another window/tab on the same article store. */
  openSecondPage(): Promise<Page>;
}

interface BrowserModeServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startBrowserMode(dbPath: string): Promise<BrowserModeServer> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'node', 'start.cjs'), '--browser', '--db', dbPath], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)));
  });
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }),
  };
}

async function webDriver(browser: Browser, dbPath: string, use: (driver: AppDriver) => Promise<void>) {
  const server = await startBrowserMode(dbPath);
  const context = await browser.newContext();
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

export const test = base.extend<{ app: AppDriver }>({
  // Not the `browser` fixture: the electron project must not launch a browser at all.
  app: async ({ playwright, launchOptions }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-e2e-'));
    const dbPath = join(dir, 'redaksi.db');
    try {
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
