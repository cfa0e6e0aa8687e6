import type { Language } from '../../i18n/languages';
import { reformatForLanguage, type CalculatorFormValues } from './formValues';

/** The form as it was before «restore the defaults», to bring it back. */
export interface ResetSnapshot {
  values: CalculatorFormValues;
  /** The language its figures are typed in. */
  language: Language;
}

/**
 * The values an undo of the reset brings back, typed the way the page's
 * language now writes figures (the language may have been switched since).
 */
export function valuesBeforeReset(
  snapshot: ResetSnapshot,
  language: Language,
): CalculatorFormValues {
  if (snapshot.language === language) return snapshot.values;
  return reformatForLanguage(snapshot.values, snapshot.language, language);
}
