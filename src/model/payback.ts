import { MIN_ACQUISITION_COST } from './cltv';

/**
 * What the payback card says. `planned` is false when no new customers
 * are planned in any year: the year is then that of a customer who would
 * be acquired, not of anyone the plan pays for.
 */
export type PaybackOutcome =
  | { kind: 'nothingToPayBack' }
  | { kind: 'paysBack'; year: number; planned: boolean }
  | { kind: 'notWithinHorizon'; planned: boolean };

export interface PaybackPlan {
  /** AC per new customer, money at the start of the customer's year. */
  acquisitionCost: number;
  /** a_1..a_H, customers acquired at the start of each year. */
  newCustomers: readonly number[];
}

/**
 * The payback outcome from the plan and the engine's payback year.
 * An AC below one cent leaves nothing to pay back, whatever the margin
 * (the CLTV cards show whether the customer earns money).
 *
 * @param paybackYear first T with N_T ≥ 0, or null (CltvResult.paybackYear)
 * @example
 *   paybackOutcome({ acquisitionCost: 0, newCustomers: [5] }, 1)
 *   // { kind: 'nothingToPayBack' }
 */
export function paybackOutcome(
  plan: PaybackPlan,
  paybackYear: number | null,
): PaybackOutcome {
  if (plan.acquisitionCost < MIN_ACQUISITION_COST) {
    return { kind: 'nothingToPayBack' };
  }
  const planned = plan.newCustomers.some((count) => count > 0);
  return paybackYear === null
    ? { kind: 'notWithinHorizon', planned }
    : { kind: 'paysBack', year: paybackYear, planned };
}
