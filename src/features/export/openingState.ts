import { loadLanguage } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { loadFormValues, type StoredForm } from '../calculator/formStorage';
import { decodeShareHash, encodeShareHash, type LinkPart } from './shareLink';

export interface OpeningState {
  language: Language;
  stored: StoredForm;
  /** What the share link could not supply; undefined without a link. */
  ignoredInLink?: LinkPart[];
}

/**
 * What the page opens on. A share link in the address wins over what this
 * browser stored, except when it is the link of exactly what is stored: a
 * reload of the visitor's own page, where storage also keeps the text as
 * typed, mistakes included, which the link leaves out.
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
    encodeShareHash(stored.values, storedLanguage) === hash;
  if (!shared || isOwnLink) return { language: storedLanguage, stored };

  return {
    language: shared.language,
    stored: { status: 'restored', values: shared.values },
    ignoredInLink: shared.ignored,
  };
}
