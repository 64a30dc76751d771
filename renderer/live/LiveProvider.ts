// Lexical's collaboration plugin talks to a Provider; this one is a LiveClient underneath. It
// reports `sync(true)` once the main side's welcome has arrived, and never bootstraps content.
import type { Provider, ProviderAwareness } from '@lexical/yjs';
import type { LiveClient } from '../../shared/collab/liveClient';

type Listener = (arg: never) => void;

export class LiveProvider {
  private readonly listeners = new Map<string, Set<Listener>>();
  private status: 'connected' | 'disconnected' | null = null;
  private synced = false;

  constructor(private readonly client: LiveClient) {}

  get awareness(): ProviderAwareness {
    return this.client.awareness as unknown as ProviderAwareness;
  }

  /** Called by the owner on every change of the client's state; the plugin hears only what concerns it. */
  notify(): void {
    const status = this.client.state.connection === 'online' ? 'connected' : 'disconnected';
    // Not on every save: the state changes twice per keystroke.
    if (status === this.status && this.client.synced === this.synced) return;
    this.status = status;
    this.synced = this.client.synced;
    this.emit('status', { status });
    if (this.client.synced) this.emit('sync', true);
  }

  connect(): void {
    this.client.start();
    if (this.client.synced) queueMicrotask(() => this.emit('sync', true));
  }

  disconnect(): void {
    this.client.pause();
  }

  on(type: string, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  off(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  private emit(type: string, value: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (arg: unknown) => void)(value);
  }

  asProvider(): Provider {
    return this as unknown as Provider;
  }
}
