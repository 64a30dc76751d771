// Electron's main process: one hardened window kind, the app protocol, the IPC bridge and the menu.
import { app, BrowserWindow, dialog, Menu, nativeTheme, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { createService, type Service } from '../service/createService';
import { DB_FILE_NAME } from '../service/dataLocation';
import { newsroomConfigFrom } from '../service/newsroomLink';
import { safeStorageBox, safeStorageSecrets } from './newsroomSecrets';
import { buildAppMenu } from './appMenu';
import { hardenContents } from './hardenContents';
import { hardenSession } from './sessionPolicy';
import { APP_ENTRY, registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpc } from './ipcBridge';
import { registerLivePorts } from './livePorts';
import { secureWebPreferences } from './webPreferences';
import { sqliteBinding } from './sqliteBinding';
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

let service: Service | null = null;
let quitBackupDone = false;
const readyToClose = new WeakSet<WebContents>();

function args() {
  return parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { db: { type: 'string' }, server: { type: 'string' }, token: { type: 'string' } },
    strict: false,
  }).values;
}

function dbPath(): string {
  const values = args();
  const flag = typeof values.db === 'string' ? values.db : undefined;
  return flag || process.env.REDAKSI_DB || join(app.getPath('userData'), DB_FILE_NAME);
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
    // The page's paper before it paints (the system's light or dark; Settings… may differ, a moment later).
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1c1f' : '#fbfaf7',
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
  service = await createService(dbPath(), {
    mode: 'electron',
    version,
    rollingBackups: true,
    newsroom: newsroomConfigFrom(args().server, args().token),
    useSavedNewsroom: true,
    newsroomSecrets: safeStorageSecrets(join(app.getPath('userData'), 'newsroom.secret'), console.error),
    secretBox: safeStorageBox(),
    storeOptions: { nativeBinding: sqliteBinding(app.isPackaged, process.env, process.resourcesPath, join(DIST, '..')) },
    chooseStoreFile: async () => {
      const result = await dialog.showOpenDialog({
        title: 'Open another article store',
        properties: ['openFile'],
        filters: [{ name: 'Redaksi store', extensions: ['db', 'sqlite'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseExportFile: async (suggestedName) => {
      const result = await dialog.showSaveDialog({
        title: 'Save the export',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    quit: () => app.quit(),
  });
  const state = service.status();
  if (state.state === 'unavailable') console.error(`[redaksi] ${state.message}`);
  const running = service;
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  serveRenderer(join(DIST, 'renderer'), (id) => running.assetFile(id));
  registerIpc(running.dispatch, {
    onCloseReady: (sender) => {
      readyToClose.add(sender);
      BrowserWindow.fromWebContents(sender)?.close();
    },
    onInterfaceLanguage: (language) => Menu.setApplicationMenu(buildAppMenu(createWindow, language)),
  });
  registerLivePorts((articleId, peer) => running.connectLive(articleId, peer));
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
  if (quitBackupDone || !service) return;
  event.preventDefault();
  void service.close().finally(() => {
    quitBackupDone = true;
    app.quit();
  });
});
