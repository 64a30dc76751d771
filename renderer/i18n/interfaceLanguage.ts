// The interface's language: the system's (Bahasa Indonesia when the system's first language is
// Indonesian, English otherwise) unless this machine's Settings… say otherwise. A preference of the
// machine, kept in the browser's storage and followed by every window, like the theme.
import { useSyncExternalStore } from 'react';

export const LANGUAGE_CHOICES = ['system', 'id', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];
/** The languages the interface is written in, and the pseudo-locale the translation check renders in. */
export type InterfaceLanguage = 'id' | 'en' | 'x-pseudo';

export const LANGUAGE_KEY = 'redaksi:ui-language';
const listeners = new Set<() => void>();

function isChoice(value: string | null): value is LanguageChoice {
  return (LANGUAGE_CHOICES as readonly (string | null)[]).includes(value);
}

/** The stored choice; none where there is no storage (the unit tests run the messages in Node). */
function stored(): string | null {
  return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
}

export function storedLanguage(): LanguageChoice {
  const value = stored();
  return isChoice(value) ? value : 'system';
}

/** The first of the system's languages that the interface is written in; English otherwise. */
export function systemLanguage(languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): 'id' | 'en' {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    // `in` is the old code for Indonesian, still sent by some systems.
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** What the interface speaks now. The pseudo-locale is only ever set by the translation check. */
export function interfaceLanguage(): InterfaceLanguage {
  if (stored() === 'x-pseudo') return 'x-pseudo';
  const choice = storedLanguage();
  return choice === 'system' ? systemLanguage() : choice;
}

function changed(): void {
  for (const listener of listeners) listener();
}

export function setLanguageChoice(choice: LanguageChoice): void {
  localStorage.setItem(LANGUAGE_KEY, choice);
  changed();
}

export function onLanguageChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Once: another window chose, or the system's languages changed. */
export function followOtherWindows(): void {
  window.addEventListener('storage', (event) => {
    if (event.key === LANGUAGE_KEY) changed();
  });
  window.addEventListener('languagechange', changed);
}

export function useLanguageChoice(): LanguageChoice {
  return useSyncExternalStore(onLanguageChoice, storedLanguage);
}
