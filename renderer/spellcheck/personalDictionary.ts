// The person's own words ("Add to dictionary"), per language, kept in this machine's browser
// storage and handed to the spelling worker before the first check. Every window follows a change.
import { addWords } from './spellClient';
import { SPELL_LANGUAGES, type SpellLanguage } from './spellMessages';

const KEY = 'redaksi:dictionary';
const listeners = new Set<() => void>();
let loaded: Promise<void> | null = null;

function read(): Record<SpellLanguage, string[]> {
  const empty = { id: [], en: [] };
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries(
      SPELL_LANGUAGES.map((lang) => [
        lang,
        Array.isArray(parsed[lang]) ? parsed[lang].filter((w): w is string => typeof w === 'string') : [],
      ]),
    ) as Record<SpellLanguage, string[]>;
  } catch {
    return empty;
  }
}

/** Resolves once the worker knows the stored words (asked once per page). */
export function personalWordsReady(): Promise<void> {
  if (!loaded) {
    const words = read();
    loaded = Promise.all(SPELL_LANGUAGES.map((lang) => addWords(lang, words[lang]))).then(() => undefined);
    window.addEventListener('storage', (event) => {
      if (event.key !== KEY) return;
      const now = read();
      void Promise.all(SPELL_LANGUAGES.map((lang) => addWords(lang, now[lang]))).then(() => listeners.forEach((l) => l()));
    });
  }
  return loaded;
}

export async function addToDictionary(language: SpellLanguage, word: string): Promise<void> {
  const words = read();
  if (!words[language].includes(word)) words[language].push(word);
  localStorage.setItem(KEY, JSON.stringify(words));
  await addWords(language, [word]);
  dictionaryChanged();
}

/** Says that the worker knows more words now (the person's, or the newsroom's): the article is checked again. */
export function dictionaryChanged(): void {
  for (const listener of listeners) listener();
}

/** Called when the person's words change (here or in another window), or the newsroom's arrive. */
export function onDictionaryChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
