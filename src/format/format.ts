import { INTL_LOCALE, type Language } from '../i18n/languages';

export const CURRENCIES = ['RUB', 'USD', 'EUR', 'KZT'] as const;
export type Currency = (typeof CURRENCIES)[number];

/*
 * Every figure on the page, in the chart and in exports is rounded here and
 * nowhere else. Formatters are cached: creating an Intl.NumberFormat costs
 * far more than using one, and figures are formatted on every keystroke.
 */
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(
  language: Language,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = language + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], {
      signDisplay: 'negative',
      ...options,
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * Figures meant for reading take the typographic minus «−» (U+2212), as
 * print does; Intl writes the hyphen «-». Inputs and spreadsheets keep the
 * hyphen, which every program reads.
 */
function forReading(text: string): string {
  return text.replace('-', '\u2212');
}

export interface MoneyOptions {
  /** Decimals to show: 0 (whole units) unless the working needs cents. */
  fractionDigits?: number;
  /** «+1 200 ₽» for a change: a plus sign on gains, none on zero. */
  signed?: boolean;
}

/** «1 234 567 ₽» in Russian, «₽1,234,567» in English: whole units. */
export function formatMoney(
  value: number,
  currency: Currency,
  language: Language,
  { fractionDigits = 0, signed = false }: MoneyOptions = {},
): string {
  return forReading(
    numberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: fractionDigits,
      minimumFractionDigits: fractionDigits,
      ...(signed && { signDisplay: 'exceptZero' }),
    }).format(value),
  );
}

/** «54 млн ₽», «₽54M»: for chart axes and tight spaces. */
export function formatMoneyCompact(
  value: number,
  currency: Currency,
  language: Language,
): string {
  return forReading(
    numberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      // Node's ICU pads «4 млн» to «4,0 млн» unless told; browsers do not, and
      // the prerendered page must read as the browser renders it.
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value),
  );
}

/** A plain figure with digit groups, e.g. customers: «1 120». */
export function formatNumber(
  value: number,
  language: Language,
  maximumFractionDigits = 0,
): string {
  return forReading(
    numberFormat(language, { maximumFractionDigits }).format(value),
  );
}

/** A fraction as percent: 0.825 → «82,5 %»; signed: «+3,9 %». */
export function formatPercent(
  fraction: number,
  language: Language,
  maximumFractionDigits = 1,
  signed = false,
): string {
  return forReading(
    numberFormat(language, {
      style: 'percent',
      maximumFractionDigits,
      ...(signed && { signDisplay: 'exceptZero' }),
    }).format(fraction),
  );
}

/**
 * A change in percent for a column of them: always two decimals and a
 * sign, so that «+10,00 %» reads beside «+0,39 %» (plain formatPercent
 * would write «+10 %»); a change that rounds to zero is «0,00 %».
 */
export function formatPercentChange(
  fraction: number,
  language: Language,
): string {
  return forReading(
    numberFormat(language, {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(fraction),
  );
}

/** A ratio such as LTV:CAC: «2,66». */
export function formatRatio(value: number, language: Language): string {
  return forReading(
    numberFormat(language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(value),
  );
}

/**
 * A number as a person would type it into a field of the given language:
 * groups (unless told not to) but no currency, as many decimals as it has
 * (up to 6), so that parseLocaleNumber reads it back to the same value. A
 * Russian fraction of exactly three decimals after a whole part other than
 * 0 gets a fourth, «1,1250»: parseLocaleNumber refuses «1,125» as looking
 * like English digit groups.
 */
export function formatForInput(
  value: number,
  language: Language,
  useGrouping = true,
): string {
  const text = numberFormat(language, {
    maximumFractionDigits: 6,
    useGrouping,
  }).format(value);
  const [whole = '', fraction = ''] = text.split(',');
  const looksGrouped =
    language === 'ru' && fraction.length === 3 && /[1-9]/.test(whole);
  return looksGrouped ? `${text}0` : text;
}

/**
 * A figure for a spreadsheet cell: no digit groups, up to two decimals,
 * the language's decimal mark and an ASCII minus, so that Excel set to
 * that language reads it as a number: «-1234,5» in Russian, «-1234.5» in
 * English.
 */
export function formatForSpreadsheet(value: number, language: Language) {
  return numberFormat(language, {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(value);
}

/** A calendar date in words: «3 декабря 2026 г.», «December 3, 2026». */
export function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    dateStyle: 'long',
  }).format(date);
}
