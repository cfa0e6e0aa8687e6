import { loadLanguage } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { calculatesTheSame, readCltvInput } from '../calculator/formSchema';
import {
  addressAtLastSave,
  loadFormValues,
  type StoredForm,
} from '../calculator/formStorage';
import {
  reformatForLanguage,
  type CalculatorFormValues,
} from '../calculator/formValues';
import {
  decodeShareHash,
  encodeShareHash,
  withoutScenario,
  type LinkedScenario,
  type LinkPart,
  type SharedState,
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
  /**
   * The figures this browser had stored, in the link's language, when the
   * link replaces them in the form with figures that calculate otherwise;
   * the page keeps them as a scenario. Undefined when nothing is replaced,
   * and for stored figures with a mistake, which no scenario may hold.
   */
  replacedOwn?: CalculatorFormValues;
}

/**
 * What the page opens on. A share link in the address wins over what this
 * browser stored, unless it cannot be read at all or is the visitor's own
 * page reloaded: the link of exactly what is stored, or the address as it
 * was at the last save (the page writes the address a frame after a
 * change, so a quick reload finds it behind). Storage also keeps the text
 * as typed, mistakes included, which the link leaves out. The compared
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
    (encodeShareHash(stored.values, storedLanguage) === withoutScenario(hash) ||
      addressAtLastSave(storage) === hash);
  if (!shared || isOwnLink) return { language: storedLanguage, stored };
  if (shared.ignored.includes('link')) return unreadableLink(stored, shared);

  return {
    language: shared.language,
    stored: { status: 'restored', values: shared.values },
    ignoredInLink: shared.ignored,
    linkedScenario: shared.scenario ?? null,
    replacedOwn: replacedFigures(stored, storedLanguage, shared),
  };
}

/** The stored figures a link replaces, as OpeningState.replacedOwn. */
function replacedFigures(
  stored: StoredForm,
  storedLanguage: Language,
  shared: SharedState,
): CalculatorFormValues | undefined {
  if (stored.status !== 'restored') return undefined;
  const values =
    storedLanguage === shared.language
      ? stored.values
      : reformatForLanguage(stored.values, storedLanguage, shared.language);
  const hasMistake = readCltvInput(values, shared.language).input === null;
  if (hasMistake || calculatesTheSame(values, shared.values, shared.language)) {
    return undefined;
  }
  return values;
}

/**
 * A link that cannot be read at all opens what the page opens without
 * one: the defaults must not hide the figures stored here, which the next
 * keystroke would overwrite. Without stored figures the defaults come as
 * the link's, so that the page with its notice is rendered afresh rather
 * than hydrated over the prerendered page, which has no notice.
 */
function unreadableLink(stored: StoredForm, shared: SharedState): OpeningState {
  return {
    language: shared.language,
    stored:
      stored.status === 'restored'
        ? stored
        : { status: 'restored', values: shared.values },
    ignoredInLink: ['link'],
  };
}
