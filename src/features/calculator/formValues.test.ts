import { describe, expect, it } from 'vitest';

import {
  defaultFormValues,
  isSameForm,
  type CalculatorFormValues,
} from './formValues';

/** The defaults with what a visitor typed over them. */
function typed(
  overrides: Partial<CalculatorFormValues>,
  language: 'ru' | 'en' = 'ru',
): CalculatorFormValues {
  return { ...defaultFormValues(language), ...overrides };
}

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
