// The page's side of the analysis worker: one worker per page, started on first use; each request
// gets the reply with its number. Where the worker cannot answer (it failed to start, died, or
// refused a request), the same answer is computed here, so the checklist and the claim suggestions
// never go missing.
import { analysisReplySchema, type AnalysisReply, type AnalysisRequest } from './analysisMessages';
import { answer } from './analysisWorker';

type Request = AnalysisRequest extends infer R ? (R extends { seq: number } ? Omit<R, 'seq'> : never) : never;
type ReplyTo<K extends AnalysisRequest['kind']> = Extract<AnalysisReply, { kind: K }>;

interface Waiting {
  request: AnalysisRequest;
  resolve(reply: AnalysisReply): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
let failed = false;
let nextSeq = 1;
const waiting = new Map<number, Waiting>();

/** Answers here: the worker could not start, died, or refused the request. */
function answerHere(entry: Waiting): void {
  try {
    entry.resolve(answer(entry.request));
  } catch (error) {
    entry.reject(new Error(`The article could not be analysed: ${(error as Error).message}`));
  }
}

function startWorker(): Worker | null {
  if (failed || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'redaksi-analysis' });
  } catch (error) {
    console.warn(`[redaksi] the analysis worker did not start (${(error as Error).message}); analysing on the page`);
    failed = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = analysisReplySchema.safeParse(event.data);
    if (!parsed.success) return console.warn(`[redaksi] a malformed reply from the analysis worker was ignored`);
    const entry = waiting.get(parsed.data.seq);
    if (!entry) return;
    waiting.delete(parsed.data.seq);
    if (parsed.data.kind !== 'failed') return entry.resolve(parsed.data);
    // Refused (a record shaped by a newer peer, say): answered here, as before the worker, rather than lost.
    console.warn(`[redaksi] the analysis worker refused a request (${parsed.data.message}); analysing on the page`);
    answerHere(entry);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    console.warn(`[redaksi] the analysis worker failed (${event.message || 'it did not load'}); analysing on the page`);
    failed = true;
    worker?.terminate();
    worker = null;
    const left = [...waiting.values()];
    waiting.clear();
    left.forEach(answerHere);
  };
  return worker;
}

/** Runs one analysis of the article off the page's thread; resolves with its reply. */
export function analyse<K extends AnalysisRequest['kind']>(request: Extract<Request, { kind: K }>): Promise<ReplyTo<K>> {
  const seq = nextSeq++;
  const full = { ...request, seq } as AnalysisRequest;
  return new Promise<AnalysisReply>((resolve, reject) => {
    const entry: Waiting = { request: full, resolve, reject };
    const target = startWorker();
    if (!target) return answerHere(entry);
    waiting.set(seq, entry);
    target.postMessage(full);
  }) as Promise<ReplyTo<K>>;
}
