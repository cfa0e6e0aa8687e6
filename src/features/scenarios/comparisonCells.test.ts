import { describe, expect, it } from 'vitest';

import type { ComparisonRow } from './compare';
import { comparisonCells } from './comparisonCells';

function row(overrides: Partial<ComparisonRow> = {}): ComparisonRow {
  return {
    metric: 'portfolioValue',
    years: 5,
    saved: 101_435_679.01,
    current: 90_000_000,
    difference: -11_435_679.01,
    relativeDifference: -11_435_679.01 / 101_435_679.01,
    ...overrides,
  };
}

/** Intl separates digit groups with no-break spaces; tests write spaces. */
function plain(cells: object) {
  return JSON.parse(JSON.stringify(cells).replace(/[\u00a0\u202f]/g, ' '));
}

const RUB = { saved: 'RUB', current: 'RUB' } as const;

describe('comparisonCells', () => {
  it('writes a loss with its minus and its share of the saved figure', () => {
    // −11 435 679.01 / 101 435 679.01 = −0.112738 → −11,27 %.
    expect(plain(comparisonCells(row(), RUB, 'ru'))).toEqual({
      saved: '101 435 679 ₽',
      current: '90 000 000 ₽',
      difference: '−11 435 679 ₽',
      relativeDifference: '−11,27 %',
    });
  });

  it('writes a gain with a plus, in English', () => {
    const gain = row({ current: 111_579_246.91, difference: 10_143_567.9 });

    expect(
      comparisonCells(
        { ...gain, relativeDifference: 0.1 },
        { saved: 'USD', current: 'USD' },
        'en',
      ),
    ).toEqual({
      saved: '$101,435,679',
      current: '$111,579,247',
      difference: '+$10,143,568',
      relativeDifference: '+10.00%',
    });
  });

  it('leaves empty what has no figure', () => {
    const past = row({
      current: null,
      difference: null,
      relativeDifference: null,
    });

    expect(comparisonCells(past, RUB, 'ru')).toMatchObject({
      current: null,
      difference: null,
      relativeDifference: null,
    });
    expect(comparisonCells(row({ difference: 0 }), RUB, 'ru').difference).toBe(
      '0\u00a0₽',
    );
  });

  it('shows no difference between figures in two currencies', () => {
    const cells = comparisonCells(
      row(),
      { saved: 'EUR', current: 'RUB' },
      'ru',
    );

    expect(plain(cells)).toEqual({
      saved: '101 435 679 €',
      current: '90 000 000 ₽',
      difference: null,
      relativeDifference: null,
    });
  });
});
