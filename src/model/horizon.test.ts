import { describe, expect, it } from 'vitest';

import { computeCltv } from './cltv';
import { shortenHorizon } from './horizon';
import { workedExampleInput } from './workedExample';

describe('shortenHorizon', () => {
  it('cuts every list and keeps the figures of the years left', () => {
    const twoYears = shortenHorizon(workedExampleInput, 2);

    expect(twoYears.horizonYears).toBe(2);
    expect(twoYears.retentionNew).toEqual([0.6]);
    expect(twoYears.newCustomers).toEqual([200, 200]);
    // V_2 of the worked example, 54 833 333.33, either way.
    expect(computeCltv(twoYears).portfolioValue).toEqual(
      computeCltv(workedExampleInput).portfolioValue.slice(0, 2),
    );
  });
});
