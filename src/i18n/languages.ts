/** Languages of the page; the first is the default. */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ru';

/** BCP 47 tags for Intl, one per page language. */
export const INTL_LOCALE: Record<Language, string> = {
  ru: 'ru-RU',
  en: 'en-US',
};

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}
