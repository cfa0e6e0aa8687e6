import { describe, expect, it } from 'vitest';

import { computeCltv } from '../../model/cltv';
import { shortenHorizon } from '../../model/horizon';
import { workedExampleInput } from '../../model/workedExample';
import { defaultFormValues } from '../calculator/formValues';
import { compareResults, comparedScenario, comparedSeries } from './compare';
import type { Scenario } from './scenarioStore';

describe('compareResults', () => {
  it('gives the change from the saved scenario to the current inputs', () => {
    const saved = computeCltv(workedExampleInput);
    // Twice the base: the base value doubles, per-customer CLTV stays.
    const current = computeCltv({
      ...workedExampleInput,
      existingCustomers: 2000,
    });

    const rows = compareResults(saved, current);

    const base5 = rows.find((r) => r.metric === 'baseValue' && r.years === 5)!;
    expect(base5.saved).toBeCloseTo(80_009_722.22, 2);
    expect(base5.current).toBeCloseTo(160_019_444.44, 2);
    expect(base5.difference).toBeCloseTo(80_009_722.22, 2);
    expect(base5.relativeDifference).toBeCloseTo(1, 9);
    const cltv3 = rows.find(
      (r) => r.metric === 'cltvExisting' && r.years === 3,
    )!;
    expect(cltv3.difference).toBeCloseTo(0, 9);
    expect(rows).toHaveLength(8);
  });

  it('has no difference past a horizon and no percent against zero', () => {
    const saved = computeCltv({ ...workedExampleInput, existingCustomers: 0 });
    const short = {
      ...workedExampleInput,
      horizonYears: 3,
      revenuePerCustomer: [120_000, 120_000, 120_000],
      marginRate: [0.4, 0.4, 0.4],
      serviceCostPerCustomer: [12_000, 12_000, 12_000],
      retentionExisting: [0.8, 0.82],
      retentionNew: [0.6, 0.8],
      newCustomers: [200, 200, 200],
    };

    const rows = compareResults(saved, computeCltv(short));

    const base3 = rows.find((r) => r.metric === 'baseValue' && r.years === 3)!;
    expect(base3.saved).toBe(0);
    expect(base3.difference).toBeCloseTo(63_666_666.67, 2);
    expect(base3.relativeDifference).toBeNull();
    const base5 = rows.find((r) => r.metric === 'baseValue' && r.years === 5)!;
    expect(base5).toMatchObject({ current: null, difference: null });
  });

  it('adds the row of a horizon other than 3 and 5 years', () => {
    // The current inputs over one year: V_1 = 31 000 000 of the table.
    const rows = compareResults(
      computeCltv(workedExampleInput),
      computeCltv(shortenHorizon(workedExampleInput, 1)),
    );

    expect([...new Set(rows.map((r) => r.years))]).toEqual([1, 3, 5]);
    const value1 = rows.find(
      (r) => r.metric === 'portfolioValue' && r.years === 1,
    )!;
    expect(value1.current).toBeCloseTo(31_000_000, 2);
    expect(value1.saved).toBeCloseTo(31_000_000, 2);
    expect(value1.difference).toBeCloseTo(0, 6);
  });
});

describe('comparedScenario', () => {
  const scenarios: Scenario[] = [
    { id: 'a', name: 'A', language: 'ru', values: defaultFormValues('ru') },
    {
      id: 'b',
      name: 'B',
      language: 'en',
      values: { ...defaultFormValues('en'), marginPercent: '4O' },
    },
  ];

  it('calculates the compared scenario from its typed figures', () => {
    const compared = comparedScenario(scenarios, 'a');

    // The defaults are the worked example: V_5 = 101 435 679.01.
    expect(compared?.calculation?.result.portfolioValue[4]).toBeCloseTo(
      101_435_679.01,
      2,
    );
    expect(comparedSeries(compared)).toEqual({
      name: 'A',
      currency: compared!.values.currency,
      portfolioValue: compared!.calculation!.result.portfolioValue,
    });
  });

  it('has no figures for a scenario with a mistake, and none for no id', () => {
    const broken = comparedScenario(scenarios, 'b');

    expect(broken).toMatchObject({ name: 'B', calculation: null });
    expect(comparedSeries(broken)).toBeNull();
    expect(comparedScenario(scenarios, null)).toBeNull();
  });
});
