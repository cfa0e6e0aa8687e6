import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  type Language,
} from './languages';
import { ru, type Messages } from './ru';

const LANGUAGE_KEY = 'cltv:language';

/**
 * The page's texts by language. Russian, which most visitors read, comes
 * with the page's code; English is a chunk of its own, loaded when a page
 * opens in English or the visitor switches to it (loadTexts).
 */
const loadedTexts: Partial<Record<Language, Messages>> = { ru };

const textChunks: Record<Language, () => Promise<Messages>> = {
  ru: () => Promise.resolve(ru),
  en: () => import('./en').then((module) => module.en),
};

/** The languages whose texts are at hand for createI18n and switching. */
export function hasTexts(language: Language): boolean {
  return loadedTexts[language] !== undefined;
}

/** Loads a language's texts; rejects when their chunk cannot be fetched. */
export async function loadTexts(language: Language): Promise<void> {
  loadedTexts[language] ??= await textChunks[language]();
}

/**
 * A ready i18next instance with the texts of every language loaded so
 * far. Initialisation is synchronous: the first render, at build time and
 * in the browser alike, already has its texts. A `language` whose texts
 * are not loaded reads Russian's, i18next's fallback.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['ru', 'en'],
    // A copy: sections' texts are merged into the store's own objects.
    resources: Object.fromEntries(
      Object.entries(loadedTexts).map(([code, texts]) => [
        code,
        { translation: structuredClone(texts) },
      ]),
    ),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/**
 * Gives an instance the page's texts in `language`, loading them first
 * when the page has not got them yet; rejects when they cannot be
 * fetched. The instance's language is left to the caller to switch.
 */
export async function addLanguageTexts(
  instance: i18n,
  language: Language,
): Promise<void> {
  await loadTexts(language);
  // The page's title stands for all the page's texts; sections add only
  // their own.
  if (instance.getResource(language, 'translation', 'app.title')) return;
  // Deep, not overwriting: the sections' texts for this language, merged
  // in as the sections loaded, stay.
  const texts = structuredClone(loadedTexts[language]!);
  instance.addResourceBundle(language, 'translation', texts, true, false);
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
