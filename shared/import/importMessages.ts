// What an import left out, as phrases (see shared/text/phrases.ts): the CLI prints the English
// below; the interface says the same notes in its language (`import.*`).
import { phraseOf, phraseSchemaOf, sayPhrase, type Phrase, type PhraseKey } from '../text/phrases';
import { z } from 'zod';
import { errorPhraseSchema, type ErrorPhrase } from '../contract/errorMessages';

export const IMPORT_MESSAGES = {
  flattened_one: 'flattened {{count}} element nested deeper than {{depth}} levels (its text is kept)',
  flattened_other: 'flattened {{count}} elements nested deeper than {{depth}} levels (their text is kept)',
  droppedElements_one: 'dropped {{count}} <{{tag}}> element',
  droppedElements_other: 'dropped {{count}} <{{tag}}> elements',
  imagesWaiting_one: '{{count}} image is waiting for its file (not fetched): {{files}}',
  imagesWaiting_other: '{{count}} images are waiting for their files (not fetched): {{files}}',
  pictureRefused: 'the picture "{{name}}" inside the file was not used ({{reason}}); its slot waits for a file',
  navigationDropped_one: 'dropped {{count}} navigation line at the end: {{lines}}',
  navigationDropped_other: 'dropped {{count}} navigation lines at the end: {{lines}}',
  furnitureDropped_one: 'dropped {{count}} promo or share line in the text: {{lines}}',
  furnitureDropped_other: 'dropped {{count}} promo or share lines in the text: {{lines}}',
  heroWaiting: 'the hero image "{{file}}" is waiting for its file',
  wordFormatting_one: '{{count}} Word formatting feature was not carried over',
  wordFormatting_other: '{{count}} Word formatting features were not carried over',
};

export type ImportNoteKey = PhraseKey<typeof IMPORT_MESSAGES>;

/** One thing an import left out: in English, and as a phrase for the interface. */
export interface ImportNote {
  message: string;
  text: Phrase<ImportNoteKey>;
  /** Its `reason`, when that is a refusal of the main side's (a picture the asset store refused), for the interface to say. */
  reason?: ErrorPhrase;
}

export const importNoteSchema = z.strictObject({
  message: z.string().max(2000),
  text: phraseSchemaOf<ImportNoteKey>(IMPORT_MESSAGES),
  reason: errorPhraseSchema.optional(),
});

export function importNote(key: ImportNoteKey, values?: Phrase<ImportNoteKey>['values'], reason?: ErrorPhrase): ImportNote {
  const text = phraseOf(key, values);
  return { message: sayPhrase(text, IMPORT_MESSAGES), text, ...(reason ? { reason } : {}) };
}
