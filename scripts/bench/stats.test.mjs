import { describe, expect, it } from 'vitest';

import { percentile, spread } from './stats.mjs';

describe('percentile', () => {
  it('takes the nearest sample at or above the share', () => {
    // 20 samples 1..20: 95 % of them lie at or below the 19th.
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);

    expect(percentile(samples, 0.95)).toBe(19);
    expect(percentile(samples, 0.5)).toBe(10);
  });

  it('gives the only sample for any share', () => {
    expect(percentile([7], 0.01)).toBe(7);
    expect(percentile([7], 1)).toBe(7);
  });

  it('gives NaN for no samples', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('spread', () => {
  it('gives the median, min and max of five runs', () => {
    expect(spread([0.98, 1, 0.97, 0.99, 0.99])).toEqual({
      median: 0.99,
      min: 0.97,
      max: 1,
    });
  });
});
