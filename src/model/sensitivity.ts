import { computeCltv, discountFactor, type CltvInput } from './cltv';

/** The horizon the sensitivity reports, in years, unless H is shorter. */
export const SENSITIVITY_YEARS = 5;

/** +1 percentage point, as a fraction: retention and margin levers. */
export const RATE_STEP = 0.01;

/** −10 %: the cost levers cut C and AC by this share. */
export const COST_CUT = 0.1;

/** What each lever changes, in the order the page lists them. */
export const LEVERS = [
  'retentionExisting',
  'retentionNew',
  'margin',
  'serviceCost',
  'acquisitionCost',
] as const;
export type Lever = (typeof LEVERS)[number];

const raise = (rates: readonly number[], step: number) =>
  rates.map((rate) => Math.min(1, rate + step));

const cut = (amounts: readonly number[]) =>
  amounts.map((amount) => amount * (1 - COST_CUT));

/**
 * The input with one lever moved: +1 pp of every retention rate of
 * today's base or of the new customers, +1 pp of every year's margin
 * (rates stop at 100 %), or −10 % of every year's C or of AC.
 *
 * @example applyLever(input, 'margin').marginRate // [0.41, 0.41, …]
 */
export function applyLever(input: CltvInput, lever: Lever): CltvInput {
  switch (lever) {
    case 'retentionExisting':
      return {
        ...input,
        retentionExisting: raise(input.retentionExisting, RATE_STEP),
      };
    case 'retentionNew':
      return { ...input, retentionNew: raise(input.retentionNew, RATE_STEP) };
    case 'margin':
      return { ...input, marginRate: raise(input.marginRate, RATE_STEP) };
    case 'serviceCost':
      return {
        ...input,
        serviceCostPerCustomer: cut(input.serviceCostPerCustomer),
      };
    case 'acquisitionCost':
      return {
        ...input,
        acquisitionCost: input.acquisitionCost * (1 - COST_CUT),
      };
  }
}

/** The years the sensitivity and the break-even look at: min(5, H). */
export function sensitivityYears(input: CltvInput): number {
  return Math.min(SENSITIVITY_YEARS, input.horizonYears);
}

function portfolioValueThrough(input: CltvInput, years: number): number {
  return computeCltv(input).portfolioValue[years - 1]!;
}

export interface LeverEffect {
  lever: Lever;
  /** V_T with the lever moved minus V_T as entered, in money. */
  change: number;
  /** change / |V_T| as a fraction; null when V_T is 0. */
  relativeChange: number | null;
}

export interface Sensitivity {
  /** T = min(5, H). */
  years: number;
  /** V_T as entered. */
  portfolioValue: number;
  /** One entry a lever, the largest |change| first. */
  effects: LeverEffect[];
}

/**
 * How much each lever moves the portfolio value V_T through T = min(5, H)
 * years: +1 pp of existing retention, of new-customer retention, of
 * margin; −10 % of C and of AC (see {@link applyLever}). Sorted by the
 * size of the change, ties in the order of {@link LEVERS}.
 *
 * @example
 *   sensitivity(workedExampleInput).effects[0]
 *   // { lever: 'margin', change: 3 979 311.73…, relativeChange: 0.0392… }
 */
export function sensitivity(input: CltvInput): Sensitivity {
  const years = sensitivityYears(input);
  const portfolioValue = portfolioValueThrough(input, years);
  const effects = LEVERS.map((lever) => {
    const change =
      portfolioValueThrough(applyLever(input, lever), years) - portfolioValue;
    const relativeChange =
      portfolioValue === 0 ? null : change / Math.abs(portfolioValue);
    return { lever, change, relativeChange };
  });

  effects.sort(bySizeOfChange);
  return { years, portfolioValue, effects };
}

/*
 * Levers that move V_T by the same amount in exact arithmetic (+1 pp of a
 * 40 % margin on 120 000 and −10 % of a C of 12 000 both add 1 200 a year)
 * differ in the last bits of a float; within a billionth they count as
 * equal, and the stable sort then keeps the order of LEVERS.
 */
function bySizeOfChange(a: LeverEffect, b: LeverEffect): number {
  const difference = Math.abs(b.change) - Math.abs(a.change);
  const scale = Math.max(Math.abs(a.change), Math.abs(b.change));
  return Math.abs(difference) <= scale * 1e-9 ? 0 : difference;
}

/**
 * Present value of 1 a year paid at the end of years 1..T:
 * Σ_(t=1..T) 1/(1+d)^t, which is T when d = 0.
 *
 * @example annuityFactor(0.2, 2) // 1/1.2 + 1/1.44 = 1.52777…
 */
export function annuityFactor(discountRate: number, years: number): number {
  let factor = 0;
  for (let t = 1; t <= years; t++) factor += discountFactor(discountRate, t);
  return factor;
}

export interface ProgrammeBreakEven {
  /** T = min(5, H). */
  years: number;
  /** V_T with the lifted retention minus V_T as entered. */
  valueGain: number;
  /** Σ_(t=1..T) 1/(1+d)^t. */
  annuityFactor: number;
  /** valueGain / annuityFactor: the most the programme may cost a year. */
  maxAnnualCost: number;
}

/**
 * What a CX programme may cost a year and still pay for itself, when it
 * lifts every retention rate, of today's base and of the new customers,
 * by `retentionLift` (a fraction: 0.02 = 2 pp; rates stop at 100 %) for
 * the whole of T = min(5, H) years. The programme is paid for at the end
 * of each year, like C; the gain in V_T covers it when its yearly cost is
 * at most gain / Σ 1/(1+d)^t.
 *
 * @example
 *   programmeBreakEven(workedExampleInput, 0.02).maxAnnualCost
 *   // 1 173 417.48: a gain of 3 509 236.57 / 2.990 612
 */
export function programmeBreakEven(
  input: CltvInput,
  retentionLift: number,
): ProgrammeBreakEven {
  const years = sensitivityYears(input);
  const lifted: CltvInput = {
    ...input,
    retentionExisting: raise(input.retentionExisting, retentionLift),
    retentionNew: raise(input.retentionNew, retentionLift),
  };
  const valueGain =
    portfolioValueThrough(lifted, years) - portfolioValueThrough(input, years);
  const factor = annuityFactor(input.discountRate, years);

  return {
    years,
    valueGain,
    annuityFactor: factor,
    maxAnnualCost: valueGain / factor,
  };
}
