// The sandboxed preload: exposes exactly the typed contract (one call function restricted to the
// declared channels, and the menu-command subscription). Bundled into one file.
import { contextBridge, ipcRenderer } from 'electron';
import { LIVE_ARTICLE_ID, LIVE_OPEN_EVENT, LIVE_PORT_EVENT, LIVE_PORT_MESSAGE, type RedaksiBridge } from '../../shared/contract/api';
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
  openLive(articleId) {
    if (typeof articleId === 'string' && LIVE_ARTICLE_ID.test(articleId)) ipcRenderer.send(LIVE_OPEN_EVENT, articleId);
  },
};

// The port goes to our own page only (same origin), never to a frame or another site.
ipcRenderer.on(LIVE_PORT_EVENT, (event, articleId: unknown) => {
  const port = event.ports[0];
  if (!port || typeof articleId !== 'string' || !LIVE_ARTICLE_ID.test(articleId)) return;
  window.postMessage({ kind: LIVE_PORT_MESSAGE, articleId }, window.location.origin, [port]);
});

contextBridge.exposeInMainWorld('redaksi', api);
