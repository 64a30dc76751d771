// Which of the two languages Redaksi writes in an article's language code stands for.

/** "id", "id-ID" → Indonesian; anything else is written in English. */
export function isIndonesian(language: string): boolean {
  return language === 'id' || language.startsWith('id-');
}
