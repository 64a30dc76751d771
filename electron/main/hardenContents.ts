// Every web contents stays on the app: no navigation away, no new windows (links go to the system
// browser, http/https/mailto only), no <webview>.
import { shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../security/externalLinks';
import { isAppUrl } from './appProtocol';

export function hardenContents(contents: WebContents): void {
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
