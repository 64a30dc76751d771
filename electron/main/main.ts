// Electron's main process: one hardened window kind, the app protocol, the IPC bridge and the menu.
import { app, BrowserWindow, dialog, Menu, session, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { DB_FILE_NAME } from '../node/dataLocation';
import { openStoreHost, type StoreHost } from '../node/storeHost';
import { buildAppMenu } from './appMenu';
import { hardenContents } from './hardenContents';
import { hardenSession } from './sessionPolicy';
import { APP_ENTRY, registerAppScheme, serveRenderer } from './appProtocol';
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

let host: StoreHost | null = null;
let quitBackupDone = false;
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
  // A store that cannot be opened does not stop the app: the window explains and offers backups.
  host = await openStoreHost(dbPath(), {
    context: { mode: 'electron', version },
    storeOptions: { nativeBinding: sqliteBinding() },
    chooseStoreFile: async () => {
      const result = await dialog.showOpenDialog({
        title: 'Open another article store',
        properties: ['openFile'],
        filters: [{ name: 'Redaksi store', extensions: ['db', 'sqlite'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    quit: () => app.quit(),
  });
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  serveRenderer(join(DIST, 'renderer'), (id) => host?.assetFile(id) ?? null);
  registerIpc(host.dispatch, (sender) => {
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
// The quit backup is asynchronous: hold the quit until it is written and the store closed.
app.on('will-quit', (event) => {
  if (quitBackupDone || !host) return;
  event.preventDefault();
  void host.close().finally(() => {
    quitBackupDone = true;
    app.quit();
  });
});
