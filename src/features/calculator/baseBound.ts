import type { Currency } from '../../format/format';
import type { CltvInput } from '../../model/cltv';
import { encodeMessage } from './validationMessage';

/*
 * Every figure on the page must stay below Number.MAX_SAFE_INTEGER / 100,
 * about 9.007e13 roubles or dollars: up to there a double holds every
 * kopeck or cent exactly; beyond it the year table shows digits that mean
 * nothing and the chart's axis reads «14 000 000 000 трлн ₽». The bound
 * below holds revenue and service costs per customer times the most
 * customers the base can have in one year, and AC times the new customers
 * planned over the horizon. Then no year's revenue, costs or acquisition
 * spend is above it; a value of the base over at most 10 years (margins
 * of 10 years and the acquisition of every cohort) is below 11 times it;
 * and a difference of two such values (a lever of the sensitivity, a
 * scenario against the current figures) below 22 times it: 8.8e13, still
 * within the kopeck.
 *
 * 4 trillion a year is more than any company's revenue in dollars or
 * euros, and in roubles or tenge more than all but a handful of the
 * largest companies of Russia or Kazakhstan turn over; those would work
 * out CLTV by segment rather than for the whole company at once. A sum
 * per customer keeps its own, larger bound (MAX_MONEY_PER_CUSTOMER) for a
 * base of a few customers.
 */
export const MAX_BASE_MONEY_PER_YEAR = 4e12;

/**
 * The most customers the base can have in one year: today's base and
 * every new customer planned over the horizon, none of them lost.
 *
 * @example peakCustomers({ existingCustomers: 1000, newCustomers: [200, 200] }) // 1400
 */
export function peakCustomers(
  input: Pick<CltvInput, 'existingCustomers' | 'newCustomers'>,
): number {
  return input.newCustomers.reduce((a, b) => a + b, input.existingCustomers);
}

/** Every new customer planned over the horizon. */
function plannedCustomers(input: Pick<CltvInput, 'newCustomers'>): number {
  return input.newCustomers.reduce((a, b) => a + b, 0);
}

/**
 * Each sum per customer with the customers it is paid for: revenue and
 * costs for every customer of the base, AC for the new ones only.
 */
const SUMS_PER_CUSTOMER = [
  {
    field: 'revenuePerCustomer',
    sum: (input: CltvInput) => input.revenuePerCustomer[0] ?? 0,
    customers: peakCustomers,
    message: 'tooLargeForBase',
  },
  {
    field: 'serviceCostPerCustomer',
    sum: (input: CltvInput) => input.serviceCostPerCustomer[0] ?? 0,
    customers: peakCustomers,
    message: 'tooLargeForBase',
  },
  {
    field: 'acquisitionCost',
    sum: (input: CltvInput) => input.acquisitionCost,
    customers: plannedCustomers,
    message: 'tooLargeForNew',
  },
] as const;

export type SumField = (typeof SUMS_PER_CUSTOMER)[number]['field'];

/**
 * The sums per customer that take the base past MAX_BASE_MONEY_PER_YEAR,
 * each with its message: the largest sum per customer (in whole units,
 * rounded down, so that the limit shown is itself accepted), the
 * customers it is paid for and the bound, in the form's currency.
 */
export function baseBoundIssues(
  input: CltvInput,
  currency: Currency,
): { path: [SumField]; message: string }[] {
  return SUMS_PER_CUSTOMER.filter(
    ({ sum, customers }) =>
      sum(input) * customers(input) > MAX_BASE_MONEY_PER_YEAR,
  ).map(({ field, customers, message }) => {
    const count = customers(input);
    const max = Math.floor(MAX_BASE_MONEY_PER_YEAR / count);
    const params = { max, customers: count, limit: MAX_BASE_MONEY_PER_YEAR };
    return {
      path: [field],
      message: encodeMessage(message, { ...params, currency }),
    };
  });
}
