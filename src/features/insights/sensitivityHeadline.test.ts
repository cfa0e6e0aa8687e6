import { describe, expect, it } from 'vitest';

import { sensitivity, type LeverEffect } from '../../model/sensitivity';
import { workedExampleInput } from '../../model/workedExample';
import { sensitivityHeadline } from './sensitivityHeadline';

function withChanges(...changes: number[]) {
  const levers = [
    'retentionExisting',
    'margin',
    'acquisitionCost',
    'serviceCost',
  ] as const;
  const effects: LeverEffect[] = changes.map((change, i) => ({
    lever: levers[i]!,
    change,
    relativeChange: change / 1_000_000,
  }));
  return { years: 5, portfolioValue: 1_000_000, effects };
}

describe('sensitivityHeadline', () => {
  it('calls margin and C a tie on the worked example', () => {
    // Both add 3 979 311.73 (see sensitivity.test.ts).
    const headline = sensitivityHeadline(sensitivity(workedExampleInput));

    expect(headline).toMatchObject({
      kind: 'tie',
      strongest: { lever: 'margin' },
      second: { lever: 'serviceCost' },
    });
  });

  it('rounds how many times the strongest beats the runner-up', () => {
    // 2 400 000 / 800 000 = 3; 2 460 000 / 1 000 000 = 2.46 → 2.5.
    expect(sensitivityHeadline(withChanges(2_400_000, 800_000))).toMatchObject({
      kind: 'compare',
      ratio: 3,
      strongest: { lever: 'retentionExisting' },
    });
    expect(
      sensitivityHeadline(withChanges(1_000_000, 2_460_000)),
    ).toMatchObject({ ratio: 2.5, strongest: { lever: 'margin' } });
    expect(sensitivityHeadline(withChanges(12_400, 1_000))).toMatchObject({
      ratio: 12,
    });
  });

  it('leaves levers that lose value out of the comparison', () => {
    const headline = sensitivityHeadline(withChanges(-5_000_000, 1_000_000, 0));

    expect(headline).toMatchObject({
      kind: 'alone',
      strongest: { lever: 'margin' },
    });
    expect(sensitivityHeadline(withChanges(-1, 0))).toEqual({ kind: 'none' });
  });

  it('calls a ratio that rounds to 1 a tie', () => {
    // 1 040 / 1 000 = 1.04 → 1.0.
    expect(sensitivityHeadline(withChanges(1_040, 1_000)).kind).toBe('tie');
    expect(sensitivityHeadline(withChanges(1_050, 1_000)).kind).toBe('compare');
  });
});
