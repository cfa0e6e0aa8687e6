import { describe, expect, it } from 'vitest';

import { breakEvenRetention, steadyStateCltv } from './steadyState';

describe('steadyStateCltv', () => {
  it('gives the three timing conventions for one customer', () => {
    // n = 36 000, d = 20 %, r = 80 %: 1 + d − r = 0.4.
    // End of year 1: 36 000 / 0.4 = 90 000; at once: 90 000 × 1.2 =
    // 108 000; after a renewal: 90 000 × 0.8 = 72 000.
    const value = steadyStateCltv(36_000, 0.2, 0.8)!;

    expect(value.endOfFirstYear).toBeCloseTo(90_000, 6);
    expect(value.upfront).toBeCloseTo(108_000, 6);
    expect(value.afterRenewal).toBeCloseTo(72_000, 6);
  });

  it('keeps the sign of a negative margin', () => {
    // −1 000 / (1 + 0.1 − 0.5) = −1 666.67.
    expect(steadyStateCltv(-1_000, 0.1, 0.5)!.endOfFirstYear).toBeCloseTo(
      -1_666.67,
      2,
    );
  });

  it('is unbounded when nobody leaves and nothing is discounted', () => {
    expect(steadyStateCltv(36_000, 0, 1)).toBeNull();
    expect(steadyStateCltv(36_000, 0.01, 1)).not.toBeNull();
  });
});

describe('breakEvenRetention', () => {
  it('is the retention at which n/(1+d−r) equals AC', () => {
    // n = 10 000, d = 20 %, AC = 40 000: r* = 1.2 − 0.25 = 0.95, and
    // 10 000 / (1.2 − 0.95) = 40 000.
    const rate = breakEvenRetention(10_000, 0.2, 40_000);

    expect(rate).toBeCloseTo(0.95, 10);
    expect(steadyStateCltv(10_000, 0.2, rate)!.endOfFirstYear).toBeCloseTo(
      40_000,
      4,
    );
  });

  it('lies below zero when one year of margin pays back AC', () => {
    // 1.2 − 36 000 / 25 000 = −0.24.
    expect(breakEvenRetention(36_000, 0.2, 25_000)).toBeCloseTo(-0.24, 10);
  });

  it('lies above 100 % when n/d is below AC', () => {
    // 1.2 − 1 000 / 10 000 = 1.1.
    expect(breakEvenRetention(1_000, 0.2, 10_000)).toBeCloseTo(1.1, 10);
  });
});
