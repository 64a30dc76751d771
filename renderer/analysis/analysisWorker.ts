// The analysis worker: reads of the whole article that take tens of milliseconds in a long one
// (sentence detection for claims, the ready-to-publish checklist) run here, off the page's thread,
// so a pause in typing never ends in a stalled keystroke.
import { analyzeArticle } from '../../shared/checklist/readyToPublish';
import { claimChecklistItems } from '../../shared/checklist/claimChecks';
import { detectInBody } from '../../shared/claims/detectClaims';
import { findScale } from '../../shared/claims/verdictScales';
import { analysisRequestSchema, type AnalysisReply, type AnalysisRequest } from './analysisMessages';

/** What the page asked, answered (pure: the worker entry only passes messages through it). */
export function answer(request: AnalysisRequest): AnalysisReply {
  if (request.kind === 'detect') return { kind: 'detect', seq: request.seq, suggestions: detectInBody(request.body, request.language) };
  const { body, headline, hero, assetSizes, claims, scaleId, language } = request;
  return {
    kind: 'checklist',
    seq: request.seq,
    analysis: analyzeArticle({ headline, hero, body }, new Map(assetSizes)),
    claimItems: claimChecklistItems(body, claims, findScale(scaleId), language),
  };
}

// A worker's global scope: typed here by what is used (the renderer's tsconfig knows the DOM's window).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: AnalysisReply): void;
};

if (typeof window === 'undefined' && typeof scope.postMessage === 'function') {
  scope.onmessage = (event) => {
    const parsed = analysisRequestSchema.safeParse(event.data);
    const seq = typeof (event.data as { seq?: unknown })?.seq === 'number' ? (event.data as { seq: number }).seq : 0;
    if (!parsed.success)
      return scope.postMessage({ kind: 'failed', seq, message: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
    try {
      scope.postMessage(answer(parsed.data));
    } catch (error) {
      scope.postMessage({ kind: 'failed', seq, message: (error as Error).message });
    }
  };
}
