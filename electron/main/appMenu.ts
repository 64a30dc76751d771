// The application menu: standard edit roles plus the app's commands, sent to the focused window.
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_COMMAND_EVENT, type AppCommand } from '../../shared/contract/channels';
import { MENU_LABELS, type MenuLanguage } from './menuLabels';

function send(command: AppCommand) {
  BrowserWindow.getFocusedWindow()?.webContents.send(APP_COMMAND_EVENT, command);
}

/** `language`: the interface's, as the renderer reports it (English until it does). */
export function buildAppMenu(newWindow: () => void, language: MenuLanguage = 'en'): Menu {
  const isMac = process.platform === 'darwin';
  const l = MENU_LABELS[language];
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { label: l.newArticle, accelerator: 'CmdOrCtrl+N', click: () => send('new-article') },
        { id: 'new-window', label: l.newWindow, accelerator: 'CmdOrCtrl+Shift+N', click: newWindow },
        { type: 'separator' },
        { label: l.saveVersion, accelerator: 'CmdOrCtrl+S', click: () => send('save-now') },
        { type: 'separator' },
        { label: l.closeArticle, accelerator: 'CmdOrCtrl+Alt+W', click: () => send('close-article') },
        { role: 'close', label: l.closeWindow },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: l.quit }]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'pasteAndMatchStyle', label: l.pasteAndMatchStyle },
        { role: 'selectAll', label: l.selectAll },
        { type: 'separator' },
        { label: l.findInArticle, accelerator: 'CmdOrCtrl+F', click: () => send('find-in-article') },
        { label: l.replaceInArticle, accelerator: 'CmdOrCtrl+H', click: () => send('replace-in-article') },
        { label: l.findArticles, accelerator: 'CmdOrCtrl+Shift+F', click: () => send('find') },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    { role: 'windowMenu', label: l.window },
  ];
  if (!app.isPackaged) template.push({ label: 'Develop', submenu: [{ role: 'toggleDevTools' }, { role: 'reload' }] });
  return Menu.buildFromTemplate(template);
}
