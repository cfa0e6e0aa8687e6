import { describe, expect, it } from 'vitest';

import {
  formatMoney,
  formatMoneyCompact,
  formatPercent,
  formatPercentChange,
} from './format';

/** Intl groups and separates with no-break spaces; tests write plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('rounds to whole units unless told to show cents', () => {
    expect(plain(formatMoney(80_009.722, 'RUB', 'ru'))).toBe('80 010 ₽');
    expect(
      plain(formatMoney(80_009.722, 'RUB', 'ru', { fractionDigits: 2 })),
    ).toBe('80 009,72 ₽');
    expect(formatMoney(5_000, 'USD', 'en', { fractionDigits: 2 })).toBe(
      '$5,000.00',
    );
  });

  it('signs a change, and not a zero', () => {
    const signed = { signed: true };

    expect(plain(formatMoney(1_200, 'RUB', 'ru', signed))).toBe('+1 200 ₽');
    expect(formatMoney(-300, 'USD', 'en', signed)).toBe('−$300');
    expect(formatMoney(0, 'USD', 'en', signed)).toBe('$0');
  });
});

describe('formatMoneyCompact', () => {
  it('drops a trailing zero decimal, as browsers do', () => {
    expect(plain(formatMoneyCompact(3_979_311, 'RUB', 'ru'))).toBe('4 млн ₽');
    expect(plain(formatMoneyCompact(2_412_000, 'RUB', 'ru'))).toBe('2,4 млн ₽');
  });
});

describe('formatPercent', () => {
  it('shows a fraction as percent, signed on request', () => {
    expect(plain(formatPercent(0.8275, 'ru', 2))).toBe('82,75 %');
    expect(plain(formatPercent(0.039_23, 'ru', 2, true))).toBe('+3,92 %');
    expect(formatPercent(-0.05, 'en', 1, true)).toBe('−5%');
  });
});

describe('formatPercentChange', () => {
  it('keeps two decimals, so a column of changes reads alike', () => {
    expect(plain(formatPercentChange(0.1, 'ru'))).toBe('+10,00 %');
    expect(plain(formatPercentChange(0.003_86, 'ru'))).toBe('+0,39 %');
    expect(formatPercentChange(-0.018, 'en')).toBe('−1.80%');
  });

  it('writes a change that rounds to zero without a sign', () => {
    expect(plain(formatPercentChange(0, 'ru'))).toBe('0,00 %');
    expect(formatPercentChange(-0.000_01, 'en')).toBe('0.00%');
  });
});
