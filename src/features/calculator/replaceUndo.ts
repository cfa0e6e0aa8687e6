import type { Language } from '../../i18n/languages';
import {
  isSameForm,
  reformatForLanguage,
  type CalculatorFormValues,
} from './formValues';

/** What replaced the whole form at once: each shows its own undo. */
export type ReplaceCause = 'reset' | 'preset' | 'scenario';

/** The form as it was before a replacement, to bring it back. */
export interface ReplaceSnapshot {
  cause: ReplaceCause;
  values: CalculatorFormValues;
  /** The values the form was given instead. */
  replacement: CalculatorFormValues;
  /** The language both are typed in. */
  language: Language;
}

/**
 * The values an undo of the replacement brings back, typed the way the
 * page's language now writes figures (it may have been switched since).
 */
export function valuesBeforeReplace(
  snapshot: ReplaceSnapshot,
  language: Language,
): CalculatorFormValues {
  return inLanguage(snapshot.values, snapshot.language, language);
}

/**
 * True while the form still holds exactly what replaced it, a language
 * switch aside: once the visitor changes a field, an undo would throw
 * that change away.
 */
export function isStillReplaced(
  snapshot: ReplaceSnapshot,
  values: CalculatorFormValues,
  language: Language,
): boolean {
  const replacement = inLanguage(
    snapshot.replacement,
    snapshot.language,
    language,
  );
  return isSameForm(values, replacement);
}

function inLanguage(
  values: CalculatorFormValues,
  from: Language,
  to: Language,
): CalculatorFormValues {
  return from === to ? values : reformatForLanguage(values, from, to);
}
