/**
 * Closed forms for a customer with a constant net margin n a year and a
 * constant retention r, kept for ever, at a discount rate d. Textbooks and
 * other calculators differ only in when the first margin arrives.
 */
export interface SteadyStateCltv {
  /** This page: the first margin at the end of year 1, n/(1+d−r). */
  endOfFirstYear: number;
  /** The first margin at once, at the start: n·(1+d)/(1+d−r). */
  upfront: number;
  /** The first margin only after a renewal: n·r/(1+d−r). */
  afterRenewal: number;
}

/**
 * The CLTV of one customer over an unbounded horizon under the three
 * timing conventions. The sums Σ r^(t−1)·n/(1+d)^t (t ≥ 1, this page),
 * Σ r^t·n/(1+d)^t (t ≥ 0) and Σ r^t·n/(1+d)^t (t ≥ 1) converge only when
 * r < 1+d.
 *
 * @param net n, money a year (may be negative)
 * @param discountRate d as a fraction
 * @param retention r as a fraction
 * @returns null when r ≥ 1+d (d = 0 and r = 100 %): the value is unbounded
 * @example
 *   steadyStateCltv(36_000, 0.2, 0.8)
 *   // { endOfFirstYear: 90 000, upfront: 108 000, afterRenewal: 72 000 }
 */
export function steadyStateCltv(
  net: number,
  discountRate: number,
  retention: number,
): SteadyStateCltv | null {
  const denominator = 1 + discountRate - retention;
  if (denominator <= 0) return null;

  const endOfFirstYear = net / denominator;
  return {
    endOfFirstYear,
    upfront: endOfFirstYear * (1 + discountRate),
    afterRenewal: endOfFirstYear * retention,
  };
}

/**
 * The retention r* = 1 + d − n/AC at which a customer kept for ever at a
 * constant retention is worth exactly the acquisition cost under this
 * page's timing: n/(1+d−r*) = AC. Below it a new customer never pays back
 * AC, however long the horizon; above 1 (100 %) nobody ever does.
 *
 * @param net n, money a year; must be above 0 (with n ≤ 0 no retention
 *   pays back anything)
 * @param acquisitionCost AC, money; must be above 0
 * @example breakEvenRetention(36_000, 0.2, 25_000) // 1.2 − 1.44 = −0.24
 */
export function breakEvenRetention(
  net: number,
  discountRate: number,
  acquisitionCost: number,
): number {
  return 1 + discountRate - net / acquisitionCost;
}
