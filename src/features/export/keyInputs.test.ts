import { describe, expect, it } from 'vitest';

import type { Language } from '../../i18n/languages';
import type { CltvInput } from '../../model/cltv';
import { workedExampleInput } from '../../model/workedExample';
import { sectionI18n } from '../../testing/sectionI18n';
import * as messages from './messages';
import { keyInputsLine } from './keyInputs';

function line(language: Language, input: CltvInput = workedExampleInput) {
  const text = keyInputsLine(
    input,
    'RUB',
    language,
    sectionI18n(language, messages).t,
  );
  // Intl separates digit groups and «%» with no-break spaces.
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('keyInputsLine', () => {
  it('names every key input of the worked example in Russian', () => {
    expect(line('ru')).toBe(
      'клиентов 1 000 · выручка 120 000 ₽ · маржа 40 % · C 12 000 ₽ · ' +
        'AC 25 000 ₽ · удержание 80 %–85 % · удержание новых 60 %–84 % · ' +
        'новых в год 200 · ставка 20 % · горизонт 5 лет',
    );
  });

  it('names them in English', () => {
    expect(line('en')).toBe(
      'customers 1,000 · revenue ₽120,000 · margin 40% · C ₽12,000 · ' +
        'AC ₽25,000 · retention 80%–85% · new-customer retention 60%–84% · ' +
        'new per year 200 · discount rate 20% · horizon 5 years',
    );
  });

  it('leaves out retention when a one-year horizon has none', () => {
    const oneYear: CltvInput = {
      ...workedExampleInput,
      horizonYears: 1,
      revenuePerCustomer: [120_000],
      marginRate: [0.4],
      serviceCostPerCustomer: [12_000],
      retentionExisting: [],
      retentionNew: [],
      newCustomers: [200],
    };

    expect(line('en', oneYear)).not.toContain('retention');
    expect(line('en', oneYear)).toContain('horizon 1 year');
  });
});
