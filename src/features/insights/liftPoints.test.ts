import { describe, expect, it } from 'vitest';

import { readLiftPoints, retypeLiftPoints } from './liftPoints';

describe('readLiftPoints', () => {
  const liftOf = (text: string, language: 'ru' | 'en') =>
    readLiftPoints(text, language).lift;
  const refusalOf = (text: string, language: 'ru' | 'en' = 'ru') =>
    readLiftPoints(text, language).refusal;

  it('reads points as a fraction in either language', () => {
    expect(liftOf('2', 'ru')).toBe(0.02);
    expect(liftOf('2,5', 'ru')).toBe(0.025);
    expect(liftOf('2.5', 'en')).toBe(0.025);
    expect(liftOf('100', 'en')).toBe(1);
  });

  it('takes a «%» with the points, as the percent fields do', () => {
    expect(readLiftPoints('2,5 %', 'ru')).toEqual({
      lift: 0.025,
      refusal: null,
    });
    expect(liftOf('2%', 'en')).toBe(0.02);
  });

  it('refuses no lift, a negative one, more than 100 and text', () => {
    for (const text of ['0', '-1', '101', '', 'два']) {
      expect(readLiftPoints(text, 'ru')).toEqual({
        lift: null,
        refusal: 'invalid',
      });
    }
  });

  it('refuses a currency sign, before it looks at the figure', () => {
    expect(refusalOf('2 ₽')).toBe('currencySign');
    expect(refusalOf('2 руб.')).toBe('currencySign');
    expect(refusalOf('€2')).toBe('currencySign');
    expect(refusalOf('$2.5', 'en')).toBe('currencySign');
    expect(refusalOf('₸ 500', 'en')).toBe('currencySign');
    expect(readLiftPoints('2 ₽', 'ru').lift).toBeNull();
  });
});

describe('retypeLiftPoints', () => {
  it('rewrites the lift for the new language and leaves text alone', () => {
    expect(retypeLiftPoints('2,5', 'ru', 'en')).toBe('2.5');
    expect(retypeLiftPoints('2.5', 'en', 'ru')).toBe('2,5');
    expect(retypeLiftPoints('два', 'ru', 'en')).toBe('два');
  });
});
