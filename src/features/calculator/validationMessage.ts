import { formatForInput, formatMoney, formatNumber } from '../../format/format';
import type { Language } from '../../i18n/languages';
import { isCurrency } from './formValues';

/*
 * Validation messages travel through zod and react-hook-form as plain
 * strings: a translation key, optionally followed by «|» and JSON params
 * (e.g. «tooLarge|{"max":1000000000}»). The page translates them when it
 * shows them, so a message follows a language switch.
 */

/** A message's params: figures to format, or words such as «RUB». */
export type MessageParams = Record<string, number | string>;

export function encodeMessage(key: string, params?: MessageParams): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

export function decodeMessage(message: string): {
  key: string;
  params: MessageParams;
} {
  const separator = message.indexOf('|');
  if (separator === -1) return { key: message, params: {} };

  try {
    const params = JSON.parse(message.slice(separator + 1)) as MessageParams;
    return { key: message.slice(0, separator), params };
  } catch {
    return { key: message.slice(0, separator), params: {} };
  }
}

/** What a field's figure counts, and so what an example of one is. */
export type FigureKind = 'money' | 'percent' | 'count';

const EXAMPLE_OF: Record<FigureKind, { value: number; decimals: number }> = {
  money: { value: 1_000_000.5, decimals: 1 },
  percent: { value: 12.5, decimals: 1 },
  count: { value: 1000, decimals: 0 },
};

function isFigureKind(value: unknown): value is FigureKind {
  return typeof value === 'string' && Object.hasOwn(EXAMPLE_OF, value);
}

/**
 * The figure a message gives as an example of how to write one of the
 * given kind, written by Intl: «1 000 000,5» with the no-break spaces
 * Russian groups take, so that it never wraps inside on a narrow screen;
 * «1,000,000.5» in English; a percentage «12,5», a count «1 000».
 */
export function exampleFigure(
  language: Language,
  kind: FigureKind = 'money',
): string {
  const { value, decimals } = EXAMPLE_OF[kind];
  return formatNumber(value, language, decimals);
}

/**
 * A message's params, written: those its translations name, with the
 * figures that are not always given blank, and any others as they come.
 */
// A type, not an interface, so that i18next takes it as options.
type ShownParams = {
  max: string;
  example: string;
  meant?: string;
  meantPlain?: string;
};

/**
 * A message as the page shows it: its translation key and the params, all
 * written for the language. «Not a number» gets an example of the field's
 * kind of figure; «wrong digit groups» the figure meant, written as one
 * would type it with groups and without (parseLocaleNumber reads both
 * back as that figure), or only once when the two are the same («123»):
 * the key is then digitGroupsShort.
 *
 * @example
 * messageToShow('digitGroups|{"meant":1200005}', 'en')
 * // { key: 'digitGroups', params: { meant: '1,200,005', meantPlain: '1200005' } }
 */
export function messageToShow(
  message: string,
  language: Language,
): { key: string; params: ShownParams } {
  const { key, params } = decodeMessage(message);
  const kind = isFigureKind(params.exampleOf) ? params.exampleOf : 'money';
  const shown: ShownParams = {
    max: '',
    ...formatMessageParams(params, language),
    example: exampleFigure(language, kind),
  };
  if (key !== 'digitGroups' || typeof params.meant !== 'number') {
    return { key, params: shown };
  }

  const meant = formatForInput(params.meant, language);
  const meantPlain = formatForInput(params.meant, language, false);
  return {
    key: meant === meantPlain ? 'digitGroupsShort' : key,
    params: { ...shown, meant, meantPlain },
  };
}

/**
 * A message's params as the page shows them: figures with the language's
 * digit groups, in the message's currency when it names one, but for the
 * count of customers; words as they are.
 *
 * @example
 * formatMessageParams({ max: 1e12, currency: 'RUB' }, 'ru')
 * // { max: '1 000 000 000 000 ₽', currency: 'RUB' }
 */
export function formatMessageParams(
  params: MessageParams,
  language: Language,
): Record<string, string> {
  const currency = isCurrency(params.currency) ? params.currency : null;
  const figure = (key: string, value: number) =>
    currency && key !== 'customers'
      ? formatMoney(value, currency, language)
      : formatNumber(value, language);

  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : figure(key, value),
    ]),
  );
}
