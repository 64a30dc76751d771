// The worker thread's entry: runs one heavy job per message and answers with its result or a typed
// failure. Bundled on its own (dist/node/heavy-worker.cjs).
import { parentPort } from 'node:worker_threads';
import { ServiceError } from '../../shared/contract/errors';
import { heavyJobs, type HeavyJobName } from './heavyJobs';

interface JobMessage {
  id: number;
  job: HeavyJobName;
  args: unknown[];
}

parentPort?.on('message', (message: JobMessage) => {
  void (async () => {
    try {
      const run = heavyJobs[message.job] as (...args: unknown[]) => unknown;
      const value = await run(...message.args);
      // A zip goes back by transfer, not by copy.
      const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
      parentPort!.postMessage({ id: message.id, ok: true, value }, transfer);
    } catch (error) {
      const code = error instanceof ServiceError ? error.code : null;
      // The refusal as a phrase too, for the interface to say in its language.
      const phrase = error instanceof ServiceError ? error.text : undefined;
      const text = error instanceof Error ? error.message : String(error);
      const stack = error instanceof Error ? error.stack : undefined;
      parentPort!.postMessage({ id: message.id, ok: false, code, message: text, text: phrase, stack });
    }
  })();
});

// Loaded (its bundle evaluated, which takes a while on a busy machine): a job's clock starts now.
parentPort?.postMessage({ ready: true });
