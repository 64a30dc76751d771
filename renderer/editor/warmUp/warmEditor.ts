// Before the first article opens, in idle time: the path every open takes (a document's content
// arriving, Lexical's Yjs binding building the editor from it, the editor drawing it) run on a
// throwaway document that never leaves this page, so the first real open finds that code compiled
// and optimised instead of compiling it while the person waits (see the README's benchmark notes).
import { createEditor } from 'lexical';
import * as Y from 'yjs';
import { z } from 'zod';
import { follow } from '../../../shared/collab/bodyDoc';
import { ARTICLE_NODES } from '../../../shared/editor/nodes/articleNodes';
import { editorTheme } from '../editorTheme';

/** The worker's one reply: the document's update, or why it could not make it. */
const replySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('update'), update: z.instanceof(Uint8Array) }),
  z.strictObject({ kind: z.literal('failed'), message: z.string() }),
]);

/**
 * An editor with the article's nodes and theme, bound to an empty document, draws `update` as it
 * arrives (into an element outside the page), then lets go of it all. Returns the paragraphs it drew.
 */
export function drawWarm(update: Uint8Array): number {
  const doc = new Y.Doc();
  const editor = createEditor({
    namespace: 'redaksi-warm-up',
    nodes: [...ARTICLE_NODES],
    theme: editorTheme,
    // Out to the scheduler, which logs it and stops warming.
    onError: (error) => {
      throw error;
    },
  });
  const host = document.createElement('div');
  editor.setRootElement(host);
  const follower = follow(doc, editor);
  try {
    Y.applyUpdate(doc, update, 'warm-up');
    follower.settle();
    return host.querySelectorAll('p').length;
  } finally {
    follower.dispose();
    editor.setRootElement(null);
    doc.destroy();
  }
}

/**
 * How often the document is drawn, each time in its own idle task (a click or a key that lands in
 * one waits for it: the first ~60–80 ms, the others 15–45 here). Measured on the 20,000-word
 * article's first open, alternating page starts with and without: ~60 ms sooner as it is, ~70–90 ms
 * drawing a document four times this size once (but in 200–250 ms tasks); ~1,300 words drawn once
 * gained 0–40 ms.
 */
const DRAWS = 4;

let warmed = false;

/**
 * Once per page, in idle time: the worker makes the document, then the page draws it DRAWS times.
 * The returned function cancels what has not run (an article is opening: it warms itself). A
 * performance mark says it is done, with what was drawn and how long each draw took (DevTools shows
 * it; the tests wait for it). A failure costs only the warm-up: it is logged and not tried again.
 */
export function scheduleEditorWarmUp(): () => void {
  if (warmed || typeof requestIdleCallback !== 'function' || typeof Worker !== 'function') return () => undefined;
  let worker: Worker | null = null;
  let pending = 0;
  const giveUp = (message: string) => {
    warmed = true;
    console.warn(`[redaksi] editor warm-up: ${message}`);
  };
  const draw = (update: Uint8Array, done: { paragraphs: number; ms: number[] }) => {
    pending = requestIdleCallback(() => {
      const started = performance.now();
      try {
        done.paragraphs += drawWarm(update);
      } catch (error) {
        return giveUp((error as Error).message);
      }
      done.ms.push(Math.round(performance.now() - started));
      if (done.ms.length < DRAWS) return draw(update, done);
      warmed = true;
      performance.mark('redaksi:editor-warmed', { detail: done });
    });
  };
  pending = requestIdleCallback(() => {
    worker = new Worker(new URL('./warmUpWorker.ts', import.meta.url), { type: 'module', name: 'redaksi-warm-up' });
    worker.onerror = (event) => {
      event.preventDefault();
      worker = null;
      giveUp(event.message || 'the worker did not start');
    };
    worker.onmessage = (event) => {
      worker = null;
      const reply = replySchema.safeParse(event.data);
      if (!reply.success) return giveUp('the worker sent something else');
      if (reply.data.kind === 'failed') return giveUp(reply.data.message);
      draw(reply.data.update, { paragraphs: 0, ms: [] });
    };
    worker.postMessage({ kind: 'make' });
  });
  return () => {
    cancelIdleCallback(pending);
    worker?.terminate();
  };
}
