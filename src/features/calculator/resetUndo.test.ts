import { describe, expect, it } from 'vitest';

import { defaultFormValues, type CalculatorFormValues } from './formValues';
import { isSameForm, valuesBeforeReset } from './resetUndo';

/** The defaults with what a visitor typed over them. */
function typed(
  overrides: Partial<CalculatorFormValues>,
  language: 'ru' | 'en' = 'ru',
): CalculatorFormValues {
  return { ...defaultFormValues(language), ...overrides };
}

describe('valuesBeforeReset', () => {
  it('brings back the values as typed in the same language', () => {
    const before = typed({ revenuePerCustomer: '150 000,5', currency: 'USD' });

    expect(valuesBeforeReset({ values: before, language: 'ru' }, 'ru')).toBe(
      before,
    );
  });

  it('rewrites them for a language switched to since the reset', () => {
    const before = typed({ revenuePerCustomer: '150 000,5' });

    const restored = valuesBeforeReset(
      { values: before, language: 'ru' },
      'en',
    );

    expect(restored.revenuePerCustomer).toBe('150,000.5');
    expect(restored.existingCustomers).toBe('1,000');
  });
});

describe('isSameForm', () => {
  it('holds for the same text in every field', () => {
    expect(isSameForm(typed({}), defaultFormValues('ru'))).toBe(true);
    expect(isSameForm(typed({}, 'en'), defaultFormValues('en'))).toBe(true);
  });

  it('ends with any change, in a field or in a per-year list', () => {
    const defaults = defaultFormValues('ru');
    const byYear = [...defaults.retentionExistingByYear];
    byYear[8] = '86';

    expect(isSameForm(typed({ marginPercent: '41' }), defaults)).toBe(false);
    expect(isSameForm(typed({ horizonYears: '3' }), defaults)).toBe(false);
    expect(
      isSameForm(typed({ retentionExistingByYear: byYear }), defaults),
    ).toBe(false);
  });

  it('compares the text, not the figure it reads as', () => {
    // «1 000» in Russian is «1,000» in English: the same figure, typed
    // otherwise.
    expect(isSameForm(defaultFormValues('ru'), defaultFormValues('en'))).toBe(
      false,
    );
  });
});
