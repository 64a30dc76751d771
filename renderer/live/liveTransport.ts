// Opens the live-document channel for one article: a MessagePort from Electron's main side, or a
// WebSocket to browser mode's server (same origin, the tab's token as a subprotocol).
import { LIVE_PORT_MESSAGE } from '../../shared/contract/api';
import type { LiveTransport, TransportEvents } from '../../shared/collab/liveClient';
import { bridge, sessionToken } from '../transport/bridge';

function bytesOf(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (data instanceof Uint8Array) return data;
  return new Uint8Array();
}

function openPort(articleId: string, events: TransportEvents): LiveTransport {
  let port: MessagePort | null = null;
  let closed = false;
  const onWindowMessage = (event: MessageEvent) => {
    const data = event.data as { kind?: unknown; articleId?: unknown } | null;
    if (event.source !== window || event.origin !== location.origin || data?.kind !== LIVE_PORT_MESSAGE || data.articleId !== articleId)
      return;
    window.removeEventListener('message', onWindowMessage);
    const received = event.ports[0];
    if (!received || closed) return;
    port = received;
    port.onmessage = (message) => events.onMessage(bytesOf(message.data));
    port.addEventListener('close', () => events.onClose('closed'));
    port.start();
    events.onOpen();
  };
  window.addEventListener('message', onWindowMessage);
  bridge.openLive?.(articleId);
  return {
    send: (bytes) => port?.postMessage(bytes),
    close: () => {
      if (closed) return;
      closed = true;
      window.removeEventListener('message', onWindowMessage);
      port?.close();
      events.onClose('closed');
    },
  };
}

function openSocket(articleId: string, events: TransportEvents): LiveTransport {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/live/${articleId}`;
  const socket = new WebSocket(url, ['redaksi-live', `token.${sessionToken()}`]);
  socket.binaryType = 'arraybuffer';
  let closed = false;
  socket.onopen = () => events.onOpen();
  socket.onmessage = (message) => events.onMessage(bytesOf(message.data));
  socket.onclose = (event) => {
    if (closed) return;
    closed = true;
    events.onClose(event.reason);
  };
  return {
    send: (bytes) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(bytes);
    },
    close: () => {
      if (closed) return;
      closed = true;
      socket.close();
      events.onClose('closed');
    },
  };
}

export function liveTransportFor(articleId: string): (events: TransportEvents) => LiveTransport {
  return (events) => (bridge.openLive ? openPort(articleId, events) : openSocket(articleId, events));
}
