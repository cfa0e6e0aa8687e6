import { loadLanguage } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { loadFormValues, type StoredForm } from '../calculator/formStorage';
import {
  decodeShareHash,
  encodeShareHash,
  withoutScenario,
  type LinkedScenario,
  type LinkPart,
} from './shareLink';

export interface OpeningState {
  language: Language;
  stored: StoredForm;
  /** What the share link could not supply; undefined without a link. */
  ignoredInLink?: LinkPart[];
  /**
   * The scenario the link compares the form with, null when it compares
   * with none; undefined without a link to follow.
   */
  linkedScenario?: LinkedScenario | null;
}

/**
 * What the page opens on. A share link in the address wins over what this
 * browser stored, except when it is the link of exactly what is stored: a
 * reload of the visitor's own page, where storage also keeps the text as
 * typed, mistakes included, which the link leaves out. The compared
 * scenario goes with the form: the link's, or on a reload the stored one.
 */
export function openingState(
  hash: string,
  storage: Storage | undefined,
): OpeningState {
  const storedLanguage = loadLanguage(storage);
  const stored = loadFormValues(storage, storedLanguage);
  const shared = decodeShareHash(hash, storedLanguage);

  const isOwnLink =
    stored.status === 'restored' &&
    encodeShareHash(stored.values, storedLanguage) === withoutScenario(hash);
  if (!shared || isOwnLink) return { language: storedLanguage, stored };

  return {
    language: shared.language,
    stored: { status: 'restored', values: shared.values },
    ignoredInLink: shared.ignored,
    linkedScenario: shared.scenario ?? null,
  };
}
