// The newsroom's dictionary: every account reads its words (each desk's spellchecker knows them);
// an account that may edit adds one word at a time. Words are checked as the spellchecker cuts them.
import type { IncomingMessage } from 'node:http';
import { DICTIONARY_LANGUAGES, dictionaryAdditionSchema, NEWSROOM_PATHS, type DictionaryWords } from '../shared/contract/newsroom';
import { ROLE_RIGHTS, type Account } from './accounts';
import type { NewsroomStore } from './newsroomStore';
import { readBody } from './readBody';

type Reply = (status: number, body: unknown) => void;

/** One word in JSON is small; anything longer is not an addition. */
const MAX_ADDITION_BYTES = 1024;

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function dictionaryRoutes(store: NewsroomStore) {
  /** Answers /api/dictionary; false when the path is not its own. */
  return async (request: IncomingMessage, path: string, user: Account, reply: Reply): Promise<boolean> => {
    if (path !== NEWSROOM_PATHS.dictionary) return false;
    if (request.method === 'GET') {
      const words: DictionaryWords = { id: [], en: [] };
      for (const entry of await store.dictionaryWords())
        if (DICTIONARY_LANGUAGES.includes(entry.language)) words[entry.language].push(entry.word);
      reply(200, words);
      return true;
    }
    if (request.method !== 'POST') {
      reply(405, { error: 'GET or POST.' });
      return true;
    }
    if (!ROLE_RIGHTS[user.role].edit) {
      request.resume();
      reply(403, { error: 'A viewer account cannot add words to the dictionary.' });
      return true;
    }
    const body = await readBody(request, MAX_ADDITION_BYTES);
    const parsed = dictionaryAdditionSchema.safeParse(body ? jsonOrNull(body.toString('utf8')) : null);
    if (!parsed.success) {
      reply(400, { error: 'Send one word and its language: {"language": "id" or "en", "word": "…"}.' });
      return true;
    }
    await store.addDictionaryWord(parsed.data, user.name);
    reply(200, parsed.data);
    return true;
  };
}
