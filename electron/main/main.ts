// Electron's main process: one hardened window kind, the app protocol, the IPC bridge and the menu.
import { app, BrowserWindow, Menu, session, shell, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { DB_FILE_NAME } from '../node/dataLocation';
import { isAllowedExternalUrl } from '../node/externalLinks';
import { openService, type OpenedService } from '../node/openService';
import { buildAppMenu } from './appMenu';
import { APP_ENTRY, APP_ORIGIN, registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpc } from './ipcBridge';
import { secureWebPreferences } from './webPreferences';
import { loadWindowState, trackWindowState } from './windowState';
import { APP_COMMAND_EVENT } from '../../shared/contract/channels';

const DIST = join(__dirname, '..');
/** How long a closing window waits for the renderer to flush before closing anyway. */
const CLOSE_FLUSH_TIMEOUT_MS = 5000;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(start);
}

let service: OpenedService | null = null;
const readyToClose = new WeakSet<WebContents>();

function dbPath(): string {
  const { values } = parseArgs({ args: process.argv.slice(app.isPackaged ? 1 : 2), options: { db: { type: 'string' } }, strict: false });
  const flag = typeof values.db === 'string' ? values.db : undefined;
  return flag || process.env.REDAKSI_DB || join(app.getPath('userData'), DB_FILE_NAME);
}

/** better-sqlite3 compiled for Electron's ABI, kept apart from the Node build that tests and the CLI use. */
function sqliteBinding(): string | undefined {
  const candidates = [
    process.env.REDAKSI_SQLITE_BINDING,
    join(process.resourcesPath, 'native', 'better_sqlite3.node'),
    join(DIST, '..', 'build', 'electron-native', 'better_sqlite3.node'),
  ];
  return candidates.find((file): file is string => typeof file === 'string' && existsSync(file));
}

function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

function hardenContents(contents: WebContents): void {
  // The page never navigates away from the app; links open outside it (setWindowOpenHandler).
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile);
  const window = new BrowserWindow({
    ...state,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Redaksi',
    backgroundColor: '#fbfaf7',
    webPreferences: secureWebPreferences(join(DIST, 'preload', 'preload.cjs')),
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => window.show());
  // Closing: let the renderer write what is unsaved first.
  window.on('close', (event) => {
    const contents = window.webContents;
    if (readyToClose.has(contents) || contents.isCrashed()) return;
    event.preventDefault();
    contents.send(APP_COMMAND_EVENT, 'prepare-close');
    setTimeout(() => {
      readyToClose.add(contents);
      if (!window.isDestroyed()) window.close();
    }, CLOSE_FLUSH_TIMEOUT_MS);
  });
  void window.loadURL(APP_ENTRY);
  return window;
}

async function start(): Promise<void> {
  const path = dbPath();
  try {
    service = openService(path, { mode: 'electron', version }, { nativeBinding: sqliteBinding() });
  } catch (error) {
    const { dialog } = await import('electron');
    dialog.showErrorBox('Redaksi cannot open its article store', `${(error as Error).message}\n\nThe file was not changed.`);
    app.exit(1);
    return;
  }
  // Every permission is denied (camera, microphone, notifications, geolocation, reading the clipboard …)
  // except writing plain text to the clipboard, which "Copy HTML fragment" needs.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  serveRenderer(join(DIST, 'renderer'), (id) => service?.assets.file(id) ?? null);
  registerIpc(service.dispatch, (sender) => {
    readyToClose.add(sender);
    BrowserWindow.fromWebContents(sender)?.close();
  });
  Menu.setApplicationMenu(buildAppMenu(createWindow));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => service?.close());
