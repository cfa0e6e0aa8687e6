import { describe, expect, it } from 'vitest';

import { CltvInputError, computeCltv, type CltvInput } from './cltv';
import { workedExampleInput } from './workedExample';

/** Money is compared to the cent: toBeCloseTo(x, 2) allows ±0.005. */
const CENTS = 2;

function constantInput(overrides: Partial<CltvInput> = {}): CltvInput {
  const horizonYears = overrides.horizonYears ?? 5;
  const each = (value: number, length = horizonYears) =>
    Array.from({ length }, () => value);

  return {
    horizonYears,
    existingCustomers: 1000,
    revenuePerCustomer: each(120_000),
    marginRate: each(0.4),
    serviceCostPerCustomer: each(12_000),
    acquisitionCost: 25_000,
    discountRate: 0.2,
    retentionExisting: each(0.8, horizonYears - 1),
    retentionNew: each(0.6, horizonYears - 1),
    newCustomers: each(200),
    ...overrides,
  };
}

function expectMoney(actual: readonly number[], expected: readonly number[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, CENTS));
}

describe('computeCltv on the worked example', () => {
  const result = computeCltv(workedExampleInput);

  it('gives the CLTV of one existing customer by year', () => {
    expectMoney(
      result.cltvExisting,
      [30_000, 50_000, 63_666.67, 73_233.33, 80_009.72],
    );
    expect(result.cltvExisting[2]).toBeCloseTo(63_666.666_667, 5);
  });

  it('gives the CLTV of one new customer net of AC by year', () => {
    expect(result.cltvNew[0]).toBeCloseTo(5_000, CENTS);
    expect(result.cltvNew[1]).toBeCloseTo(20_000, CENTS);
    expect(result.cltvNew[2]).toBeCloseTo(30_000, CENTS);
    expect(result.cltvNew[3]).toBeCloseTo(36_833.333_333, 5);
    expect(result.cltvNew[4]).toBeCloseTo(41_616.666_667, 5);
  });

  it('gives the portfolio value by year', () => {
    expect(result.portfolioValue[0]).toBeCloseTo(31_000_000, CENTS);
    expect(result.portfolioValue[1]).toBeCloseTo(54_833_333.333, 2);
    expect(result.portfolioValue[2]).toBeCloseTo(73_694_444.444, 2);
    expect(result.portfolioValue[3]).toBeCloseTo(88_956_481.481, 2);
    expect(result.portfolioValue[4]).toBeCloseTo(101_435_679.012, 2);
  });

  it('splits the portfolio into the base and the new cohorts', () => {
    expect(result.existingBaseValue[0]).toBeCloseTo(30_000_000, CENTS);
    expect(result.newCohortsValue[0]).toBeCloseTo(1_000_000, CENTS);
    result.portfolioValue.forEach((v, i) =>
      expect(
        result.existingBaseValue[i]! + result.newCohortsValue[i]!,
      ).toBeCloseTo(v, CENTS),
    );
  });

  it('gives LTV:CAC and the payback year', () => {
    expect(result.ltvToCac).toBeCloseTo(2.6647, 4);
    expect(result.paybackYear).toBe(1);
  });

  it('counts active customers and money of each year', () => {
    const [first, second] = result.years;

    expect(first).toMatchObject({
      year: 1,
      existingActive: 1000,
      newActive: 200,
      revenue: 144_000_000,
      grossMargin: 57_600_000,
      serviceCosts: 14_400_000,
      acquisitionSpend: 5_000_000,
      netCashFlow: 38_200_000,
    });
    expect(first!.presentValue).toBeCloseTo(31_000_000, CENTS);
    expect(second!.existingActive).toBeCloseTo(800, 9);
    // 200 of the second cohort plus 60 % of the first one.
    expect(second!.newActive).toBeCloseTo(320, 9);
    expect(second!.cumulativePresentValue).toBeCloseTo(54_833_333.333, 2);
  });
});

describe('computeCltv at the edges', () => {
  it('approaches n/(1+d−r) with constant rates over a long horizon', () => {
    // n = 36 000, d = 20 %, r = 50 %: the limit is 36 000 / 0.7.
    const input = constantInput({
      horizonYears: 10,
      retentionExisting: Array(9).fill(0.5),
    });

    const e10 = computeCltv(input).cltvExisting[9]!;

    expect(e10).toBeCloseTo(51_428.571 * (1 - (0.5 / 1.2) ** 10), 2);
    expect(Math.abs(e10 - 36_000 / 0.7) / (36_000 / 0.7)).toBeLessThan(2e-4);
  });

  it('works for a one-year horizon with no retention rates', () => {
    const input = constantInput({
      horizonYears: 1,
      retentionExisting: [],
      retentionNew: [],
    });

    const result = computeCltv(input);

    expectMoney(result.cltvExisting, [30_000]);
    expectMoney(result.cltvNew, [5_000]);
    // 1000 × 30 000 + 200 × (30 000 − 25 000)
    expectMoney(result.portfolioValue, [31_000_000]);
    expect(result.years).toHaveLength(1);
  });

  it('gives zero portfolio value with no customers at all', () => {
    const input = constantInput({
      existingCustomers: 0,
      newCustomers: Array(5).fill(0),
    });

    const result = computeCltv(input);

    expectMoney(result.portfolioValue, [0, 0, 0, 0, 0]);
    expect(result.cltvExisting[0]).toBeCloseTo(30_000, CENTS);
  });

  it('has no LTV:CAC and pays back in year 1 when AC is zero', () => {
    const result = computeCltv(constantInput({ acquisitionCost: 0 }));

    expect(result.ltvToCac).toBeNull();
    expect(result.paybackYear).toBe(1);
    expect(result.cltvNew[0]).toBeCloseTo(30_000, CENTS);
  });

  it('has no LTV:CAC for an AC below one cent, which would blow it up', () => {
    const result = computeCltv(constantInput({ acquisitionCost: 5e-324 }));

    expect(result.ltvToCac).toBeNull();
  });

  it('keeps only the first year when retention is zero', () => {
    const result = computeCltv(
      constantInput({ retentionExisting: [0, 0, 0, 0] }),
    );

    expectMoney(result.cltvExisting, [30_000, 30_000, 30_000, 30_000, 30_000]);
    expect(result.years[1]!.existingActive).toBe(0);
  });

  it('discounts a full margin every year when retention is 100 %', () => {
    const result = computeCltv(
      constantInput({ retentionExisting: [1, 1, 1, 1] }),
    );

    // 36 000/1.2 + 36 000/1.44 + 36 000/1.728
    expect(result.cltvExisting[2]).toBeCloseTo(75_833.333_333, 5);
    expect(result.years[4]!.existingActive).toBe(1000);
  });

  it('reports no payback when AC is never earned back', () => {
    const result = computeCltv(constantInput({ acquisitionCost: 1_000_000 }));

    expect(result.paybackYear).toBeNull();
    expect(result.ltvToCac).toBeLessThan(1);
  });

  it('uses each year of age for new-customer retention', () => {
    // One cohort in year 1 only; q = 50 % then 100 %.
    const input = constantInput({
      horizonYears: 3,
      existingCustomers: 0,
      retentionExisting: [0.8, 0.8],
      retentionNew: [0.5, 1],
      newCustomers: [100, 0, 0],
    });

    const result = computeCltv(input);

    expect(result.years.map((y) => y.newActive)).toEqual([100, 50, 50]);
    // 100 × (−25 000 + 30 000 + 0.5 × 25 000 + 0.5 × 20 833.33)
    expect(result.portfolioValue[2]).toBeCloseTo(2_791_666.667, 2);
  });
});

describe('computeCltv on invalid input', () => {
  it.each([
    ['a horizon of 11 years', { horizonYears: 11 }],
    ['NaN revenue', { revenuePerCustomer: [NaN, 1, 1, 1, 1] }],
    ['a retention above 100 %', { retentionExisting: [0.8, 1.2, 0.8, 0.8] }],
    ['a discount rate of 100 %', { discountRate: 1 }],
    ['a fraction of a customer', { existingCustomers: 10.5 }],
    ['too few years of new customers', { newCustomers: [200, 200] }],
    ['infinite revenue', { revenuePerCustomer: Array(5).fill(Infinity) }],
    [
      '1e400, which JavaScript reads as Infinity',
      { acquisitionCost: Number('1e400') },
    ],
    ['−Infinity as the discount rate', { discountRate: -Infinity }],
    ['a negative count of customers', { existingCustomers: -1 }],
    ['negative new customers', { newCustomers: [200, -200, 200, 200, 200] }],
    ['a string where a number belongs', { acquisitionCost: '25000' }],
    ['a retention list of the wrong length', { retentionNew: [0.6] }],
  ])('throws CltvInputError for %s', (_, overrides) => {
    const input = constantInput(overrides as Partial<CltvInput>);

    expect(() => computeCltv(input)).toThrow(CltvInputError);
  });

  it('names the offending field', () => {
    try {
      computeCltv(constantInput({ marginRate: [0.4] }));
      expect.unreachable();
    } catch (error) {
      expect((error as CltvInputError).issues[0]!.path).toBe('marginRate');
    }
  });
});
