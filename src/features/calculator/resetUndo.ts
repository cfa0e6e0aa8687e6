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

/**
 * Whether two forms hold the same text in every field. The reset's undo
 * is offered while the form holds the defaults it put there: once the
 * visitor changes a field, an undo would throw that change away.
 */
export function isSameForm(
  a: CalculatorFormValues,
  b: CalculatorFormValues,
): boolean {
  return (Object.keys(b) as (keyof CalculatorFormValues)[]).every((key) =>
    isSameValue(a[key], b[key]),
  );
}

function isSameValue(a: string | string[], b: string | string[]): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
