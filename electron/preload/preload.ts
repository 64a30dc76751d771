// The sandboxed preload: exposes exactly the typed contract (one call function restricted to the
// declared channels, and the menu-command subscription). Bundled into one file.
import { contextBridge, ipcRenderer } from 'electron';
import type { RedaksiBridge } from '../../shared/contract/api';
import { APP_COMMAND_EVENT, appCommandSchema, isChannel } from '../../shared/contract/channels';

const api: RedaksiBridge = {
  call(channel, input) {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `Unknown channel ${String(channel)}.` } });
    }
    return ipcRenderer.invoke(channel, input);
  },
  onCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      const parsed = appCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(APP_COMMAND_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(APP_COMMAND_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('redaksi', api);
