import { describe, expect, it } from 'vitest';

import { computeCltv, type CltvInput } from '../../model/cltv';
import { shortenHorizon } from '../../model/horizon';
import { workedExampleInput } from '../../model/workedExample';
import { defaultFormValues } from '../calculator/formValues';
import { paybackAtLongestHorizon } from './checkContext';
import { formFieldFor } from './checkFields';
import {
  runChecks,
  type CheckContext,
  type CheckId,
  type CheckResult,
} from './checks';

const each = (value: number, length: number) =>
  Array.from({ length }, () => value);

/** The worked example, answered «the margin excludes C», with overrides. */
function contextWith(
  overrides: Partial<CltvInput> = {},
  extra: Partial<Omit<CheckContext, 'input' | 'result'>> = {},
): CheckContext {
  const input = { ...workedExampleInput, ...overrides };
  return {
    input,
    result: computeCltv(input),
    marginMakeup: 'no',
    ...extra,
  };
}

function check(id: CheckId, context: CheckContext): CheckResult {
  return runChecks(context).find((result) => result.id === id)!;
}

describe('runChecks', () => {
  it('passes every check on the worked example', () => {
    const results = runChecks(contextWith());

    expect(results.map((r) => r.id)).toEqual([
      'acquisitionCostMissing',
      'marginMakeupUnknown',
      'costsMiscounted',
      'singleRetentionRate',
      'retentionAtFull',
      'retentionBelowBreakEven',
      'marginAsRevenue',
      'horizonTooShort',
    ]);
    expect(results.filter((r) => r.status !== 'passed')).toEqual([]);
  });
});

describe('the acquisition cost check', () => {
  it('fires when AC is 0 while new customers are planned', () => {
    const result = check(
      'acquisitionCostMissing',
      contextWith({ acquisitionCost: 0 }),
    );

    expect(result).toMatchObject({
      status: 'warning',
      variant: 'missing',
      field: { quantity: 'acquisitionCost' },
      params: { planned: { unit: 'count', value: 1000 } },
    });
  });

  it('clears when AC is entered or nobody new is planned', () => {
    const planned = check('acquisitionCostMissing', contextWith());
    const none = check(
      'acquisitionCostMissing',
      contextWith({ acquisitionCost: 0, newCustomers: each(0, 5) }),
    );

    expect(planned).toMatchObject({ status: 'passed', variant: 'counted' });
    expect(planned.params.cost!.value).toBe(25_000);
    expect(none).toMatchObject({ status: 'passed', variant: 'noNewCustomers' });
  });
});

describe('the margin make-up check', () => {
  it('fires on «not sure» and clears on either answer', () => {
    const unsure = contextWith({}, { marginMakeup: 'unsure' });
    const yes = contextWith({}, { marginMakeup: 'yes' });

    expect(check('marginMakeupUnknown', unsure).status).toBe('warning');
    expect(check('marginMakeupUnknown', yes)).toMatchObject({
      status: 'passed',
      variant: 'yes',
      field: { quantity: 'marginIncludesCosts' },
    });
  });
});

describe('the costs check', () => {
  it('fires when the margin excludes costs and C is 0', () => {
    const result = check(
      'costsMiscounted',
      contextWith({ serviceCostPerCustomer: each(0, 5) }),
    );

    expect(result).toMatchObject({ status: 'warning', variant: 'leftOut' });
    expect(result.field).toEqual({ quantity: 'serviceCost' });
  });

  it('fires when the margin includes costs and C is above 0', () => {
    const result = check(
      'costsMiscounted',
      contextWith({}, { marginMakeup: 'yes' }),
    );

    expect(result).toMatchObject({
      status: 'warning',
      variant: 'countedTwice',
    });
    expect(result.params.cost!.value).toBe(12_000);
  });

  it('clears when C matches the answer, and waits on «not sure»', () => {
    const included = contextWith(
      { serviceCostPerCustomer: each(0, 5) },
      { marginMakeup: 'yes' },
    );
    const unsure = contextWith({}, { marginMakeup: 'unsure' });

    expect(check('costsMiscounted', contextWith()).status).toBe('passed');
    expect(check('costsMiscounted', included)).toMatchObject({
      status: 'passed',
      variant: 'inMargin',
    });
    expect(check('costsMiscounted', unsure).status).toBe('pending');
  });
});

describe('the single retention rate check', () => {
  const oneRate = {
    retentionExisting: each(0.8, 4),
    retentionNew: each(0.8, 4),
  };

  it('fires when one rate serves all and 200 a year join 1000', () => {
    // 200 / 1 000 = 20 %: a fifth, the threshold itself.
    const result = check('singleRetentionRate', contextWith(oneRate));

    expect(result).toMatchObject({ status: 'warning', variant: 'single' });
    expect(result.params.rate!.value).toBe(0.8);
    expect(result.params.share!.value).toBeCloseTo(0.2, 10);
    expect(result.field).toEqual({ quantity: 'retentionNew', index: 0 });
  });

  it('fires when there is no base and everyone is new', () => {
    const result = check(
      'singleRetentionRate',
      contextWith({ ...oneRate, existingCustomers: 0 }),
    );

    expect(result).toMatchObject({
      status: 'warning',
      variant: 'singleAllNew',
    });
  });

  it('clears when the new customers are a small share', () => {
    // 950 over 5 years is 190 a year: 19 % of 1 000.
    const few = contextWith({
      ...oneRate,
      newCustomers: [200, 200, 200, 200, 150],
    });

    const result = check('singleRetentionRate', few);

    expect(result).toMatchObject({ status: 'passed', variant: 'fewNew' });
    expect(result.params.share!.value).toBeCloseTo(0.19, 10);
  });

  it('clears when any rate differs', () => {
    const firstYearLower = contextWith({
      ...oneRate,
      retentionNew: [0.6, 0.8, 0.8, 0.8],
    });

    expect(check('singleRetentionRate', firstYearLower).variant).toBe(
      'distinct',
    );
  });
});

describe('the 100 % retention check', () => {
  it("fires on the first year of today's base held at 100 %", () => {
    const result = check(
      'retentionAtFull',
      contextWith({ retentionExisting: [0.8, 1, 0.84, 1] }),
    );

    expect(result).toMatchObject({ status: 'warning', variant: 'existing' });
    expect(result.field).toEqual({ quantity: 'retentionExisting', index: 1 });
    expect(result.params.year!.value).toBe(2);
  });

  it('fires on new customers held at 100 %, and clears below', () => {
    const full = contextWith({ retentionNew: [0.6, 0.8, 0.82, 1] });

    expect(check('retentionAtFull', full)).toMatchObject({
      status: 'warning',
      variant: 'new',
      field: { quantity: 'retentionNew', index: 3 },
    });
    expect(check('retentionAtFull', contextWith()).status).toBe('passed');
  });
});

describe('the break-even retention check', () => {
  it('fires when the best new-customer retention is below r*', () => {
    // n = 120 000 × 0.4 − 12 000 = 36 000; AC = 100 000, d = 20 %:
    // r* = 1.2 − 0.36 = 84 %. The best rate, 82 %, caps the value at
    // 36 000 / (1.2 − 0.82) = 94 736.84, below AC.
    const result = check(
      'retentionBelowBreakEven',
      contextWith({
        acquisitionCost: 100_000,
        retentionNew: [0.6, 0.8, 0.82, 0.82],
      }),
    );

    expect(result).toMatchObject({ status: 'warning', variant: 'below' });
    expect(result.params.breakEven!.value).toBeCloseTo(0.84, 10);
    expect(result.params.best!.value).toBe(0.82);
    expect(result.params.ceiling!.value).toBeCloseTo(94_736.84, 2);
    expect(result.field).toEqual({ quantity: 'retentionNew', index: 2 });
  });

  it('clears when a later rate is above r*', () => {
    // AC = 90 000: r* = 1.2 − 0.4 = 80 %, and the rate after year 4 is
    // 84 %.
    const result = check(
      'retentionBelowBreakEven',
      contextWith({ acquisitionCost: 90_000 }),
    );

    expect(result).toMatchObject({ status: 'passed', variant: 'above' });
  });

  it('fires on AC that not even 100 % retention pays back', () => {
    // AC = 200 000: r* = 1.2 − 0.18 = 102 %; at most 36 000 / 0.2 =
    // 180 000.
    const result = check(
      'retentionBelowBreakEven',
      contextWith({ acquisitionCost: 200_000 }),
    );

    expect(result).toMatchObject({ status: 'warning', variant: 'never' });
    expect(result.params.ceiling!.value).toBeCloseTo(180_000, 6);
    expect(result.field).toEqual({ quantity: 'acquisitionCost' });
  });

  it('fires when C equals the margin: a customer brings nothing', () => {
    // 120 000 × 0.4 − 48 000 = 0: no loss grows with retention, nor value.
    const result = check(
      'retentionBelowBreakEven',
      contextWith({ serviceCostPerCustomer: each(48_000, 5) }),
    );

    expect(result).toMatchObject({
      status: 'warning',
      variant: 'nilNetMargin',
      field: { quantity: 'serviceCost' },
    });
    expect(result.params.net!.value).toBe(0);
  });

  it('fires when C exceeds the margin: the loss grows with retention', () => {
    // 120 000 × 0.4 − 50 000 = −2 000 a year.
    const result = check(
      'retentionBelowBreakEven',
      contextWith({ serviceCostPerCustomer: each(50_000, 5) }),
    );

    expect(result).toMatchObject({ status: 'warning', variant: 'noNetMargin' });
    expect(result.params.net!.value).toBe(-2_000);
  });

  it('clears when no new customers are planned, whatever AC', () => {
    // The AC and rates that fire above (r* = 84 %, best q = 82 %), but
    // nobody is acquired, so no AC has to pay back.
    const result = check(
      'retentionBelowBreakEven',
      contextWith({
        acquisitionCost: 100_000,
        retentionNew: [0.6, 0.8, 0.82, 0.82],
        newCustomers: each(0, 5),
      }),
    );

    expect(result).toMatchObject({
      status: 'passed',
      variant: 'noNewCustomers',
    });
  });

  it('clears when the first year alone pays back AC', () => {
    // r* = 1.2 − 36 000 / 25 000 = −24 %.
    expect(check('retentionBelowBreakEven', contextWith()).variant).toBe(
      'anyRetention',
    );
  });
});

describe('the margin-as-revenue check', () => {
  it('fires at a margin of 100 % and clears below', () => {
    const revenue = contextWith({ marginRate: each(1, 5) });

    expect(check('marginAsRevenue', revenue)).toMatchObject({
      status: 'warning',
      field: { quantity: 'margin' },
    });
    expect(check('marginAsRevenue', contextWith()).status).toBe('passed');
  });
});

describe('the horizon check', () => {
  // AC = 50 000: N_1 = −50 000 + 30 000 = −20 000; N_2 = −5 000;
  // N_3 = 5 000, so a new customer pays back in year 3.
  const dearer = { acquisitionCost: 50_000 };
  const twoYears = { ...shortenHorizon(workedExampleInput, 2), ...dearer };

  it('fires when the horizon ends before payback, naming the year', () => {
    const result = check(
      'horizonTooShort',
      contextWith(twoYears, { paybackYearAtLongestHorizon: 3 }),
    );

    expect(result).toMatchObject({
      status: 'warning',
      variant: 'extend',
      field: { quantity: 'horizon' },
    });
    expect(result.params.year!.value).toBe(3);
    expect(result.params.years!.value).toBe(2);
  });

  it('points at AC when even the longest horizon is too short', () => {
    const result = check(
      'horizonTooShort',
      contextWith(twoYears, { paybackYearAtLongestHorizon: null }),
    );

    expect(result).toMatchObject({ status: 'warning', variant: 'never' });
    expect(result.field).toEqual({ quantity: 'acquisitionCost' });
  });

  it('clears once the horizon reaches the payback year', () => {
    const result = check('horizonTooShort', contextWith(dearer));

    expect(result).toMatchObject({ status: 'passed', variant: 'paysBack' });
    expect(result.params.year!.value).toBe(3);
  });

  it('passes with no new customers planned, as no AC is spent then', () => {
    // The two-year horizon that warns above, with nobody new to acquire.
    const result = check(
      'horizonTooShort',
      contextWith(
        { ...twoYears, newCustomers: each(0, 2) },
        { paybackYearAtLongestHorizon: 3 },
      ),
    );

    expect(result).toMatchObject({
      status: 'passed',
      variant: 'noNewCustomers',
    });
  });

  it('passes for an AC below a cent, which the payback card ignores', () => {
    // A tenth of a kopeck: N_1 = n − 0.001 > 0, so the engine names year 1.
    const result = check(
      'horizonTooShort',
      contextWith({ ...twoYears, acquisitionCost: 0.001 }),
    );

    expect(result).toMatchObject({
      status: 'passed',
      variant: 'noAcquisitionCost',
    });
  });
});

describe('formFieldFor', () => {
  const values = defaultFormValues('ru');

  it('finds the field of the mode the form is in', () => {
    const year3 = { quantity: 'retentionExisting', index: 2 } as const;
    const age2 = { quantity: 'retentionNew', index: 1 } as const;
    const single = { ...values, retentionExistingMode: 'single' } as const;
    const twoRates = { ...values, retentionNewMode: 'twoRates' } as const;

    expect(formFieldFor(year3, values)).toBe('retentionExistingByYear.2');
    expect(formFieldFor(year3, single)).toBe('retentionExistingPercent');
    expect(formFieldFor(age2, values)).toBe('retentionNewByAge.1');
    expect(formFieldFor(age2, twoRates)).toBe('retentionNewLaterPercent');
    expect(formFieldFor({ ...age2, index: 0 }, twoRates)).toBe(
      'retentionNewFirstYearPercent',
    );
  });

  it('maps the other quantities to their single fields', () => {
    expect(formFieldFor({ quantity: 'serviceCost' }, values)).toBe(
      'serviceCostPerCustomer',
    );
    expect(formFieldFor({ quantity: 'horizon' }, values)).toBe('horizonYears');
  });
});

describe('paybackAtLongestHorizon', () => {
  it('reads the rates the form holds beyond the horizon', () => {
    // AC = 50 000 pays back in year 3 (see the horizon check above).
    const values = {
      ...defaultFormValues('ru'),
      horizonYears: '2',
      acquisitionCost: '50 000',
    };

    expect(paybackAtLongestHorizon(values, 'ru')).toBe(3);
    expect(
      paybackAtLongestHorizon(
        { ...values, acquisitionCost: '1 000 000' },
        'ru',
      ),
    ).toBeNull();
  });

  it('is unknown when a year beyond the horizon does not read', () => {
    const values = defaultFormValues('ru');
    const byYear = [...values.retentionExistingByYear];
    byYear[8] = '';

    expect(
      paybackAtLongestHorizon(
        { ...values, horizonYears: '2', retentionExistingByYear: byYear },
        'ru',
      ),
    ).toBeUndefined();
  });
});

describe('the checks on their quieter branches', () => {
  it('waits on an unknown longest horizon and skips absent rates', () => {
    // AC = 50 000 and H = 1: N_1 = −20 000, and no rates are given.
    const oneYear = contextWith(
      { ...shortenHorizon(workedExampleInput, 1), acquisitionCost: 50_000 },
      { paybackYearAtLongestHorizon: undefined },
    );

    expect(check('horizonTooShort', oneYear)).toMatchObject({
      status: 'warning',
      variant: 'unknown',
    });
    expect(check('singleRetentionRate', oneYear).variant).toBe('noRates');
    expect(check('retentionBelowBreakEven', oneYear).variant).toBe('noRates');
  });

  it('lets one rate pass when nobody new is planned', () => {
    const noNew = contextWith({
      retentionExisting: each(0.8, 4),
      retentionNew: each(0.8, 4),
      newCustomers: each(0, 5),
    });

    expect(check('singleRetentionRate', noNew)).toMatchObject({
      status: 'passed',
      variant: 'noNewCustomers',
    });
  });
});
