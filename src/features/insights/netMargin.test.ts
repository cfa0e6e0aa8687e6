import { describe, expect, it } from 'vitest';

import { workedExampleInput } from '../../model/workedExample';
import { hasNilNetMargin } from './netMargin';

const each = (value: number) => Array.from({ length: 5 }, () => value);

describe('hasNilNetMargin', () => {
  it('holds when C equals the margin, floating-point dust included', () => {
    // 120 000 × 40 % − 48 000 = 0 exactly; 100 000 × 7 % − 7 000 is
    // 9.09·10⁻¹³ in floating point.
    const exact = { serviceCostPerCustomer: each(48_000) };
    const dust = {
      revenuePerCustomer: each(100_000),
      marginRate: each(0.07),
      serviceCostPerCustomer: each(7_000),
    };

    expect(hasNilNetMargin({ ...workedExampleInput, ...exact })).toBe(true);
    expect(hasNilNetMargin({ ...workedExampleInput, ...dust })).toBe(true);
  });

  it('fails for a cent either way, or for one year that is not nil', () => {
    const cost = (perYear: number[]) => ({
      ...workedExampleInput,
      serviceCostPerCustomer: perYear,
    });

    expect(hasNilNetMargin(cost(each(47_999.99)))).toBe(false);
    expect(hasNilNetMargin(cost(each(48_000.01)))).toBe(false);
    expect(
      hasNilNetMargin(cost([48_000, 48_000, 40_000, 48_000, 48_000])),
    ).toBe(false);
    expect(hasNilNetMargin(workedExampleInput)).toBe(false);
  });
});
