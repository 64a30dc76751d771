// The spelling worker: Hunspell (compiled to WebAssembly by hunspell-asm) with LibreOffice's
// Indonesian dictionary and the dictionary-en package, loaded from the app's own bundle on first
// use. It handles Indonesian affixes (dikatakannya) and reduplication (sekolah-sekolah), which
// nspell did not (measured: README, "Spelling"). Nothing here touches the network beyond the app.
import { loadModule } from 'hunspell-asm';
import type { Hunspell, HunspellFactory } from 'hunspell-asm';
import idAff from './dictionaries/id_ID.aff?url';
import idDic from './dictionaries/id_ID.dic?url';
import enAff from '../../node_modules/dictionary-en/index.aff?url';
import enDic from '../../node_modules/dictionary-en/index.dic?url';
import { cliticStems } from './indonesianClitics';
import { spellRequestSchema, type SpellLanguage, type SpellReply, type SpellRequest } from './spellMessages';

const FILES: Record<SpellLanguage, [string, string]> = { id: [idAff, idDic], en: [enAff, enDic] };

let factory: Promise<HunspellFactory> | null = null;
const checkers = new Map<SpellLanguage, Promise<Hunspell>>();

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the dictionary ${url} did not load (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function checker(language: SpellLanguage): Promise<Hunspell> {
  let found = checkers.get(language);
  if (!found) {
    found = (async () => {
      factory ??= loadModule();
      const hunspell = await factory;
      const [aff, dic] = await Promise.all(FILES[language].map(bytes));
      return hunspell.create(hunspell.mountBuffer(aff!, `${language}.aff`), hunspell.mountBuffer(dic!, `${language}.dic`));
    })();
    checkers.set(language, found);
  }
  return found;
}

function known(hunspell: Hunspell, language: SpellLanguage, word: string): boolean {
  if (hunspell.spell(word)) return true;
  return language === 'id' && cliticStems(word).some((stem) => hunspell.spell(stem));
}

export async function answer(request: SpellRequest): Promise<SpellReply> {
  const hunspell = await checker(request.language);
  switch (request.kind) {
    case 'check':
      return { kind: 'checked', seq: request.seq, unknown: request.words.filter((w) => !known(hunspell, request.language, w)) };
    case 'suggest':
      return { kind: 'suggested', seq: request.seq, suggestions: hunspell.suggest(request.word).slice(0, 8) };
    case 'add':
      for (const w of request.words) hunspell.addWord(w);
      return { kind: 'added', seq: request.seq };
  }
}

// A worker's global scope: typed here by what is used (the renderer's tsconfig knows the DOM's window).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: SpellReply): void;
};

if (typeof window === 'undefined' && typeof scope.postMessage === 'function') {
  scope.onmessage = (event) => {
    const parsed = spellRequestSchema.safeParse(event.data);
    const seq = typeof (event.data as { seq?: unknown })?.seq === 'number' ? (event.data as { seq: number }).seq : 0;
    if (!parsed.success) return scope.postMessage({ kind: 'failed', seq, message: 'malformed request' });
    answer(parsed.data).then(
      (reply) => scope.postMessage(reply),
      (error: Error) => scope.postMessage({ kind: 'failed', seq, message: error.message }),
    );
  };
}
