import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  type Language,
} from './languages';
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
    // A copy: sections' texts are merged into the store's own objects.
    resources: structuredClone(resources),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/**
 * The texts a lazily loaded section brings along, one object per
 * language, each shaped like a part of the page's texts (`{ lead: {...} }`)
 * and merged into them.
 */
export type SectionMessages = Readonly<Record<Language, object>>;

const addedMessages = new WeakMap<object, Set<SectionMessages>>();

/**
 * Merges a section's texts into the instance's texts in every language,
 * so that a language switch needs nothing more. Once per store: the
 * instances of fixedLanguage() share their page's store.
 */
export function addSectionMessages(
  instance: i18n,
  messages: SectionMessages,
): void {
  const added = addedMessages.get(instance.store) ?? new Set();
  if (added.has(messages)) return;

  for (const language of LANGUAGES) {
    const texts = messages[language];
    instance.addResourceBundle(language, 'translation', texts, true);
  }
  addedMessages.set(instance.store, added.add(messages));
}

const fixedInstances = new WeakMap<i18n, Map<Language, i18n>>();

/**
 * An instance that stays in one language whatever the page's instance
 * switches to, sharing its texts. One per language and page instance.
 */
export function fixedLanguage(instance: i18n, language: Language): i18n {
  const byLanguage = fixedInstances.get(instance) ?? new Map();
  fixedInstances.set(instance, byLanguage);

  const fixed =
    byLanguage.get(language) ?? instance.cloneInstance({ lng: language });
  byLanguage.set(language, fixed);
  return fixed;
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
