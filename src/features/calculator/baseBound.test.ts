import { describe, expect, it } from 'vitest';

import { computeCltv, type CltvInput } from '../../model/cltv';
import { workedExampleInput } from '../../model/workedExample';
import {
  baseBoundIssues,
  MAX_BASE_MONEY_PER_YEAR,
  peakCustomers,
} from './baseBound';

/** Where a double still holds every kopeck of a figure exactly. */
const KOPECK_EXACT = Number.MAX_SAFE_INTEGER / 100;

const repeat = (value: number, length: number) =>
  Array.from({ length }, () => value);

/** Ten years at 0 % discount and 100 % retention: the largest figures. */
function atTheBound(overrides: Partial<CltvInput>): CltvInput {
  return {
    horizonYears: 10,
    existingCustomers: 2_000_000,
    revenuePerCustomer: repeat(0, 10),
    marginRate: repeat(1, 10),
    serviceCostPerCustomer: repeat(0, 10),
    acquisitionCost: 0,
    discountRate: 0,
    retentionExisting: repeat(1, 9),
    retentionNew: repeat(1, 9),
    newCustomers: repeat(0, 10),
    ...overrides,
  };
}

function largestFigure(input: CltvInput): number {
  const result = computeCltv(input);
  const figures = [
    ...result.years.flatMap((year) => Object.values(year)),
    ...result.portfolioValue,
    ...result.existingBaseValue,
    ...result.newCohortsValue,
  ];
  return Math.max(...figures.map(Math.abs));
}

describe('peakCustomers', () => {
  it('adds every planned new customer to today’s base', () => {
    // 1000 + 5 × 200.
    expect(peakCustomers(workedExampleInput)).toBe(2000);
  });
});

describe('baseBoundIssues', () => {
  it('finds nothing in the worked example', () => {
    expect(baseBoundIssues(workedExampleInput, 'RUB')).toEqual([]);
  });

  it('refuses a sum that takes the base past its bound, saying the most', () => {
    // 2000 customers × 2 000 000 001 ₽ is past 4 × 10^12 ₽ a year; AC is
    // paid for the 1000 new ones only.
    const input = {
      ...workedExampleInput,
      revenuePerCustomer: repeat(2_000_000_001, 5),
      acquisitionCost: 4_000_000_001,
    };

    expect(baseBoundIssues(input, 'USD')).toEqual([
      {
        path: ['revenuePerCustomer'],
        message:
          'tooLargeForBase|{"max":2000000000,"customers":2000,' +
          '"limit":4000000000000,"currency":"USD"}',
      },
      {
        path: ['acquisitionCost'],
        message:
          'tooLargeForNew|{"max":4000000000,"customers":1000,' +
          '"limit":4000000000000,"currency":"USD"}',
      },
    ]);
    expect(
      baseBoundIssues({ ...workedExampleInput, acquisitionCost: 4e9 }, 'USD'),
    ).toEqual([]);
  });

  it('rounds the most down, so that the limit shown is accepted', () => {
    // 4 × 10^12 / 3 000 000 = 1 333 333.33…
    const input = atTheBound({ existingCustomers: 3_000_000 });
    const at = (revenue: number) =>
      baseBoundIssues({ ...input, revenuePerCustomer: [revenue] }, 'RUB');

    expect(at(1_333_334)[0]?.message).toContain('"max":1333333,');
    expect(at(1_333_333)).toEqual([]);
  });

  it('keeps every figure, and a difference of two, within the kopeck at the bound', () => {
    const perCustomer = MAX_BASE_MONEY_PER_YEAR / 2_000_000;
    // Today's base alone, every customer kept for ten years: 4 × 10^13.
    const gain = atTheBound({ revenuePerCustomer: repeat(perCustomer, 10) });
    // Half of the peak joins in year 1 at the most AC, and every customer
    // costs the most with no margin: −(2 × 10^13 + 2 × 10^13 + 2 × 10^12).
    const cohorts = atTheBound({
      existingCustomers: 1_000_000,
      newCustomers: [1_000_000, ...repeat(0, 9)],
      marginRate: repeat(0, 10),
      serviceCostPerCustomer: repeat(perCustomer, 10),
      acquisitionCost: perCustomer,
    });

    for (const input of [gain, cohorts]) {
      expect(baseBoundIssues(input, 'RUB')).toEqual([]);
    }
    expect(largestFigure(gain)).toBeCloseTo(4e13, 0);
    expect(largestFigure(cohorts)).toBeCloseTo(4.2e13, 0);
    // A scenario of the one against the other differs by their sum.
    expect(largestFigure(gain) + largestFigure(cohorts)).toBeLessThan(
      KOPECK_EXACT,
    );
  });
});
