import { describe, expect, it } from 'vitest';

import { formatForInput } from './format';
import { parseLocaleNumber, typedUnits, unitSigns } from './parseNumber';

describe('parseLocaleNumber', () => {
  it.each([
    ['1 000 000,5', 1_000_000.5],
    ['1000000.5', 1_000_000.5],
    ['1\u00a0000\u00a0000', 1_000_000],
    ['1\u202f234,75', 1234.75],
    ['82,5 %', 82.5],
    ['120000 ₽', 120_000],
    ['1,000,000.5', 1_000_000.5],
    ['1.000.000,5', 1_000_000.5],
    [',5', 0.5],
    ['5,', 5],
    ['-12', -12],
    ['0,125', 0.125],
    ['1,5', 1.5],
    ['12,25', 12.25],
    ['1,1250', 1.125],
    ['0,040', 0.04],
    ['₽120 000', 120_000],
    ['-$300', -300],
  ])('reads «%s» in Russian as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 'ru')).toEqual({
      kind: 'number',
      value: expected,
    });
  });

  it.each([
    ['1,000,000.5', 1_000_000.5],
    ['1000000.5', 1_000_000.5],
    ['1,000', 1000],
    ['1 000 000', 1_000_000],
    ['40%', 40],
    ['$120,000', 120_000],
    ['12,', 12],
    ['120,000.5', 120_000.5],
    ['0.04', 0.04],
  ])('reads «%s» in English as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 'en')).toEqual({
      kind: 'number',
      value: expected,
    });
  });

  it.each(['', '   ', '%'])('calls «%s» empty', (text) => {
    expect(parseLocaleNumber(text, 'ru')).toEqual({ kind: 'empty' });
  });

  it.each([
    'abc',
    '-',
    ',',
    '1e9999',
    '1e3',
    '1..2',
    '😀',
    '12a',
    '0 5',
    '1 2 3abc',
  ])('refuses «%s» in both languages', (text) => {
    expect(parseLocaleNumber(text, 'ru')).toEqual({ kind: 'invalid' });
    expect(parseLocaleNumber(text, 'en')).toEqual({ kind: 'invalid' });
  });

  it.each([
    '$120,000',
    '€1,500',
    '-$300,000',
    '$0,500',
    '1,000',
    '120,000',
    '120,000 ₽',
    '120 000,000',
    '12,345',
    '1,000,000',
    '-1,000',
  ])(
    'refuses «%s» in Russian as an ambiguous comma: English digit groups',
    (text) => {
      expect(parseLocaleNumber(text, 'ru')).toEqual({
        kind: 'invalid',
        reason: 'ambiguousComma',
      });
    },
  );

  it.each([
    // A digit typed after «120 000», or a Backspace: the groups are joined.
    ['120\u00a00005', 'ru', 1_200_005],
    ['120 0005', 'ru', 1_200_005],
    ['120 00', 'ru', 12_000],
    ['120 0005', 'en', 1_200_005],
    ['120,0005', 'en', 1_200_005],
    ['1,0000', 'en', 10_000],
    // The Indian grouping of lakhs: 1 00 000 is a hundred thousand.
    ['1,00,000', 'en', 100_000],
    ['1 2 3', 'ru', 123],
    ['12 34', 'en', 1234],
    // The fraction, sign and currency signs stay out of the groups.
    ['120 0005,5 ₽', 'ru', 1_200_005.5],
    ['-120 0005.25', 'ru', -1_200_005.25],
    ['$120,0005.25', 'en', 1_200_005.25],
    ['12 5 %', 'ru', 125],
  ] as const)(
    'refuses «%s» in %s as misgrouped digits meaning %d',
    (text, language, meant) => {
      expect(parseLocaleNumber(text, language)).toEqual({
        kind: 'invalid',
        reason: 'digitGroups',
        meant,
      });
    },
  );

  it.each([
    // Russian groups with spaces only: a comma is the decimal mark.
    ['12,5,6', 'ru'],
    // 16 digits: a double would not hold the suggestion exactly.
    ['1234 567 890 123 456', 'ru'],
    // Seven decimals: formatForInput writes six.
    ['120 0005,1234567', 'ru'],
    ['120 0005 abc', 'ru'],
  ] as const)('refuses «%s» in %s without a reason', (text, language) => {
    expect(parseLocaleNumber(text, language)).toEqual({ kind: 'invalid' });
  });

  it.each(['12,5,6', '1,00,000', '0,125,000'])(
    'refuses «%s» in Russian as malformed',
    (text) => {
      expect(parseLocaleNumber(text, 'ru')).toEqual({ kind: 'invalid' });
    },
  );

  it.each([
    ['$120,5', 120.5],
    ['$1,5000', 1.5],
  ])('reads «%s» in Russian with a decimal comma', (text, expected) => {
    expect(parseLocaleNumber(text, 'ru')).toEqual({
      kind: 'number',
      value: expected,
    });
  });

  it.each([
    '12,34',
    '12,5',
    '120,00',
    '0,040',
    '0,500',
    '00,000',
    '0,0005',
    '12,5,6',
    '40,5 %',
  ])(
    'refuses «%s» in English as an ambiguous comma: it groups no thousands',
    (text) => {
      expect(parseLocaleNumber(text, 'en')).toEqual({
        kind: 'invalid',
        reason: 'ambiguousComma',
      });
    },
  );

  it('refuses a first digit group starting with 0 beside a decimal mark', () => {
    expect(parseLocaleNumber('0,040.5', 'en')).toEqual({ kind: 'invalid' });
    expect(parseLocaleNumber('0.040,5', 'ru')).toEqual({ kind: 'invalid' });
  });

  it('reads a thousand digits as an infinite number for the schema to refuse', () => {
    const parsed = parseLocaleNumber('9'.repeat(1000), 'ru');

    expect(parsed).toEqual({ kind: 'number', value: Infinity });
  });
});

describe('typedUnits', () => {
  it.each([
    ['1 000', []],
    ['€ 5 000', ['EUR']],
    ['$5,000', ['USD']],
    ['-$300', ['USD']],
    ['50 %', ['percent']],
    ['40%', ['percent']],
    ['120 000 ₽', ['RUB']],
    ['120 000 руб.', ['RUB']],
    ['120000 RUB', ['RUB']],
    ['₸1 000', ['KZT']],
    ['$5 000 €', ['USD', 'EUR']],
  ])('finds in «%s» the units %j', (text, expected) => {
    expect(typedUnits(text)).toEqual(expected);
  });
});

describe('unitSigns', () => {
  it('keeps the signs as typed, the minus left out', () => {
    expect(unitSigns('-€ 5 000')).toEqual({ leading: '€', trailing: null });
    expect(unitSigns('5 000 руб.')).toEqual({
      leading: null,
      trailing: 'руб.',
    });
  });
});

describe('formatForInput', () => {
  it('writes a fourth decimal where three would look like a digit group', () => {
    expect(formatForInput(1.125, 'ru')).toBe('1,1250');
    expect(formatForInput(0.125, 'ru')).toBe('0,125');
    expect(formatForInput(1.125, 'en')).toBe('1.125');
  });

  it.each([
    [1_000_000.5, 'ru'],
    [1_000_000.5, 'en'],
    [82.5, 'ru'],
    [0.125, 'en'],
    [0.125, 'ru'],
    [1.125, 'ru'],
    [-1234.567, 'ru'],
  ] as const)('writes %d so that %s reads it back', (value, language) => {
    const text = formatForInput(value, language);

    expect(parseLocaleNumber(text, language)).toEqual({
      kind: 'number',
      value,
    });
  });
});
