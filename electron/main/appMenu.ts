// The application menu: standard edit roles plus the app's commands, sent to the focused window.
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_COMMAND_EVENT, type AppCommand } from '../../shared/contract/channels';

function send(command: AppCommand) {
  BrowserWindow.getFocusedWindow()?.webContents.send(APP_COMMAND_EVENT, command);
}

export function buildAppMenu(newWindow: () => void): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Article', accelerator: 'CmdOrCtrl+N', click: () => send('new-article') },
        { id: 'new-window', label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: newWindow },
        { type: 'separator' },
        { label: 'Save Version', accelerator: 'CmdOrCtrl+S', click: () => send('save-now') },
        { type: 'separator' },
        { label: 'Close Article', accelerator: 'CmdOrCtrl+Alt+W', click: () => send('close-article') },
        { role: 'close', label: 'Close Window' },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find in Article…', accelerator: 'CmdOrCtrl+F', click: () => send('find-in-article') },
        { label: 'Replace in Article…', accelerator: 'CmdOrCtrl+H', click: () => send('replace-in-article') },
        { label: 'Find Articles…', accelerator: 'CmdOrCtrl+Shift+F', click: () => send('find') },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
  if (!app.isPackaged) template.push({ label: 'Develop', submenu: [{ role: 'toggleDevTools' }, { role: 'reload' }] });
  return Menu.buildFromTemplate(template);
}
