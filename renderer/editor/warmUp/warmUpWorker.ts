// Makes the warm-up's document off the page's thread (a few hundred milliseconds of headless Lexical
// the first time) and hands its one update over; asked once per page, then done.
import { warmUpdate } from './warmDocument';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
  close(): void;
};

if (typeof window === 'undefined' && typeof scope.postMessage === 'function') {
  scope.onmessage = (event) => {
    if ((event.data as { kind?: unknown } | null)?.kind !== 'make') return;
    try {
      const update = warmUpdate();
      scope.postMessage({ kind: 'update', update }, [update.buffer]);
    } catch (error) {
      scope.postMessage({ kind: 'failed', message: (error as Error).message }, []);
    }
    scope.close();
  };
}
