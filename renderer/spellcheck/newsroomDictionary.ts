// The newsroom's dictionary (with a newsroom server): its words as the main side has them (asked of
// the server, else kept from the last time), handed to the spelling worker like the person's own.
// Asked again whenever an article opens, so a word a colleague added since is known; a check never
// waits for it: when the words arrive, the article is checked again.
import { bridge } from '../transport/bridge';
import { dictionaryChanged } from './personalDictionary';
import { addWords } from './spellClient';
import { SPELL_LANGUAGES, type SpellLanguage } from './spellMessages';

let canAddNow = false;

/** Whether this desk may add to the newsroom's dictionary, as last asked. */
export function newsroomCanAdd(): boolean {
  return canAddNow;
}

/** Whether this desk may add to the newsroom's dictionary (a newsroom server, an account that edits). */
export async function refreshNewsroomWords(): Promise<{ canAdd: boolean }> {
  const result = await bridge.call('dictionary:newsroom', {});
  canAddNow = result.ok && result.value.configured && result.value.canAdd;
  if (!result.ok || !result.value.configured) return { canAdd: false };
  const { words, canAdd } = result.value;
  if (words.id.length + words.en.length > 0) {
    await Promise.all(SPELL_LANGUAGES.map((language) => addWords(language, words[language])));
    dictionaryChanged();
  }
  return { canAdd };
}

/** Adds a word for the whole newsroom; the refusal's message when it is refused, else null. */
export async function addToNewsroomDictionary(language: SpellLanguage, word: string): Promise<string | null> {
  const result = await bridge.call('dictionary:addNewsroom', { language, word });
  if (!result.ok) return result.error.message;
  await addWords(language, [word]);
  dictionaryChanged();
  return null;
}
