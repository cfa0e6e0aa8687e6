import { assertCltvInput, type CltvInput } from './cltvInput';

export {
  CltvInputError,
  cltvInputSchema,
  MAX_HORIZON_YEARS,
  type CltvInput,
  type CltvInputIssue,
} from './cltvInput';

/** One calendar year of the whole customer base, in money of that year. */
export interface CltvYear {
  year: number;
  /** Today's customers still active in this year: N0·S_t. */
  existingActive: number;
  /** Customers of the planned new cohorts active in this year. */
  newActive: number;
  revenue: number;
  grossMargin: number;
  serviceCosts: number;
  /** Acquisition cost of the cohort that joins at the start of the year. */
  acquisitionSpend: number;
  /** Margin minus service costs minus acquisition spend, undiscounted. */
  netCashFlow: number;
  /** The year's cash flows discounted to today. */
  presentValue: number;
  /** Portfolio value through this year: V_t. */
  cumulativePresentValue: number;
}

export interface CltvResult {
  years: CltvYear[];
  /** E_T: value of one of today's customers through year T. */
  cltvExisting: number[];
  /** N_T: value of one customer acquired at the start of year 1, net of AC. */
  cltvNew: number[];
  /** V_T = existingBaseValue + newCohortsValue. */
  portfolioValue: number[];
  /** N0·E_T. */
  existingBaseValue: number[];
  /** What the planned new cohorts add through year T, net of their AC. */
  newCohortsValue: number[];
  /** (N_H + AC) / AC; null when AC is 0 (below one cent). */
  ltvToCac: number | null;
  /** First year T with N_T ≥ 0; null when that never happens within H. */
  paybackYear: number | null;
}

/**
 * Survival curve from year-on-year retention: S_1 = 1, S_(t+1) = S_t·r_t.
 *
 * @param retention r_1..r_(H−1) as fractions
 * @returns S_1..S_H, indexed by year (or age) − 1
 * @example survivalCurve([0.8, 0.5]) // [1, 0.8, 0.4]
 */
export function survivalCurve(retention: readonly number[]): number[] {
  const survival = [1];
  for (const rate of retention) survival.push(survival.at(-1)! * rate);
  return survival;
}

/**
 * Discount factor for a cash flow at the end of year t: 1/(1+d)^t.
 * Use t − 1 for a payment at the start of year t.
 *
 * @example discountFactor(0.2, 2) // 0.69444…
 */
export function discountFactor(discountRate: number, years: number): number {
  return 1 / (1 + discountRate) ** years;
}

/**
 * Net margin per active customer in year t: n_t = R_t·m_t − C_t, money of
 * year t, indexed by t − 1; negative when C_t exceeds the margin.
 *
 * @example netPerCustomer(workedExampleInput)[0] // 120 000 × 0.4 − 12 000
 */
export function netPerCustomer(input: CltvInput): number[] {
  return input.revenuePerCustomer.map(
    (revenue, i) =>
      revenue * input.marginRate[i]! - input.serviceCostPerCustomer[i]!,
  );
}

function cumulativeSum(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

/**
 * Customers of all planned cohorts active in each calendar year:
 * Σ_(y ≤ t) a_y·U_(t−y+1).
 */
function newActiveByYear(
  newCustomers: readonly number[],
  survivalByAge: readonly number[],
): number[] {
  return newCustomers.map((_, t) => {
    let active = 0;
    for (let y = 0; y <= t; y++) {
      active += newCustomers[y]! * survivalByAge[t - y]!;
    }
    return active;
  });
}

function buildYears(
  input: CltvInput,
  existingActive: readonly number[],
  newActive: readonly number[],
): CltvYear[] {
  let cumulative = 0;

  return existingActive.map((existing, i) => {
    const year = i + 1;
    const active = existing + newActive[i]!;
    const revenue = active * input.revenuePerCustomer[i]!;
    const grossMargin = revenue * input.marginRate[i]!;
    const serviceCosts = active * input.serviceCostPerCustomer[i]!;
    const acquisitionSpend = input.newCustomers[i]! * input.acquisitionCost;
    const presentValue =
      (grossMargin - serviceCosts) * discountFactor(input.discountRate, year) -
      acquisitionSpend * discountFactor(input.discountRate, year - 1);
    cumulative += presentValue;

    return {
      year,
      existingActive: existing,
      newActive: newActive[i]!,
      revenue,
      grossMargin,
      serviceCosts,
      acquisitionSpend,
      netCashFlow: grossMargin - serviceCosts - acquisitionSpend,
      presentValue,
      cumulativePresentValue: cumulative,
    };
  });
}

/**
 * Below one hundredth of a currency unit, AC is no cost to speak of: a
 * ratio to it would be a meaningless (or infinite) number, and there is
 * nothing to pay back.
 */
export const MIN_ACQUISITION_COST = 0.01;

function ltvToCacRatio(cltvNewAtHorizon: number, acquisitionCost: number) {
  if (acquisitionCost < MIN_ACQUISITION_COST) return null;
  return (cltvNewAtHorizon + acquisitionCost) / acquisitionCost;
}

function firstPaybackYear(cltvNew: readonly number[]): number | null {
  const index = cltvNew.findIndex((value) => value >= 0);
  return index === -1 ? null : index + 1;
}

/**
 * Customer lifetime value of one customer and of the whole base.
 *
 * Timing: the margin and service costs of year t arrive at the end of
 * year t (discounted by (1+d)^t); the acquisition cost of a cohort is paid
 * when it joins, at the start of its year (discounted by (1+d)^(t−1)).
 * Every array of the result is cumulative through year T and indexed by
 * T − 1. The formulas are written out in the README.
 *
 * @throws CltvInputError when the input breaks {@link cltvInputSchema}
 * @example
 *   computeCltv(workedExample).portfolioValue[0] // 31 000 000
 */
export function computeCltv(rawInput: CltvInput): CltvResult {
  const input = assertCltvInput(rawInput);
  const d = input.discountRate;
  const net = netPerCustomer(input);
  const survivalExisting = survivalCurve(input.retentionExisting);
  const survivalNew = survivalCurve(input.retentionNew);

  const cltvExisting = cumulativeSum(
    net.map((n, i) => survivalExisting[i]! * n * discountFactor(d, i + 1)),
  );
  const cltvNew = cumulativeSum(
    net.map((n, i) => survivalNew[i]! * n * discountFactor(d, i + 1)),
  ).map((value) => value - input.acquisitionCost);

  const existingActive = survivalExisting.map(
    (s) => s * input.existingCustomers,
  );
  const newActive = newActiveByYear(input.newCustomers, survivalNew);
  const years = buildYears(input, existingActive, newActive);

  const portfolioValue = years.map((row) => row.cumulativePresentValue);
  const existingBaseValue = cltvExisting.map(
    (e) => e * input.existingCustomers,
  );
  const newCohortsValue = portfolioValue.map(
    (v, i) => v - existingBaseValue[i]!,
  );

  return {
    years,
    cltvExisting,
    cltvNew,
    portfolioValue,
    existingBaseValue,
    newCohortsValue,
    ltvToCac: ltvToCacRatio(cltvNew.at(-1)!, input.acquisitionCost),
    paybackYear: firstPaybackYear(cltvNew),
  };
}
