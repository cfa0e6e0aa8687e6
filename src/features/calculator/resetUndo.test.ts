import { describe, expect, it } from 'vitest';

import { defaultFormValues } from './formValues';
import { valuesBeforeReset } from './resetUndo';

const defaults = defaultFormValues('ru');

describe('valuesBeforeReset', () => {
  it('brings back the values as typed in the same language', () => {
    const before = {
      ...defaults,
      revenuePerCustomer: '150 000,5',
      currency: 'USD' as const,
    };

    expect(valuesBeforeReset({ values: before, language: 'ru' }, 'ru')).toBe(
      before,
    );
  });

  it('rewrites them for a language switched to since the reset', () => {
    const before = { ...defaults, revenuePerCustomer: '150 000,5' };

    const restored = valuesBeforeReset(
      { values: before, language: 'ru' },
      'en',
    );

    expect(restored.revenuePerCustomer).toBe('150,000.5');
    expect(restored.existingCustomers).toBe('1,000');
  });
});
