import {
  formatMoney,
  formatPercentChange,
  type Currency,
} from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { ComparisonRow } from './compare';

/** A row of the comparison as shown; null where there is no figure. */
export interface ComparisonCells {
  saved: string | null;
  current: string | null;
  /** With its sign: «+1 200 ₽», «−300 ₽», «0 ₽». */
  difference: string | null;
  /** With its sign and two decimals, as the sensitivity: «+12,50 %». */
  relativeDifference: string | null;
}

/**
 * The figures of one comparison row, each in its own currency. Figures in
 * two currencies have no difference to show.
 */
export function comparisonCells(
  row: ComparisonRow,
  currencies: { saved: Currency; current: Currency },
  language: Language,
): ComparisonCells {
  const money = (value: number | null, currency: Currency, signed = false) =>
    value === null ? null : formatMoney(value, currency, language, { signed });
  const isComparable = currencies.saved === currencies.current;
  const relative = isComparable ? row.relativeDifference : null;

  return {
    saved: money(row.saved, currencies.saved),
    current: money(row.current, currencies.current),
    difference: isComparable
      ? money(row.difference, currencies.current, true)
      : null,
    relativeDifference:
      relative === null ? null : formatPercentChange(relative, language),
  };
}
