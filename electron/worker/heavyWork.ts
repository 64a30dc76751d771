// The main side's handle on the worker thread that does heavy work (heavyJobs.ts). One worker,
// started on first use, one job at a time; a job that runs away (too slow, out of memory) is stopped
// with a clear error and the worker is replaced, so the thread serving the windows never waits.
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ServiceError, type ErrorCode } from '../../shared/contract/errors';
import type { Phrase } from '../../shared/text/phrases';
import type { HeavyJobName, HeavyJobs } from './heavyJobs';
import { serviceError, type ErrorPhrase } from '../../shared/contract/errorMessages';

export const HEAVY_WORKER_FILE = 'heavy-worker.cjs';
export const HEAVY_JOB_TIMEOUT_MS = 120_000;
/** Enough for a 30 MB Word file; a decompression or nesting bomb hits it and fails alone. */
export const HEAVY_WORKER_HEAP_MB = 1536;

type JobResult<J extends HeavyJobName> = Awaited<ReturnType<HeavyJobs[J]>>;

export interface HeavyWork {
  run<J extends HeavyJobName>(job: J, ...args: Parameters<HeavyJobs[J]>): Promise<JobResult<J>>;
  close(): Promise<void>;
}

/** The bundled worker beside the running bundle (dist/node, dist/electron) or, from source, in dist/node. */
export function findHeavyWorkerScript(from: string = __dirname): string {
  const candidates = [
    join(from, HEAVY_WORKER_FILE),
    join(from, '..', 'node', HEAVY_WORKER_FILE),
    join(from, '..', '..', 'dist', 'node', HEAVY_WORKER_FILE),
  ];
  // Inside a packaged app the file is unpacked beside the asar archive (electron-builder.yml: asarUnpack).
  const unpacked = candidates.map((file) => file.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`));
  const found = [...unpacked, ...candidates].find((file) => existsSync(file));
  if (!found) throw new Error(`The worker ${HEAVY_WORKER_FILE} is missing; run "npm run build".`);
  return found;
}

interface Job {
  id: number;
  job: HeavyJobName;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Reply {
  id: number;
  ok: boolean;
  value?: unknown;
  code?: ErrorCode | null;
  message?: string;
  text?: Phrase;
  stack?: string;
}

export function startHeavyWork(options: { script?: string; timeoutMs?: number; log?: (message: string) => void } = {}): HeavyWork {
  const log = options.log ?? console.error;
  const timeoutMs = options.timeoutMs ?? HEAVY_JOB_TIMEOUT_MS;
  let worker: Worker | null = null;
  let current: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  /** Ends the running job with its outcome and starts the next one. */
  const finish = (outcome: () => void) => {
    if (timer) clearTimeout(timer);
    timer = null;
    current = null;
    outcome();
    pump();
  };

  function spawn(): Worker {
    const created = new Worker(options.script ?? findHeavyWorkerScript(), {
      resourceLimits: { maxOldGenerationSizeMb: HEAVY_WORKER_HEAP_MB },
    });
    created.unref();
    created.on('message', (reply: Reply) => {
      const job = current;
      if (!job || reply.id !== job.id) return;
      finish(() => {
        if (reply.ok) job.resolve(reply.value);
        else if (reply.code) job.reject(new ServiceError(reply.code, reply.message ?? 'failed', undefined, reply.text));
        else {
          const error = new Error(reply.message ?? 'failed');
          error.stack = reply.stack ?? error.stack;
          job.reject(error);
        }
      });
    });
    created.on('error', (error) => log(`[redaksi] heavy work failed: ${error.message}`));
    created.on('exit', (code) => {
      // A worker stopped for running too long was replaced already; its exit concerns no job.
      if (worker !== created) return;
      worker = null;
      const job = current;
      if (!job || closed) return;
      // Out of memory, or killed: the job that was running takes the blame, the next one gets a new worker.
      finish(() => job.reject(serviceError('invalid_input', 'workerStopped', { what: describe(job.job), code })));
    });
    return created;
  }

  function pump(): void {
    if (current || closed) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    const fresh = worker === null;
    try {
      worker ??= spawn();
    } catch (error) {
      finish(() => job.reject(error as Error));
      return;
    }
    const running = worker;
    const startClock = () => {
      if (current !== job) return;
      timer = setTimeout(() => {
        worker = null;
        finish(() => job.reject(serviceError('invalid_input', 'workerTimeout', { what: describe(job.job), seconds: timeoutMs / 1000 })));
        void running.terminate();
      }, timeoutMs);
      timer.unref?.();
    };
    // A new worker's start-up (loading and evaluating its bundle) does not count against the job's
    // time: the clock starts when it says it is ready.
    if (fresh) {
      const ready = (message: { ready?: unknown }) => {
        if (message?.ready !== true) return;
        running.off('message', ready);
        startClock();
      };
      running.on('message', ready);
    } else startClock();
    running.postMessage({ id: job.id, job: job.job, args: job.args });
  }

  return {
    run(job, ...args) {
      if (closed) return Promise.reject(serviceError('storage_unavailable', 'shuttingDown'));
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, job, args, resolve: resolve as (value: unknown) => void, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const job of queue.splice(0)) job.reject(serviceError('storage_unavailable', 'shuttingDown'));
      current?.reject(serviceError('storage_unavailable', 'shuttingDown'));
      current = null;
      await worker?.terminate();
      worker = null;
    },
  };
}

function describe(job: HeavyJobName): ErrorPhrase {
  return { key: job === 'zip' ? 'jobExport' : job === 'pasteBlocks' ? 'jobPaste' : 'jobFile' };
}
