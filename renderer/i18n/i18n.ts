// The interface's strings through i18next: English and Bahasa Indonesia, switched live (every
// window follows), with the plural rules of each language from Intl. The pseudo-locale wraps every
// string in ⟦…⟧ so that a check over every screen can find text that never went through here.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './en';
import { id } from './id';
import { followOtherWindows, interfaceLanguage, onLanguageChoice } from './interfaceLanguage';

function pseudo(messages: Messages): Messages {
  const wrap = (value: unknown): unknown =>
    typeof value === 'string'
      ? `⟦${value}⟧`
      : Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, wrap(v)]));
  return wrap(messages) as Messages;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, id: { translation: id } },
  lng: interfaceLanguage(),
  fallbackLng: 'en',
  // React escapes what it renders; the strings are never put into HTML by hand.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
// "{{name, capitalize}}": a phrase that starts a sentence ("The image in section 3 needs a credit").
i18n.services.formatter?.add('capitalize', (value: unknown) => capitalized(String(value)));

/** A phrase made to start a sentence or a name ("image" → "Image"). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function apply(): void {
  const language = interfaceLanguage();
  // Made only when the translation check asks for it, not at every start-up.
  if (language === 'x-pseudo' && !i18n.hasResourceBundle(language, 'translation'))
    i18n.addResourceBundle(language, 'translation', pseudo(en));
  // en-XA: the tag browsers and Android give their English pseudo-locale.
  document.documentElement.lang = language === 'x-pseudo' ? 'en-XA' : language;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/** Once, before React renders: the language now, and again when this or another window changes it. */
export function startInterfaceLanguage(): void {
  apply();
  onLanguageChoice(apply);
  followOtherWindows();
}

/** The interface's language as a BCP 47 tag for Intl (the pseudo-locale formats as English). */
export function intlLocale(): string {
  return i18n.language === 'id' ? 'id-ID' : 'en-GB';
}

/** For code outside React components (menus built by hand, titles set on DOM elements). */
export const t = i18n.t.bind(i18n);
