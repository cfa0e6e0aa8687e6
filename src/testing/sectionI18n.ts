import type { i18n } from 'i18next';

import {
  addSectionMessages,
  createI18n,
  loadTexts,
  type SectionMessages,
} from '../i18n/i18n';
import type { Language } from '../i18n/languages';

// Tests render either language at once; the page loads English on demand.
await loadTexts('en');

/**
 * The page's i18next with the texts of lazily loaded sections added, as
 * the page has them once those sections have loaded.
 */
export function sectionI18n(
  language: Language,
  ...sections: SectionMessages[]
): i18n {
  const instance = createI18n(language);
  for (const messages of sections) addSectionMessages(instance, messages);
  return instance;
}
