import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { ru } from './ru';

const LANGUAGE_KEY = 'cltv:language';

export const resources = {
  ru: { translation: ru },
  en: { translation: en },
} as const;

/**
 * A ready i18next instance. Resources are bundled, so initialisation is
 * synchronous: the first render, at build time and in the browser alike,
 * already has its texts.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['ru', 'en'],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The language the visitor chose before, or the default. */
export function loadLanguage(storage: Storage | undefined): Language {
  try {
    const stored = storage?.getItem(LANGUAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function saveLanguage(storage: Storage | undefined, language: Language) {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage can be full or switched off; the choice then lasts this visit.
  }
}
