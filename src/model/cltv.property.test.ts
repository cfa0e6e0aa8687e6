import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeCltv, MAX_HORIZON_YEARS, type CltvInput } from './cltv';
import { MAX_CUSTOMERS, MAX_MONEY_PER_CUSTOMER } from './cltvInput';

const RUNS = { numRuns: 2000 };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.double({ min: 0, max: MAX_MONEY_PER_CUSTOMER, noNaN: true });
const customers = fc.integer({ min: 0, max: MAX_CUSTOMERS });

function arrayOf<T>(item: fc.Arbitrary<T>, length: number) {
  return fc.array(item, { minLength: length, maxLength: length });
}

/** Any input the engine's schema accepts, at every horizon. */
const validInput: fc.Arbitrary<CltvInput> = fc
  .integer({ min: 1, max: MAX_HORIZON_YEARS })
  .chain((h) =>
    fc.record({
      horizonYears: fc.constant(h),
      existingCustomers: customers,
      revenuePerCustomer: arrayOf(money, h),
      marginRate: arrayOf(fraction, h),
      serviceCostPerCustomer: arrayOf(money, h),
      acquisitionCost: money,
      discountRate: fc.double({ min: 0, max: 0.999, noNaN: true }),
      retentionExisting: arrayOf(fraction, h - 1),
      retentionNew: arrayOf(fraction, h - 1),
      newCustomers: arrayOf(customers, h),
    }),
  );

/** Inputs whose net margin n_t = R·m − C is never negative. */
const profitableInput = validInput.map((input) => ({
  ...input,
  serviceCostPerCustomer: input.serviceCostPerCustomer.map((cost, i) =>
    Math.min(cost, input.revenuePerCustomer[i]! * input.marginRate[i]!),
  ),
}));

function allNumbers(result: ReturnType<typeof computeCltv>): number[] {
  const rows = result.years.flatMap((row) => Object.values(row));
  return [
    ...rows,
    ...result.cltvExisting,
    ...result.cltvNew,
    ...result.portfolioValue,
    ...result.existingBaseValue,
    ...result.newCohortsValue,
    result.ltvToCac ?? 0,
    result.paybackYear ?? 0,
  ];
}

/** Float comparison relative to the size of the figures involved. */
function expectNear(actual: number, expected: number, scale: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(scale)),
  );
}

describe('computeCltv on generated input', () => {
  it('returns only finite numbers for every input the schema accepts', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(allNumbers(computeCltv(input)).every(Number.isFinite)).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('scales the portfolio value with the customer counts', () => {
    // Halved counts, so that doubling them stays within the schema.
    const halvable = validInput.map((input) => ({
      ...input,
      existingCustomers: Math.floor(input.existingCustomers / 2) * 2,
      newCustomers: input.newCustomers.map((a) => Math.floor(a / 2) * 2),
    }));

    fc.assert(
      fc.property(halvable, (doubled) => {
        const half = {
          ...doubled,
          existingCustomers: doubled.existingCustomers / 2,
          newCustomers: doubled.newCustomers.map((a) => a / 2),
        };
        const whole = computeCltv(doubled).portfolioValue;
        const halves = computeCltv(half).portfolioValue;

        whole.forEach((v, i) => expectNear(v, 2 * halves[i]!, v));
      }),
      RUNS,
    );
  });

  it('rises with retention and margin when the net margin is positive', () => {
    const withIndex = profitableInput.chain((input) =>
      fc.record({
        input: fc.constant(input),
        year: fc.nat({ max: Math.max(input.horizonYears - 2, 0) }),
        lift: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    );

    fc.assert(
      fc.property(withIndex, ({ input, year, lift }) => {
        const base = computeCltv(input);
        const retained = [...input.retentionExisting];
        if (retained.length > 0) {
          retained[year] = Math.min(1, retained[year]! + lift);
        }
        const moreRetention = computeCltv({
          ...input,
          retentionExisting: retained,
        });
        const moreMargin = computeCltv({
          ...input,
          marginRate: input.marginRate.map((m) => Math.min(1, m + lift)),
        });

        const last = input.horizonYears - 1;
        const e = base.cltvExisting[last]!;
        expect(moreRetention.cltvExisting[last]).toBeGreaterThanOrEqual(
          e - 1e-9 * e,
        );
        expect(moreMargin.cltvExisting[last]).toBeGreaterThanOrEqual(
          e - 1e-9 * e,
        );
      }),
      RUNS,
    );
  });

  it('falls with service costs, acquisition cost and the discount rate', () => {
    const withChange = profitableInput.chain((input) =>
      fc.record({
        input: fc.constant(input),
        extra: fc.double({ min: 0, max: 1e6, noNaN: true }),
        higherRate: fc.double({
          min: input.discountRate,
          max: 0.999,
          noNaN: true,
        }),
      }),
    );

    fc.assert(
      fc.property(withChange, ({ input, extra, higherRate }) => {
        const last = input.horizonYears - 1;
        const base = computeCltv(input);
        const costlier = computeCltv({
          ...input,
          serviceCostPerCustomer: input.serviceCostPerCustomer.map((c) =>
            Math.min(c + extra, MAX_MONEY_PER_CUSTOMER),
          ),
          acquisitionCost: Math.min(
            input.acquisitionCost + extra,
            MAX_MONEY_PER_CUSTOMER,
          ),
        });
        const discounted = computeCltv({ ...input, discountRate: higherRate });

        const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
        const e = base.cltvExisting[last]!;
        const n = base.cltvNew[last]!;
        expect(costlier.cltvExisting[last]).toBeLessThanOrEqual(
          e + tolerance(e),
        );
        expect(costlier.cltvNew[last]).toBeLessThanOrEqual(n + tolerance(n));
        expect(discounted.cltvExisting[last]).toBeLessThanOrEqual(
          e + tolerance(e),
        );
      }),
      RUNS,
    );
  });

  it('follows the geometric series that converges to n/(1+d−r)', () => {
    // With constant n, r and d: E_H = L·(1 − ρ^H), where L = n/(1+d−r) and
    // ρ = r/(1+d); the gap to the limit, L·ρ^H, shrinks with every year.
    const constant = fc.record({
      // Whole cents: subnormal margins would test float underflow, not CLTV.
      n: fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
      r: fraction,
      d: fc.double({ min: 0.01, max: 0.999, noNaN: true }),
    });

    fc.assert(
      fc.property(constant, ({ n, r, d }) => {
        const h = MAX_HORIZON_YEARS;
        const result = computeCltv({
          horizonYears: h,
          existingCustomers: 1,
          revenuePerCustomer: Array(h).fill(n),
          marginRate: Array(h).fill(1),
          serviceCostPerCustomer: Array(h).fill(0),
          acquisitionCost: 0,
          discountRate: d,
          retentionExisting: Array(h - 1).fill(r),
          retentionNew: Array(h - 1).fill(r),
          newCustomers: Array(h).fill(0),
        });

        const limit = n / (1 + d - r);
        const rho = r / (1 + d);
        const eH = result.cltvExisting[h - 1]!;
        expectNear(eH, limit * (1 - rho ** h), limit);
        expect(eH).toBeLessThanOrEqual(limit * (1 + 1e-12) + 1e-12);
      }),
      RUNS,
    );
  });
});
