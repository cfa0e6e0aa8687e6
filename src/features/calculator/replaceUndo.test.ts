import { describe, expect, it } from 'vitest';

import { defaultFormValues } from './formValues';
import {
  isStillReplaced,
  valuesBeforeReplace,
  type ReplaceSnapshot,
} from './replaceUndo';

const defaults = defaultFormValues('ru');

/** The visitor's figures replaced by the defaults, typed in Russian. */
function resetFrom(values: typeof defaults): ReplaceSnapshot {
  return { cause: 'reset', values, replacement: defaults, language: 'ru' };
}

describe('valuesBeforeReplace', () => {
  it('brings back the values as typed in the same language', () => {
    const before = {
      ...defaults,
      revenuePerCustomer: '150 000,5',
      currency: 'USD' as const,
    };

    expect(valuesBeforeReplace(resetFrom(before), 'ru')).toBe(before);
  });

  it('rewrites them for a language switched to since the replacement', () => {
    const before = { ...defaults, revenuePerCustomer: '150 000,5' };

    const restored = valuesBeforeReplace(resetFrom(before), 'en');

    expect(restored.revenuePerCustomer).toBe('150,000.5');
    expect(restored.existingCustomers).toBe('1,000');
  });

  it('brings back per-year rows and the horizon', () => {
    const before = {
      ...defaults,
      horizonYears: '3',
      retentionExistingMode: 'perYear' as const,
      retentionExistingByYear: ['80', '75,5'],
    };

    const restored = valuesBeforeReplace(resetFrom(before), 'en');

    expect(restored.horizonYears).toBe('3');
    expect(restored.retentionExistingMode).toBe('perYear');
    expect(restored.retentionExistingByYear).toEqual(['80', '75.5']);
  });
});

describe('isStillReplaced', () => {
  const preset: ReplaceSnapshot = {
    cause: 'preset',
    values: defaults,
    replacement: { ...defaults, existingCustomers: '100 000' },
    language: 'ru',
  };

  it('is true while the form holds the replacement', () => {
    const form = { ...defaults, existingCustomers: '100 000' };

    expect(isStillReplaced(preset, form, 'ru')).toBe(true);
  });

  it('is true after a language switch rewrote the replacement', () => {
    // 100 000 typed the Russian way is 100,000 the English way.
    const form = {
      ...defaultFormValues('en'),
      existingCustomers: '100,000',
    };

    expect(isStillReplaced(preset, form, 'en')).toBe(true);
  });

  it('is false once a field differs, a per-year row too', () => {
    const typed = { ...defaults, existingCustomers: '100 001' };
    const rowTyped = {
      ...preset.replacement,
      newCustomersByYear: [...defaults.newCustomersByYear, '5'],
    };

    expect(isStillReplaced(preset, typed, 'ru')).toBe(false);
    expect(isStillReplaced(preset, rowTyped, 'ru')).toBe(false);
  });
});
