// The language of a passage marked as another language, read from saved JSON (publication, tools).
import { LANGUAGE_TAG } from '../text/languageTag';

/** The passage's language tag ("en"), or null when the node carries none that is a language tag. */
export function passageLanguage(node: Readonly<Record<string, unknown>>): string | null {
  const tag = Array.isArray(node.ids) ? node.ids[0] : undefined;
  return typeof tag === 'string' && LANGUAGE_TAG.test(tag) ? tag : null;
}
