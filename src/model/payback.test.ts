import { describe, expect, it } from 'vitest';

import { computeCltv } from './cltv';
import { paybackOutcome } from './payback';
import { workedExampleInput } from './workedExample';

function outcomeOf(changes: Partial<typeof workedExampleInput>) {
  const input = { ...workedExampleInput, ...changes };
  return paybackOutcome(input, computeCltv(input).paybackYear);
}

describe('paybackOutcome', () => {
  it('names the year of the worked example, where acquisition is planned', () => {
    // N_1 = −25 000 + 30 000 = 5 000 ≥ 0, with 200 new customers a year.
    expect(outcomeOf({})).toEqual({ kind: 'paysBack', year: 1, planned: true });
  });

  it('has nothing to pay back when margin, C and AC are all 0', () => {
    // N_T = 0 ≥ 0 from year 1, yet nothing was spent or earned.
    const zero = [0, 0, 0, 0, 0];
    expect(
      outcomeOf({
        marginRate: zero,
        serviceCostPerCustomer: zero,
        acquisitionCost: 0,
      }),
    ).toEqual({ kind: 'nothingToPayBack' });
  });

  it('has nothing to pay back when AC is below one cent', () => {
    expect(outcomeOf({ acquisitionCost: 0.004 })).toEqual({
      kind: 'nothingToPayBack',
    });
  });

  it('marks the year as hypothetical when no new customers are planned', () => {
    expect(outcomeOf({ newCustomers: [0, 0, 0, 0, 0] })).toEqual({
      kind: 'paysBack',
      year: 1,
      planned: false,
    });
  });

  it('reports no payback within the horizon when AC is never earned', () => {
    // N_5 = 66 616.67 − 1 000 000 < 0.
    expect(outcomeOf({ acquisitionCost: 1_000_000 })).toEqual({
      kind: 'notWithinHorizon',
      planned: true,
    });
  });
});
