import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { saveFormValues } from '../features/calculator/formStorage';
import { reformatForLanguage } from '../features/calculator/formValues';
import type { CalculatorState } from '../features/calculator/useCalculator';
import { addLanguageTexts, saveLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

export interface LanguageSwitch {
  changeLanguage: (next: Language) => void;
  /** The language whose texts could not be fetched, until tried again. */
  unavailable: Language | null;
}

/**
 * The switch of the page's language. The texts of a language the page has
 * not got yet come in a chunk of their own; the page, its figures and their
 * format change only once they are there, all in one render. Should they
 * not arrive, the page stays as it was and `unavailable` says which.
 */
export function useLanguageSwitch(
  form: CalculatorState['form'],
  language: Language,
  setLanguage: (language: Language) => void,
  storage: Storage | undefined,
): LanguageSwitch {
  const { i18n } = useTranslation();
  const [unavailable, setUnavailable] = useState<Language | null>(null);

  const changeLanguage = useCallback(
    (next: Language) => {
      if (next === language) return;
      setUnavailable(null);
      addLanguageTexts(i18n, next).then(
        () => {
          // A second click while the texts were loading: done by the first.
          if (i18n.language === next) return;
          const values = form.getValues();
          const rewritten = reformatForLanguage(values, language, next);
          void i18n.changeLanguage(next);
          saveLanguage(storage, next);
          setLanguage(next);
          form.reset(rewritten, { keepFieldsRef: true });
          saveFormValues(storage, next, rewritten);
        },
        () => setUnavailable(next),
      );
    },
    [form, i18n, language, setLanguage, storage],
  );

  return { changeLanguage, unavailable };
}
