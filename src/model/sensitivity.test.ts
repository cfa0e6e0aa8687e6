import { describe, expect, it } from 'vitest';

import type { CltvInput } from './cltv';
import { shortenHorizon } from './horizon';
import {
  annuityFactor,
  applyLever,
  programmeBreakEven,
  sensitivity,
} from './sensitivity';
import { workedExampleInput } from './workedExample';

/*
 * Hand working on the README's worked example (H = 5, n = 36 000 a year,
 * d = 20 %, V_5 = 101 435 679.01). Discount factors 1/1.2^t for t = 1..5:
 * 0.833 333, 0.694 444, 0.578 704, 0.482 253, 0.401 878; their sum, the
 * 5-year annuity factor, is 2.990 612.
 */
const CENTS = 2;

function effectOf(input: CltvInput, lever: string) {
  return sensitivity(input).effects.find((e) => e.lever === lever)!;
}

describe('applyLever', () => {
  it('adds one point to every rate and stops at 100 %', () => {
    const input = { ...workedExampleInput, retentionNew: [0.6, 0.995, 1, 1] };

    expect(applyLever(input, 'retentionNew').retentionNew).toEqual([
      0.61, 1, 1, 1,
    ]);
    expect(applyLever(input, 'margin').marginRate[0]).toBeCloseTo(0.41, 10);
    expect(applyLever(input, 'retentionExisting').retentionNew).toBe(
      input.retentionNew,
    );
  });

  it('cuts C and AC by a tenth', () => {
    const cut = applyLever(workedExampleInput, 'serviceCost');

    expect(cut.serviceCostPerCustomer).toEqual([
      10_800, 10_800, 10_800, 10_800, 10_800,
    ]);
    expect(
      applyLever(workedExampleInput, 'acquisitionCost').acquisitionCost,
    ).toBe(22_500);
  });
});

describe('sensitivity on the worked example', () => {
  it('reports the 5-year value and sorts the levers by effect', () => {
    const result = sensitivity(workedExampleInput);

    expect(result.years).toBe(5);
    expect(result.portfolioValue).toBeCloseTo(101_435_679.01, CENTS);
    expect(result.effects.map((e) => e.lever)).toEqual([
      'margin',
      'serviceCost',
      'acquisitionCost',
      'retentionExisting',
      'retentionNew',
    ]);
  });

  it('gives +1 pp of margin and −10 % of C the same effect', () => {
    // V_T is linear in n: V_5 = n·K − AC·A, where A = Σ a_y/1.2^(y−1) =
    // 200 × (1 + 0.833 333 + 0.694 444 + 0.578 704 + 0.482 253) = 717.747,
    // so AC·A = 17 943 672.84 and n·K = 101 435 679.01 + 17 943 672.84 =
    // 119 379 351.85, K = 3 316.093 1. Both levers raise n by 1 200
    // (120 000 × 0.01; 12 000 × 0.1): ΔV = 1 200 × K = 3 979 311.73,
    // which is 3 979 311.73 / 101 435 679.01 = 3.923 0 % of V_5.
    const margin = effectOf(workedExampleInput, 'margin');
    const serviceCost = effectOf(workedExampleInput, 'serviceCost');

    expect(margin.change).toBeCloseTo(3_979_311.73, CENTS);
    expect(margin.relativeChange).toBeCloseTo(0.039_23, 5);
    expect(serviceCost.change).toBeCloseTo(3_979_311.73, CENTS);
  });

  it('gives −10 % of AC as 2 500 on every planned customer', () => {
    // ΔV = 2 500 × A = 2 500 × 717.746 914 = 1 794 367.28.
    const effect = effectOf(workedExampleInput, 'acquisitionCost');

    expect(effect.change).toBeCloseTo(1_794_367.28, CENTS);
    expect(effect.relativeChange).toBeCloseTo(0.017_69, 5);
  });

  it('gives +1 pp of existing retention through the base alone', () => {
    // r = 81, 83, 85, 86 %: S = 1, 0.81, 0.672 3, 0.571 455, 0.491 451 3.
    // E_5 = 36 000 × (0.833 333 + 0.81 × 0.694 444 + 0.672 3 × 0.578 704
    //   + 0.571 455 × 0.482 253 + 0.491 451 3 × 0.401 878)
    //   = 30 000 + 20 250 + 14 006.25 + 9 921.09 + 7 110.12 = 81 287.46,
    // against 80 009.72: ΔV = 1 000 × 1 277.74 = 1 277 738.72.
    const effect = effectOf(workedExampleInput, 'retentionExisting');

    expect(effect.change).toBeCloseTo(1_277_738.72, 1);
  });

  it('gives +1 pp of new retention through every cohort', () => {
    // q = 61, 81, 83, 85 % gives N_1..N_5 = 5 000, 20 250, 30 543.75,
    // 37 663.59, 42 706.82; as entered 5 000, 20 000, 30 000, 36 833.33,
    // 41 616.67. The cohort of year y is seen for 6 − y years and is
    // discounted by 1/1.2^(y−1) more, so
    // ΔV = 200 × (1 090.15 + 830.26 × 0.833 333 + 543.75 × 0.694 444
    //   + 250 × 0.578 704 + 0) = 200 × 2 304.31 = 460 862.70.
    const effect = effectOf(workedExampleInput, 'retentionNew');

    expect(effect.change).toBeCloseTo(460_862.7, 1);
  });
});

describe('sensitivity on other inputs', () => {
  it('looks at the horizon when it is shorter than 5 years', () => {
    // H = 1: V_1 = 31 000 000, and retention cannot matter yet.
    // +1 pp margin: (1 000 + 200) × 1 200 / 1.2 = 1 200 000.
    const oneYear = shortenHorizon(workedExampleInput, 1);

    const result = sensitivity(oneYear);

    expect(result.years).toBe(1);
    expect(result.portfolioValue).toBeCloseTo(31_000_000, CENTS);
    expect(effectOf(oneYear, 'margin').change).toBeCloseTo(1_200_000, CENTS);
    expect(effectOf(oneYear, 'retentionExisting').change).toBe(0);
  });

  it('gives no relative change when the value is 0', () => {
    const empty = {
      ...workedExampleInput,
      existingCustomers: 0,
      newCustomers: [0, 0, 0, 0, 0],
    };

    expect(effectOf(empty, 'margin')).toEqual({
      lever: 'margin',
      change: 0,
      relativeChange: null,
    });
  });
});

describe('annuityFactor', () => {
  it('sums the discount factors of years 1..T', () => {
    expect(annuityFactor(0.2, 2)).toBeCloseTo(1 / 1.2 + 1 / 1.44, 10);
    expect(annuityFactor(0.2, 5)).toBeCloseTo(2.990_612, 6);
    expect(annuityFactor(0, 4)).toBe(4);
  });
});

describe('programmeBreakEven', () => {
  it('spreads the gain of a 2 pp lift over the 5-year annuity', () => {
    // Today's base, r = 82, 84, 86, 87 %: the terms of E_5 are 30 000,
    // 0.82 × 36 000 / 1.44 = 20 500, 0.688 8 × 36 000 / 1.728 = 14 350,
    // 0.592 368 × 36 000 / 2.073 6 = 10 284.17 and 0.515 360 16 × 36 000
    // / 2.488 32 = 7 456.02: E_5 = 82 590.19, so the base gains
    // 1 000 × 2 580.47 = 2 580 465.28.
    // New customers, q = 62, 82, 84, 86 %: N_1..N_5 = 5 000, 20 500,
    // 31 091.67, 38 505.83, 43 819.32, gains 0, 500, 1 091.67, 1 672.50,
    // 2 202.65; the cohorts add 200 × (2 202.65 + 1 672.50 / 1.2
    // + 1 091.67 / 1.44 + 500 / 1.728) = 200 × 4 643.86 = 928 771.30.
    // Gain 3 509 236.57; a yearly cost of 3 509 236.57 / 2.990 612 =
    // 1 173 417.48 uses it up.
    const breakEven = programmeBreakEven(workedExampleInput, 0.02);

    expect(breakEven.years).toBe(5);
    expect(breakEven.valueGain).toBeCloseTo(3_509_236.57, 1);
    expect(breakEven.annuityFactor).toBeCloseTo(2.990_612, 6);
    expect(breakEven.maxAnnualCost).toBeCloseTo(1_173_417.48, 1);
  });

  it('costs nothing when retention is already at 100 %', () => {
    const loyal = {
      ...workedExampleInput,
      retentionExisting: [1, 1, 1, 1],
      retentionNew: [1, 1, 1, 1],
    };

    expect(programmeBreakEven(loyal, 0.05).maxAnnualCost).toBe(0);
  });
});
