import { isLanguage, type Language } from '../../i18n/languages';
import { formValuesShape } from './formSchema';
import {
  defaultFormValues,
  reformatForLanguage,
  type CalculatorFormValues,
} from './formValues';

const FORM_KEY = 'cltv:form:v1';
/** Far above a real form (about 1 kB); anything larger is not ours. */
const MAX_STORED_LENGTH = 50_000;

export type StoredForm =
  | { status: 'none' }
  | { status: 'restored'; values: CalculatorFormValues }
  | { status: 'corrupt' };

/**
 * The form as the visitor left it. Stored text is written in the language
 * it was typed in, so it is saved along with that language.
 */
export function loadFormValues(
  storage: Storage | undefined,
  language: Language,
): StoredForm {
  let text: string | null | undefined;
  try {
    text = storage?.getItem(FORM_KEY);
  } catch {
    return { status: 'none' };
  }
  if (text == null) return { status: 'none' };
  if (text.length > MAX_STORED_LENGTH) return { status: 'corrupt' };

  try {
    const stored = JSON.parse(text) as { language?: unknown; values?: unknown };
    const values = formValuesShape.safeParse(stored.values);
    if (!values.success || !isLanguage(stored.language)) {
      return { status: 'corrupt' };
    }
    const isSameLanguage = stored.language === language;
    return {
      status: 'restored',
      values: isSameLanguage
        ? values.data
        : reformatForLanguage(values.data, stored.language, language),
    };
  } catch {
    return { status: 'corrupt' };
  }
}

/**
 * Saves the form along with the address's hash at that moment. The page
 * writes its share link into the address a frame after a change
 * (useAddressBarLink), so a reload right after one finds an address that
 * is behind what is stored; that it is the address of the last save tells
 * it apart from a link the visitor opened (see openingState).
 */
export function saveFormValues(
  storage: Storage | undefined,
  language: Language,
  values: CalculatorFormValues,
  address: string = globalThis.location?.hash ?? '',
): void {
  try {
    storage?.setItem(FORM_KEY, JSON.stringify({ language, values, address }));
  } catch {
    // Full or disabled storage: the page keeps working, unsaved.
  }
}

/** The address's hash when the form was last saved; null when unknown. */
export function addressAtLastSave(storage: Storage | undefined): string | null {
  try {
    const text = storage?.getItem(FORM_KEY);
    if (text == null || text.length > MAX_STORED_LENGTH) return null;
    const { address } = JSON.parse(text) as { address?: unknown };
    return typeof address === 'string' ? address : null;
  } catch {
    return null;
  }
}

export function clearFormValues(storage: Storage | undefined): void {
  try {
    storage?.removeItem(FORM_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** Stored values when there are any, else the defaults for the language. */
export function initialFormValues(stored: StoredForm, language: Language) {
  return stored.status === 'restored'
    ? stored.values
    : defaultFormValues(language);
}
