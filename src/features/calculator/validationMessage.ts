import { formatMoney, formatNumber } from '../../format/format';
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

/**
 * The figure a message gives as an example of how to write one, written
 * by Intl: «1 000 000,5» with the no-break spaces Russian groups take, so
 * that it never wraps inside on a narrow screen; «1,000,000.5» in English.
 */
export function exampleFigure(language: Language): string {
  return formatNumber(1_000_000.5, language, 1);
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
