import { describe, expect, it } from 'vitest';

import { readLiftPoints, retypeLiftPoints } from './liftPoints';

describe('readLiftPoints', () => {
  it('reads points as a fraction in either language', () => {
    expect(readLiftPoints('2', 'ru')).toBe(0.02);
    expect(readLiftPoints('2,5', 'ru')).toBe(0.025);
    expect(readLiftPoints('2.5', 'en')).toBe(0.025);
    expect(readLiftPoints('100', 'en')).toBe(1);
  });

  it('refuses no lift, a negative one, more than 100 and text', () => {
    expect(readLiftPoints('0', 'ru')).toBeNull();
    expect(readLiftPoints('-1', 'ru')).toBeNull();
    expect(readLiftPoints('101', 'ru')).toBeNull();
    expect(readLiftPoints('', 'ru')).toBeNull();
    expect(readLiftPoints('два', 'ru')).toBeNull();
  });
});

describe('retypeLiftPoints', () => {
  it('rewrites the lift for the new language and leaves text alone', () => {
    expect(retypeLiftPoints('2,5', 'ru', 'en')).toBe('2.5');
    expect(retypeLiftPoints('2.5', 'en', 'ru')).toBe('2,5');
    expect(retypeLiftPoints('два', 'ru', 'en')).toBe('два');
  });
});
