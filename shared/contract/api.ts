// The typed client surface the renderer uses, whatever the transport.
import type { AppCommand, Channel, ChannelInput, ChannelOutput } from './channels';
import type { Result } from './errors';

export interface RedaksiBridge {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}
