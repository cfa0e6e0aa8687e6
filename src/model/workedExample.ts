import type { CltvInput } from './cltvInput';

/**
 * The example worked out by hand in the README: a base of 1000 customers,
 * 200 new ones a year, five years at a 20 % discount rate.
 */
export const workedExampleInput: CltvInput = {
  horizonYears: 5,
  existingCustomers: 1000,
  revenuePerCustomer: [120_000, 120_000, 120_000, 120_000, 120_000],
  marginRate: [0.4, 0.4, 0.4, 0.4, 0.4],
  serviceCostPerCustomer: [12_000, 12_000, 12_000, 12_000, 12_000],
  acquisitionCost: 25_000,
  discountRate: 0.2,
  retentionExisting: [0.8, 0.82, 0.84, 0.85],
  retentionNew: [0.6, 0.8, 0.82, 0.84],
  newCustomers: [200, 200, 200, 200, 200],
};
