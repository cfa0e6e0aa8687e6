import { describe, expect, it } from 'vitest';

import { computeCltv } from '../../model/cltv';
import { workedExampleInput } from '../../model/workedExample';
import {
  comparedPoints,
  portfolioChartRows,
  portfolioMarkers,
} from './chartData';
import { cardHorizons, headlineFigures } from './headline';

describe('portfolioChartRows', () => {
  it('stacks the base and the new cohorts into the portfolio value', () => {
    const rows = portfolioChartRows(computeCltv(workedExampleInput));

    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      year: 1,
      existingBase: 30_000_000,
      newCohorts: expect.closeTo(1_000_000, 2),
      total: expect.closeTo(31_000_000, 2),
    });
    expect(rows[4]!.total).toBeCloseTo(101_435_679.01, 2);
  });

  it('adds the compared scenario by year, within the current horizon', () => {
    const result = computeCltv(workedExampleInput);
    // A three-year scenario: its values stop after year 3.
    const three = {
      name: 'A',
      currency: 'RUB' as const,
      portfolioValue: [1, 2, 3],
    };
    // A seven-year one: years 6 and 7 lie past the current horizon.
    const seven = {
      name: 'B',
      currency: 'RUB' as const,
      portfolioValue: [1, 2, 3, 4, 5, 6, 7],
    };

    const short = portfolioChartRows(result, three);
    const long = portfolioChartRows(result, seven);

    expect(short.map((row) => row.compared)).toEqual([1, 2, 3, null, null]);
    expect(short[4]!.total).toBeCloseTo(101_435_679.01, 2);
    expect(long.map((row) => row.compared)).toEqual([1, 2, 3, 4, 5]);
    expect(comparedPoints(short).map((row) => row.year)).toEqual([1, 2, 3]);
  });

  it('has no compared value without a comparison', () => {
    const rows = portfolioChartRows(computeCltv(workedExampleInput), null);

    expect(rows.every((row) => !('compared' in row))).toBe(true);
    expect(comparedPoints(rows)).toEqual([]);
  });

  it('marks the years 3 and 5 that the horizon reaches', () => {
    const rows = portfolioChartRows(computeCltv(workedExampleInput));
    const short = rows.slice(0, 4);

    expect(portfolioMarkers(rows).map((row) => row.year)).toEqual([3, 5]);
    expect(portfolioMarkers(short).map((row) => row.year)).toEqual([3]);
  });
});

describe('headlineFigures', () => {
  it('reports 3 and 5 years, and nothing past a shorter horizon', () => {
    const input = {
      ...workedExampleInput,
      horizonYears: 4,
      revenuePerCustomer: workedExampleInput.revenuePerCustomer.slice(0, 4),
      marginRate: workedExampleInput.marginRate.slice(0, 4),
      serviceCostPerCustomer: workedExampleInput.serviceCostPerCustomer.slice(
        0,
        4,
      ),
      retentionExisting: workedExampleInput.retentionExisting.slice(0, 3),
      retentionNew: workedExampleInput.retentionNew.slice(0, 3),
      newCustomers: workedExampleInput.newCustomers.slice(0, 4),
    };

    const [three, five] = headlineFigures(computeCltv(input));

    expect(three!.portfolioValue).toBeCloseTo(73_694_444.44, 2);
    expect(three!.baseValue).toBeCloseTo(63_666_666.67, 2);
    expect(five).toEqual({
      years: 5,
      baseValue: null,
      portfolioValue: null,
      cltvExisting: null,
      cltvNew: null,
    });
  });
});

describe('cardHorizons', () => {
  it.each([
    [1, [1, 3, 5]],
    [3, [3, 5]],
    [4, [3, 4, 5]],
    [5, [3, 5]],
    [10, [3, 5, 10]],
  ])('shows %i years as %j', (horizon, expected) => {
    expect(cardHorizons(horizon)).toEqual(expected);
  });
});
