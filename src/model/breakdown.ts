import {
  discountFactor,
  netPerCustomer,
  survivalCurve,
  type CltvInput,
  type CltvResult,
} from './cltv';

/*
 * The single terms of the engine's sums, so that the page can show its
 * working line by line. The totals stay the engine's own (CltvResult);
 * these terms add up to them up to the last bits of a float.
 */

/** Year t of the CLTV of one customer: S_t·n_t/(1+d)^t. */
export interface CustomerTerm {
  year: number;
  /** S_t for today's base, U_t for a new customer. */
  survival: number;
  /** n_t, money. */
  netMargin: number;
  /** 1/(1+d)^t. */
  discountFactor: number;
  /** survival × netMargin × discountFactor, money. */
  presentValue: number;
}

function customerTerms(
  input: CltvInput,
  retention: readonly number[],
): CustomerTerm[] {
  const survival = survivalCurve(retention);
  return netPerCustomer(input).map((netMargin, i) => {
    const factor = discountFactor(input.discountRate, i + 1);
    return {
      year: i + 1,
      survival: survival[i]!,
      netMargin,
      discountFactor: factor,
      presentValue: survival[i]! * netMargin * factor,
    };
  });
}

/**
 * The terms of E_T = Σ S_t·n_t/(1+d)^t, one a year through H.
 *
 * @example existingCustomerTerms(workedExampleInput)[1].presentValue
 *   // 0.8 × 36 000 / 1.44 = 20 000
 */
export function existingCustomerTerms(input: CltvInput): CustomerTerm[] {
  return customerTerms(input, input.retentionExisting);
}

/**
 * The terms of N_T + AC = Σ U_t·n_t/(1+d)^t, one a year through H; N_T
 * subtracts AC, paid at the start of year 1, once.
 *
 * @example newCustomerTerms(workedExampleInput)[1].presentValue
 *   // 0.6 × 36 000 / 1.44 = 15 000
 */
export function newCustomerTerms(input: CltvInput): CustomerTerm[] {
  return customerTerms(input, input.retentionNew);
}

/** Year t of the portfolio value V_T, in money of today. */
export interface PortfolioYearTerm {
  year: number;
  /** N0·S_t·n_t/(1+d)^t. */
  existingBase: number;
  /** (customers of the new cohorts active in year t)·n_t/(1+d)^t. */
  newCohortsMargin: number;
  /** a_t·AC/(1+d)^(t−1): the cohort of year t pays AC when it joins. */
  acquisition: number;
  /** existingBase + newCohortsMargin − acquisition. */
  presentValue: number;
}

/**
 * The year's present value of the portfolio split into today's base, the
 * margin of the new cohorts and their acquisition cost; summed through
 * year T it gives V_T.
 *
 * @example portfolioYearTerms(workedExampleInput, result)[0]
 *   // { existingBase: 30 000 000, newCohortsMargin: 6 000 000,
 *   //   acquisition: 5 000 000, presentValue: 31 000 000, year: 1 }
 */
export function portfolioYearTerms(
  input: CltvInput,
  result: CltvResult,
): PortfolioYearTerm[] {
  const existing = existingCustomerTerms(input);
  return result.years.map((row, i) => {
    const term = existing[i]!;
    const existingBase = input.existingCustomers * term.presentValue;
    const newCohortsMargin =
      row.newActive * term.netMargin * term.discountFactor;
    const acquisition =
      row.acquisitionSpend * discountFactor(input.discountRate, row.year - 1);
    return {
      year: row.year,
      existingBase,
      newCohortsMargin,
      acquisition,
      presentValue: existingBase + newCohortsMargin - acquisition,
    };
  });
}
