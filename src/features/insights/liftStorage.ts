import { isLanguage, type Language } from '../../i18n/languages';

const LIFT_KEY = 'cltv:cxLift';

/** The CX programme's lift as the visitor typed it, in their language. */
export interface StoredLift {
  text: string;
  language: Language;
}

/** The lift typed on an earlier visit; null when none or unreadable. */
export function loadLift(storage: Storage | undefined): StoredLift | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(LIFT_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { text, language } = parsed as Record<string, unknown>;
    if (typeof text !== 'string' || !isLanguage(language)) return null;
    return { text, language };
  } catch {
    // Storage switched off, or text that is not JSON: start afresh.
    return null;
  }
}

export function saveLift(storage: Storage | undefined, lift: StoredLift) {
  try {
    storage?.setItem(LIFT_KEY, JSON.stringify(lift));
  } catch {
    // Storage can be full or switched off; the lift then lasts this visit.
  }
}
