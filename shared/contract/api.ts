// The typed client surface the renderer uses, whatever the transport.
import type { AppCommand, Channel, ChannelInput, ChannelOutput } from './channels';
import type { Result } from './errors';

export interface RedaksiBridge {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Electron: asks the main side for a MessagePort to an article's live document. It arrives as a
   * window message `{ kind: LIVE_PORT_MESSAGE, articleId }` carrying the port (ports cannot cross
   * the context bridge). Browser mode connects a WebSocket instead and has no such method.
   */
  openLive?(articleId: string): void;
}

/** The window message that hands the page its live-document port (Electron). */
export const LIVE_PORT_MESSAGE = 'redaksi-live-port';
/** IPC: the page asks for a port (renderer → main), the port arrives (main → renderer). */
export const LIVE_OPEN_EVENT = 'live:open';
export const LIVE_PORT_EVENT = 'live:port';
/** Article ids are UUIDs: nothing else is accepted on the live channels. */
export const LIVE_ARTICLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
