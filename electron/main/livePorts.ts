// Electron's live-document channel: the page asks (IPC, sender checked like every call) and gets a
// MessagePort whose other end is a session on the main side's document. Frames are bytes; the
// session decodes and checks every one (shared/contract/liveMessages.ts).
import { ipcMain, MessageChannelMain, type IpcMainEvent } from 'electron';
import { LIVE_ARTICLE_ID, LIVE_OPEN_EVENT, LIVE_PORT_EVENT } from '../../shared/contract/api';
import { encodeServerMessage } from '../../shared/contract/liveMessages';
import type { LivePeer, LiveSession } from '../service/liveDocs';
import { isTrustedSender } from './ipcBridge';

type ConnectLive = (articleId: string, peer: LivePeer) => LiveSession;

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

export function registerLivePorts(connectLive: ConnectLive): void {
  ipcMain.on(LIVE_OPEN_EVENT, (event: IpcMainEvent, articleId: unknown) => {
    if (!isTrustedSender(event) || typeof articleId !== 'string' || !LIVE_ARTICLE_ID.test(articleId)) return;
    const { port1, port2 } = new MessageChannelMain();
    const peer: LivePeer = {
      send: (bytes) => port1.postMessage(bytes),
      close: () => port1.close(),
    };
    let session: LiveSession;
    try {
      session = connectLive(articleId, peer);
    } catch (error) {
      port1.postMessage(encodeServerMessage({ kind: 'refused', code: 'not_found', message: (error as Error).message }));
      event.sender.postMessage(LIVE_PORT_EVENT, articleId, [port2]);
      port1.close();
      return;
    }
    port1.on('message', (message) => {
      const bytes = toBytes(message.data);
      // Anything but bytes is a malformed frame: an empty one is refused by the session's decoder.
      session.receive(bytes ?? new Uint8Array());
    });
    port1.on('close', () => session.closed());
    port1.start();
    event.sender.postMessage(LIVE_PORT_EVENT, articleId, [port2]);
  });
}
