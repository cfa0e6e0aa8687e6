import { formatForInput, type Currency } from '../../format/format';
import type { Language } from '../../i18n/languages';
import { MAX_HORIZON_YEARS } from '../../model/cltv';
import type { CalculatorFormValues } from '../calculator/formValues';

/**
 * Figures of a starting point. They are illustrations of the order of
 * magnitude in each business, in roubles a year per customer, not
 * benchmarks: nobody measured them, and the page says so.
 */
interface PresetFigures {
  existingCustomers: number;
  revenuePerCustomer: number;
  marginPercent: number;
  serviceCostPerCustomer: number;
  acquisitionCost: number;
  retentionExistingPercent: number;
  retentionNewFirstYearPercent: number;
  retentionNewLaterPercent: number;
  newCustomersPerYear: number;
  discountRatePercent: number;
}

export const PRESETS = {
  telecom: {
    existingCustomers: 200_000,
    revenuePerCustomer: 7_200,
    marginPercent: 50,
    serviceCostPerCustomer: 900,
    acquisitionCost: 1_800,
    retentionExistingPercent: 78,
    retentionNewFirstYearPercent: 55,
    retentionNewLaterPercent: 75,
    newCustomersPerYear: 50_000,
    discountRatePercent: 18,
  },
  bank: {
    existingCustomers: 100_000,
    revenuePerCustomer: 12_000,
    marginPercent: 55,
    serviceCostPerCustomer: 3_000,
    acquisitionCost: 5_000,
    retentionExistingPercent: 85,
    retentionNewFirstYearPercent: 65,
    retentionNewLaterPercent: 85,
    newCustomersPerYear: 20_000,
    discountRatePercent: 20,
  },
  saas: {
    existingCustomers: 300,
    revenuePerCustomer: 1_200_000,
    marginPercent: 80,
    serviceCostPerCustomer: 180_000,
    acquisitionCost: 900_000,
    retentionExistingPercent: 88,
    retentionNewFirstYearPercent: 75,
    retentionNewLaterPercent: 88,
    newCustomersPerYear: 90,
    discountRatePercent: 25,
  },
  eshop: {
    existingCustomers: 40_000,
    revenuePerCustomer: 9_000,
    marginPercent: 30,
    serviceCostPerCustomer: 900,
    acquisitionCost: 1_200,
    retentionExistingPercent: 50,
    retentionNewFirstYearPercent: 30,
    retentionNewLaterPercent: 55,
    newCustomersPerYear: 25_000,
    discountRatePercent: 20,
  },
  salon: {
    existingCustomers: 1_200,
    revenuePerCustomer: 36_000,
    marginPercent: 40,
    serviceCostPerCustomer: 2_400,
    acquisitionCost: 3_000,
    retentionExistingPercent: 65,
    retentionNewFirstYearPercent: 40,
    retentionNewLaterPercent: 65,
    newCustomersPerYear: 500,
    discountRatePercent: 20,
  },
} as const satisfies Record<string, PresetFigures>;

/*
 * The currency the presets' sums are in. The form converts no sums when
 * the currency changes, so a preset must bring its own: the same sums
 * under a dollar sign would describe a business many times larger.
 */
export const PRESET_CURRENCY: Currency = 'RUB';

export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

const repeat = (text: string, length: number) =>
  Array.from({ length }, () => text);

/**
 * The form filled with a preset, typed as the visitor's language writes
 * figures: one retention rate for today's base, a first-year and a later
 * rate for new customers, the same intake every year, in roubles, over the
 * horizon the visitor chose (the preset's figures hold for any horizon).
 * The per-year lists hold the same rates for the longest horizon, so that
 * switching a mode or the horizon shows the preset too.
 */
export function presetFormValues(
  id: PresetId,
  language: Language,
  horizonYears: string,
): CalculatorFormValues {
  const figures: PresetFigures = PRESETS[id];
  const text = (value: number) => formatForInput(value, language);
  const later = text(figures.retentionNewLaterPercent);
  const first = text(figures.retentionNewFirstYearPercent);

  return {
    currency: PRESET_CURRENCY,
    horizonYears,
    existingCustomers: text(figures.existingCustomers),
    revenuePerCustomer: text(figures.revenuePerCustomer),
    marginPercent: text(figures.marginPercent),
    marginIncludesCosts: 'no',
    serviceCostPerCustomer: text(figures.serviceCostPerCustomer),
    acquisitionCost: text(figures.acquisitionCost),
    retentionExistingMode: 'single',
    retentionExistingPercent: text(figures.retentionExistingPercent),
    retentionExistingByYear: repeat(
      text(figures.retentionExistingPercent),
      MAX_HORIZON_YEARS - 1,
    ),
    retentionNewMode: 'twoRates',
    retentionNewFirstYearPercent: first,
    retentionNewLaterPercent: later,
    retentionNewByAge: [first, ...repeat(later, MAX_HORIZON_YEARS - 2)],
    newCustomersMode: 'single',
    newCustomersPerYear: text(figures.newCustomersPerYear),
    newCustomersByYear: repeat(
      text(figures.newCustomersPerYear),
      MAX_HORIZON_YEARS,
    ),
    discountRatePercent: text(figures.discountRatePercent),
  };
}
