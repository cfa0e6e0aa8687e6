import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import {
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  formatPercentChange,
  formatRatio,
  type Currency,
} from '../../format/format';
import type { Language } from '../../i18n/languages';

/** Formatters bound to the page's language and the chosen currency. */
export function useFigures(currency: Currency) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;

  return useMemo(
    () => ({
      language,
      money: (value: number) => formatMoney(value, currency, language),
      /** Money to the cent, for the working behind a figure. */
      exactMoney: (value: number) =>
        formatMoney(value, currency, language, { fractionDigits: 2 }),
      /** A change of money: «+1 200 ₽», «−300 ₽». */
      moneyChange: (value: number) =>
        formatMoney(value, currency, language, { signed: true }),
      percent: (fraction: number) => formatPercent(fraction, language, 2),
      /** A change in percent, two decimals always: «+10,00 %». */
      percentChange: (fraction: number) =>
        formatPercentChange(fraction, language),
      /** A figure with up to one decimal: «2,5». */
      decimal: (value: number) => formatNumber(value, language, 1),
      /** A factor such as a survival share or 1/(1+d)^t: «0,468 384». */
      factor: (value: number) => formatNumber(value, language, 6),
      compactMoney: (value: number) =>
        formatMoneyCompact(value, currency, language),
      count: (value: number) => formatNumber(value, language),
      ratio: (value: number) => formatRatio(value, language),
    }),
    [currency, language],
  );
}

export type Figures = ReturnType<typeof useFigures>;
