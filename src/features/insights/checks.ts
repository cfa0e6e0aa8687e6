import {
  MAX_HORIZON_YEARS,
  MIN_ACQUISITION_COST,
  netPerCustomer,
  type CltvInput,
  type CltvResult,
} from '../../model/cltv';
import { breakEvenRetention } from '../../model/steadyState';
import type { ru } from './messages';
import { hasNilNetMargin } from './netMargin';
import type { MarginMakeup } from '../calculator/formValues';

/**
 * Planned new customers count as «a large share of the base» from a fifth
 * of today's base a year, on average over the horizon.
 */
export const LARGE_NEW_SHARE = 0.2;

/** The quantity a check looks at; checkFields.ts finds its form field. */
export type CheckField =
  | { quantity: 'acquisitionCost' }
  | { quantity: 'marginIncludesCosts' }
  | { quantity: 'serviceCost' }
  | { quantity: 'margin' }
  | { quantity: 'horizon' }
  | { quantity: 'retentionExisting' | 'retentionNew'; index: number };

export interface CheckParam {
  /** percent: a fraction; years: a span such as «5 лет». */
  unit: 'percent' | 'money' | 'count' | 'years';
  value: number;
}

/** Every check, the four common mistakes first, then the sanity checks. */
export const CHECK_IDS = [
  'acquisitionCostMissing',
  'marginMakeupUnknown',
  'costsMiscounted',
  'singleRetentionRate',
  'retentionAtFull',
  'retentionBelowBreakEven',
  'marginAsRevenue',
  'horizonTooShort',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The checks that are the common mistakes rather than sanity checks. */
export const MISTAKE_IDS: readonly CheckId[] = CHECK_IDS.slice(0, 4);

/** A check's explanations are the texts of its section, but the title. */
type CheckVariant<Id extends CheckId> = Exclude<
  keyof (typeof ru)['insights']['checks'][Id],
  'title'
> &
  string;

/**
 * One check of the inputs. `passed` says the mistake is not there,
 * `warning` that it probably is, `pending` that it cannot be told until
 * another answer is given. `variant` picks the explanation, `params` fill
 * it in.
 */
export interface CheckResult {
  id: CheckId;
  status: 'passed' | 'warning' | 'pending';
  variant: string;
  field: CheckField;
  params: Record<string, CheckParam>;
}

export interface CheckContext {
  input: CltvInput;
  result: CltvResult;
  marginMakeup: MarginMakeup;
  /**
   * The payback year when the horizon is the longest the form allows:
   * null when a new customer does not pay back AC even then, undefined
   * when that could not be worked out.
   */
  paybackYearAtLongestHorizon?: number | null;
}

type Check = (context: CheckContext) => CheckResult;

const percent = (value: number): CheckParam => ({ unit: 'percent', value });
const money = (value: number): CheckParam => ({ unit: 'money', value });
const count = (value: number): CheckParam => ({ unit: 'count', value });
const span = (value: number): CheckParam => ({ unit: 'years', value });

/** The results of one check, all naming the same quantity to fix. */
function reporter<Id extends CheckId>(id: Id, field: CheckField) {
  return (
    status: CheckResult['status'],
    variant: CheckVariant<Id>,
    params: CheckResult['params'] = {},
  ): CheckResult => ({ id, status, variant, field, params });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** 1. AC left out: AC = 0 while new customers are planned. */
function acquisitionCostMissing({ input }: CheckContext): CheckResult {
  const report = reporter('acquisitionCostMissing', {
    quantity: 'acquisitionCost',
  });
  const planned = sum(input.newCustomers);

  if (planned === 0) return report('passed', 'noNewCustomers');
  if (input.acquisitionCost > 0) {
    return report('passed', 'counted', { cost: money(input.acquisitionCost) });
  }
  return report('warning', 'missing', { planned: count(planned) });
}

/** 2. Margin of unknown make-up: «not sure» what it includes. */
function marginMakeupUnknown({ marginMakeup }: CheckContext): CheckResult {
  const report = reporter('marginMakeupUnknown', {
    quantity: 'marginIncludesCosts',
  });
  return report(marginMakeup === 'unsure' ? 'warning' : 'passed', marginMakeup);
}

/**
 * 3. Costs left out or counted twice: the margin excludes service and
 * marketing costs and C is 0, or includes them and C is above 0.
 */
function costsMiscounted({ input, marginMakeup }: CheckContext): CheckResult {
  const report = reporter('costsMiscounted', { quantity: 'serviceCost' });
  const cost = Math.max(...input.serviceCostPerCustomer);

  if (marginMakeup === 'unsure') return report('pending', 'awaitingMakeup');
  if (marginMakeup === 'no') {
    return cost === 0
      ? report('warning', 'leftOut')
      : report('passed', 'entered', { cost: money(cost) });
  }
  return cost > 0
    ? report('warning', 'countedTwice', { cost: money(cost) })
    : report('passed', 'inMargin');
}

/**
 * 4. One retention rate for everything: every year's rate, of today's
 * base and of the new customers, is the same, while the planned new
 * customers average a fifth of today's base a year or more (or there is
 * no base yet, so that they are all of it).
 */
function singleRetentionRate({ input }: CheckContext): CheckResult {
  const report = reporter('singleRetentionRate', {
    quantity: 'retentionNew',
    index: 0,
  });
  const rates = [...input.retentionExisting, ...input.retentionNew];
  const newPerYear = sum(input.newCustomers) / input.horizonYears;
  const base = input.existingCustomers;

  if (rates.length === 0) return report('passed', 'noRates');
  if (rates.some((rate) => rate !== rates[0])) {
    return report('passed', 'distinct');
  }
  if (newPerYear === 0) return report('passed', 'noNewCustomers');
  if (base === 0) return report('warning', 'singleAllNew');

  const share = percent(newPerYear / base);
  return share.value < LARGE_NEW_SHARE
    ? report('passed', 'fewNew', { share })
    : report('warning', 'single', { rate: percent(rates[0]!), share });
}

/** Sanity: a retention of 100 % says nobody ever leaves. */
function retentionAtFull({ input }: CheckContext): CheckResult {
  const existing = input.retentionExisting.indexOf(1);
  const newAge = input.retentionNew.indexOf(1);

  if (existing !== -1) {
    const field = { quantity: 'retentionExisting', index: existing } as const;
    return reporter('retentionAtFull', field)('warning', 'existing', {
      year: count(existing + 1),
    });
  }
  if (newAge !== -1) {
    const field = { quantity: 'retentionNew', index: newAge } as const;
    return reporter('retentionAtFull', field)('warning', 'new', {
      age: count(newAge + 1),
    });
  }
  const field = { quantity: 'retentionExisting', index: 0 } as const;
  return reporter('retentionAtFull', field)('passed', 'belowFull');
}

/**
 * Sanity: retention below the discount-adjusted break-even. With n = 0 in
 * every year a customer brings nothing however long they stay; with
 * n ≤ 0 and some year below 0, the longer they stay the larger the loss.
 * Otherwise, when new customers are planned, one whose retention never
 * exceeds q_max is worth at most n_max/(1+d−q_max), so it never pays back
 * AC when q_max is below r* = 1 + d − n_max/AC.
 */
function retentionBelowBreakEven({ input }: CheckContext): CheckResult {
  const netMax = Math.max(...netPerCustomer(input));
  const report = reporter('retentionBelowBreakEven', {
    quantity: 'serviceCost',
  });

  if (hasNilNetMargin(input)) {
    return report('warning', 'nilNetMargin', { net: money(0) });
  }
  if (netMax <= 0) {
    return report('warning', 'noNetMargin', { net: money(netMax) });
  }
  return compareWithBreakEven(input, netMax);
}

function compareWithBreakEven(input: CltvInput, netMax: number) {
  const rates = input.retentionNew;
  const best = rates.length === 0 ? 0 : Math.max(...rates);
  const report = reporter('retentionBelowBreakEven', {
    quantity: 'retentionNew',
    index: Math.max(0, rates.indexOf(best)),
  });
  const d = input.discountRate;
  const ac = input.acquisitionCost;

  if (sum(input.newCustomers) === 0) return report('passed', 'noNewCustomers');
  if (ac === 0) return report('passed', 'noAcquisitionCost');
  if (rates.length === 0) return report('passed', 'noRates');

  const breakEven = breakEvenRetention(netMax, d, ac);
  if (breakEven <= 0) return report('passed', 'anyRetention');
  if (best >= breakEven) {
    return report('passed', 'above', {
      best: percent(best),
      breakEven: percent(breakEven),
    });
  }
  if (breakEven > 1) {
    const toAc = reporter('retentionBelowBreakEven', {
      quantity: 'acquisitionCost',
    });
    return toAc('warning', 'never', {
      ceiling: money(netMax / d),
      ac: money(ac),
    });
  }
  return report('warning', 'below', {
    best: percent(best),
    breakEven: percent(breakEven),
    ceiling: money(netMax / (1 + d - best)),
    ac: money(ac),
  });
}

/** Sanity: a margin of 100 % is revenue typed into the margin field. */
function marginAsRevenue({ input }: CheckContext): CheckResult {
  const report = reporter('marginAsRevenue', { quantity: 'margin' });
  return input.marginRate.some((rate) => rate >= 1)
    ? report('warning', 'fullMargin')
    : report('passed', 'belowFull');
}

/**
 * Sanity: within the horizon a new customer does not pay back AC. With no
 * new customers planned the model spends no AC, so there is none to pay
 * back, whatever the horizon.
 */
function horizonTooShort(context: CheckContext): CheckResult {
  const { input, result, paybackYearAtLongestHorizon: longest } = context;
  const report = reporter('horizonTooShort', { quantity: 'horizon' });
  const years = span(input.horizonYears);

  if (sum(input.newCustomers) === 0) return report('passed', 'noNewCustomers');
  // As the payback card has it: below a cent there is nothing to pay back.
  if (input.acquisitionCost < MIN_ACQUISITION_COST) {
    return report('passed', 'noAcquisitionCost');
  }
  if (result.paybackYear !== null) {
    return report('passed', 'paysBack', { year: count(result.paybackYear) });
  }
  if (longest === null) {
    const toAc = reporter('horizonTooShort', { quantity: 'acquisitionCost' });
    return toAc('warning', 'never', { years: span(MAX_HORIZON_YEARS) });
  }
  return longest === undefined
    ? report('warning', 'unknown', { years })
    : report('warning', 'extend', { years, year: count(longest) });
}

const CHECKS = {
  acquisitionCostMissing,
  marginMakeupUnknown,
  costsMiscounted,
  singleRetentionRate,
  retentionAtFull,
  retentionBelowBreakEven,
  marginAsRevenue,
  horizonTooShort,
} satisfies Record<CheckId, Check>;

/**
 * Runs every check on the current inputs, in the order of CHECK_IDS. Each
 * result names the quantity to fix, also when it passed.
 */
export function runChecks(context: CheckContext): CheckResult[] {
  return CHECK_IDS.map((id) => CHECKS[id](context));
}
