import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import {
  formatMoney,
  formatMoneyCompact,
  formatNumber,
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
      compactMoney: (value: number) =>
        formatMoneyCompact(value, currency, language),
      count: (value: number) => formatNumber(value, language),
      ratio: (value: number) => formatRatio(value, language),
    }),
    [currency, language],
  );
}

export type Figures = ReturnType<typeof useFigures>;
