// The page's side of the spelling worker: one worker, started on first use; each request gets the
// reply with its number. What the worker has said about a word is remembered, so checking the
// article again after an edit asks only about the words it has not seen.
import { spellReplySchema, type SpellLanguage, type SpellReply, type SpellRequest } from './spellMessages';

type Ask = SpellRequest extends infer R ? (R extends { seq: number } ? Omit<R, 'seq'> : never) : never;

let worker: Worker | null = null;
let broken: string | null = null;
let nextSeq = 1;
const waiting = new Map<number, { resolve(reply: SpellReply): void; reject(error: Error): void }>();
/** Per language: each word seen, and whether the dictionary (or the person) knows it. */
const known = new Map<SpellLanguage, Map<string, boolean>>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module', name: 'redaksi-spelling' });
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = spellReplySchema.safeParse(event.data);
    if (!parsed.success) return console.warn('[redaksi] a malformed reply from the spelling worker was ignored');
    const entry = waiting.get(parsed.data.seq);
    if (!entry) return;
    waiting.delete(parsed.data.seq);
    if (parsed.data.kind === 'failed') entry.reject(new Error(parsed.data.message));
    else entry.resolve(parsed.data);
  };
  worker.onerror = (event) => {
    broken = event.message || 'the spelling worker stopped';
    for (const entry of waiting.values()) entry.reject(new Error(broken));
    waiting.clear();
  };
  return worker;
}

function ask(request: Ask): Promise<SpellReply> {
  if (broken) return Promise.reject(new Error(broken));
  const seq = nextSeq++;
  return new Promise((resolve, reject) => {
    waiting.set(seq, { resolve, reject });
    start().postMessage({ ...request, seq });
  });
}

function seen(language: SpellLanguage): Map<string, boolean> {
  let words = known.get(language);
  if (!words) known.set(language, (words = new Map()));
  return words;
}

/** The words of `words` the language does not know (asking the worker only about new ones). */
export async function unknownWords(language: SpellLanguage, words: Iterable<string>): Promise<Set<string>> {
  const memory = seen(language);
  const fresh = [...new Set(words)].filter((w) => !memory.has(w));
  if (fresh.length > 0) {
    const reply = await ask({ kind: 'check', language, words: fresh });
    const unknown = new Set(reply.kind === 'checked' ? reply.unknown : []);
    for (const w of fresh) memory.set(w, !unknown.has(w));
  }
  return new Set([...memory].filter(([, ok]) => !ok).map(([w]) => w));
}

export function isKnown(language: SpellLanguage, word: string): boolean | undefined {
  return known.get(language)?.get(word);
}

export async function suggestionsFor(language: SpellLanguage, word: string): Promise<string[]> {
  const reply = await ask({ kind: 'suggest', language, word });
  return reply.kind === 'suggested' ? reply.suggestions : [];
}

/** Makes words known from now on (the personal dictionary, loaded or just added). */
export async function addWords(language: SpellLanguage, words: string[]): Promise<void> {
  if (words.length === 0) return;
  await ask({ kind: 'add', language, words });
  for (const w of words) seen(language).set(w, true);
}
