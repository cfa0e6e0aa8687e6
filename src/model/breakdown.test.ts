import { describe, expect, it } from 'vitest';

import {
  existingCustomerTerms,
  newCustomerTerms,
  portfolioYearTerms,
} from './breakdown';
import { computeCltv } from './cltv';
import { workedExampleInput } from './workedExample';

const CENTS = 2;
const result = computeCltv(workedExampleInput);

function runningTotal(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

describe('existingCustomerTerms', () => {
  it('lists S_t, n_t, the discount factor and their product', () => {
    const terms = existingCustomerTerms(workedExampleInput);

    // Year 3: S_3 = 0.8 × 0.82 = 0.656; 0.656 × 36 000 / 1.728 = 13 666.67.
    expect(terms[2]!.survival).toBeCloseTo(0.656, 10);
    expect(terms[2]!.netMargin).toBe(36_000);
    expect(terms[2]!.discountFactor).toBeCloseTo(1 / 1.728, 10);
    expect(terms[2]!.presentValue).toBeCloseTo(13_666.67, CENTS);
  });

  it('adds up to E_T', () => {
    const terms = existingCustomerTerms(workedExampleInput);
    const totals = runningTotal(terms.map((term) => term.presentValue));

    totals.forEach((total, i) =>
      expect(total).toBeCloseTo(result.cltvExisting[i]!, 6),
    );
  });
});

describe('newCustomerTerms', () => {
  it('adds up to N_T + AC', () => {
    // Year 2: U_2 = 0.6; 0.6 × 36 000 / 1.44 = 15 000; N_2 = −25 000 +
    // 30 000 + 15 000 = 20 000.
    const terms = newCustomerTerms(workedExampleInput);
    const totals = runningTotal(terms.map((term) => term.presentValue));

    expect(terms[1]!.presentValue).toBeCloseTo(15_000, CENTS);
    totals.forEach((total, i) =>
      expect(total - 25_000).toBeCloseTo(result.cltvNew[i]!, 6),
    );
  });
});

describe('portfolioYearTerms', () => {
  it('splits year 2 into the base, the cohorts and their AC', () => {
    // Base: 1 000 × 0.8 × 36 000 / 1.44 = 20 000 000. Cohorts: 320 active
    // × 36 000 / 1.44 = 8 000 000. AC: 200 × 25 000 / 1.2 = 4 166 666.67.
    // Year 2: 20 000 000 + 8 000 000 − 4 166 666.67 = 23 833 333.33.
    const year2 = portfolioYearTerms(workedExampleInput, result)[1]!;

    expect(year2.existingBase).toBeCloseTo(20_000_000, CENTS);
    expect(year2.newCohortsMargin).toBeCloseTo(8_000_000, CENTS);
    expect(year2.acquisition).toBeCloseTo(4_166_666.67, CENTS);
    expect(year2.presentValue).toBeCloseTo(23_833_333.33, CENTS);
  });

  it('adds up to V_T', () => {
    const terms = portfolioYearTerms(workedExampleInput, result);
    const totals = runningTotal(terms.map((term) => term.presentValue));

    totals.forEach((total, i) =>
      expect(total).toBeCloseTo(result.portfolioValue[i]!, CENTS),
    );
  });
});
