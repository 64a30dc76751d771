// Wires the contract's channels to ipcMain. Every call is checked to come from our own page
// (the top frame of a window we made, at redaksi://app/), then dispatched to the plain-Node handlers.
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNEL_NAMES, channels } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/errors';
import type { Dispatch } from '../service/dispatch';
import { isAppUrl } from './appProtocol';

export function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export interface IpcHooks {
  /** The renderer has flushed its edits: its window may close. */
  onCloseReady(sender: WebContents): void;
  /** The interface's language changed: the menu follows it. */
  onInterfaceLanguage(language: 'id' | 'en'): void;
}

export function registerIpc(dispatch: Dispatch, hooks: IpcHooks): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This call did not come from the Redaksi window.' } };
      }
      const result = await dispatch(channel, input);
      if (channel === 'app:closeReady' && result.ok) hooks.onCloseReady(event.sender);
      if (channel === 'app:interfaceLanguage' && result.ok) {
        // Checked by the dispatch already; parsed again here for its type.
        hooks.onInterfaceLanguage(channels['app:interfaceLanguage'].input.parse(input).language);
      }
      return result;
    });
  }
}
