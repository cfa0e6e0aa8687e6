import { CURRENCIES, formatForInput, type Currency } from '../../format/format';
import { parseLocaleNumber, unitSigns } from '../../format/parseNumber';
import type { Language } from '../../i18n/languages';
import { MAX_HORIZON_YEARS } from '../../model/cltv';

export const MARGIN_MAKEUPS = ['yes', 'no', 'unsure'] as const;
export type MarginMakeup = (typeof MARGIN_MAKEUPS)[number];

export const PER_YEAR_MODES = ['single', 'perYear'] as const;
export type PerYearMode = (typeof PER_YEAR_MODES)[number];

export const NEW_RETENTION_MODES = ['twoRates', 'perAge'] as const;
export type NewRetentionMode = (typeof NEW_RETENTION_MODES)[number];

/**
 * What the form holds: every figure exactly as the visitor typed it, so
 * that nothing they type is rewritten under their cursor. Per-year lists
 * always have room for the longest horizon; only the first H (or H − 1)
 * entries are read.
 */
export interface CalculatorFormValues {
  currency: Currency;
  horizonYears: string;
  existingCustomers: string;
  revenuePerCustomer: string;
  marginPercent: string;
  marginIncludesCosts: MarginMakeup;
  serviceCostPerCustomer: string;
  acquisitionCost: string;
  retentionExistingMode: PerYearMode;
  retentionExistingPercent: string;
  retentionExistingByYear: string[];
  retentionNewMode: NewRetentionMode;
  retentionNewFirstYearPercent: string;
  retentionNewLaterPercent: string;
  retentionNewByAge: string[];
  newCustomersMode: PerYearMode;
  newCustomersPerYear: string;
  newCustomersByYear: string[];
  discountRatePercent: string;
}

/** Names of the fields that hold a single typed number. */
export const SCALAR_NUMBER_FIELDS = [
  'existingCustomers',
  'revenuePerCustomer',
  'marginPercent',
  'serviceCostPerCustomer',
  'acquisitionCost',
  'retentionExistingPercent',
  'retentionNewFirstYearPercent',
  'retentionNewLaterPercent',
  'newCustomersPerYear',
  'discountRatePercent',
] as const satisfies readonly (keyof CalculatorFormValues)[];

export const LIST_NUMBER_FIELDS = [
  'retentionExistingByYear',
  'retentionNewByAge',
  'newCustomersByYear',
] as const satisfies readonly (keyof CalculatorFormValues)[];

type NumberDefaults = Record<(typeof SCALAR_NUMBER_FIELDS)[number], number> &
  Record<(typeof LIST_NUMBER_FIELDS)[number], number[]>;

/**
 * The README's worked example, extended to ten years with the last rates,
 * so that the page opens on figures a reader can check by hand.
 */
const DEFAULT_NUMBERS: NumberDefaults = {
  existingCustomers: 1000,
  revenuePerCustomer: 120_000,
  marginPercent: 40,
  serviceCostPerCustomer: 12_000,
  acquisitionCost: 25_000,
  retentionExistingPercent: 80,
  retentionExistingByYear: [80, 82, 84, 85, 85, 85, 85, 85, 85],
  retentionNewFirstYearPercent: 60,
  retentionNewLaterPercent: 80,
  retentionNewByAge: [60, 80, 82, 84, 84, 84, 84, 84, 84],
  newCustomersPerYear: 200,
  newCustomersByYear: Array.from({ length: MAX_HORIZON_YEARS }, () => 200),
  discountRatePercent: 20,
};

export const DEFAULT_HORIZON_YEARS = 5;

export function defaultFormValues(language: Language): CalculatorFormValues {
  const text = (value: number) => formatForInput(value, language);
  const n = DEFAULT_NUMBERS;

  return {
    currency: 'RUB',
    horizonYears: String(DEFAULT_HORIZON_YEARS),
    existingCustomers: text(n.existingCustomers),
    revenuePerCustomer: text(n.revenuePerCustomer),
    marginPercent: text(n.marginPercent),
    marginIncludesCosts: 'no',
    serviceCostPerCustomer: text(n.serviceCostPerCustomer),
    acquisitionCost: text(n.acquisitionCost),
    retentionExistingMode: 'perYear',
    retentionExistingPercent: text(n.retentionExistingPercent),
    retentionExistingByYear: n.retentionExistingByYear.map(text),
    retentionNewMode: 'perAge',
    retentionNewFirstYearPercent: text(n.retentionNewFirstYearPercent),
    retentionNewLaterPercent: text(n.retentionNewLaterPercent),
    retentionNewByAge: n.retentionNewByAge.map(text),
    newCustomersMode: 'single',
    newCustomersPerYear: text(n.newCustomersPerYear),
    newCustomersByYear: n.newCustomersByYear.map(text),
    discountRatePercent: text(n.discountRatePercent),
  };
}

/**
 * Rewrites every typed figure for another language («1 000,5» in Russian
 * becomes «1,000.5» in English, «5 000 €» becomes «5,000 €»), so that
 * switching the language never changes what a figure means. Text that
 * does not parse is left as typed.
 */
export function reformatForLanguage(
  values: CalculatorFormValues,
  from: Language,
  to: Language,
): CalculatorFormValues {
  const convert = (text: string) => reformatFigure(text, from, to);
  const next = { ...values };
  for (const key of SCALAR_NUMBER_FIELDS) next[key] = convert(values[key]);
  for (const key of LIST_NUMBER_FIELDS) next[key] = values[key].map(convert);
  return next;
}

/**
 * One typed figure rewritten for another language, as reformatForLanguage
 * does for the whole form: «150 000» from Russian is «150,000» in
 * English. Text that does not read as a number is returned as typed.
 */
export function reformatFigure(
  text: string,
  from: Language,
  to: Language,
): string {
  const parsed = parseLocaleNumber(text, from);
  const isConvertible =
    parsed.kind === 'number' && Number.isFinite(parsed.value);
  return isConvertible ? retype(text, parsed.value, to) : text;
}

/**
 * The figure written for the language, keeping the signs it was typed
 * with: a sign the field refuses («€» in a rouble form) must not vanish
 * with a language switch and the figure be taken as it stands.
 */
function retype(text: string, value: number, language: Language): string {
  const { leading, trailing } = unitSigns(text);
  const minus = value < 0 ? '-' : '';
  const figure = formatForInput(Math.abs(value), language);
  return `${minus}${leading ?? ''}${figure}${trailing ? ` ${trailing}` : ''}`;
}

export function isCurrency(value: unknown): value is Currency {
  return CURRENCIES.includes(value as Currency);
}

/** Whether two forms hold the same text in every field. */
export function isSameForm(
  a: CalculatorFormValues,
  b: CalculatorFormValues,
): boolean {
  return (Object.keys(b) as (keyof CalculatorFormValues)[]).every((key) =>
    isSameValue(a[key], b[key]),
  );
}

function isSameValue(a: string | string[], b: string | string[]): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
