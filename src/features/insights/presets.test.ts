import { describe, expect, it } from 'vitest';

import { computeCltv } from '../../model/cltv';
import { formValuesShape, readCltvInput } from '../calculator/formSchema';
import { runChecks } from './checks';
import { PRESET_IDS, presetFormValues } from './presets';

const FIVE_YEARS = '5';

describe('presetFormValues', () => {
  it('types the figures the way each language writes them', () => {
    const ru = presetFormValues('telecom', 'ru', FIVE_YEARS);
    const en = presetFormValues('telecom', 'en', FIVE_YEARS);

    expect(ru.existingCustomers).toBe('200\u00a0000');
    expect(en.existingCustomers).toBe('200,000');
    expect(en.retentionNewByAge.slice(0, 2)).toEqual(['55', '75']);
  });

  it('keeps the horizon the visitor chose, and brings roubles', () => {
    const values = presetFormValues('bank', 'ru', '3');
    const input = readCltvInput(values, 'ru').input!;

    expect(values.horizonYears).toBe('3');
    expect(values.currency).toBe('RUB');
    expect(input.horizonYears).toBe(3);
    expect(input.revenuePerCustomer).toEqual([12_000, 12_000, 12_000]);
  });

  it.each(PRESET_IDS)('gives %s input the form accepts', (id) => {
    for (const language of ['ru', 'en'] as const) {
      const values = presetFormValues(id, language, FIVE_YEARS);

      expect(formValuesShape.safeParse(values).success).toBe(true);
      expect(readCltvInput(values, language).issues).toEqual([]);
    }
  });

  it.each(PRESET_IDS)('gives %s figures that pass every check', (id) => {
    const values = presetFormValues(id, 'ru', FIVE_YEARS);
    const input = readCltvInput(values, 'ru').input!;
    const result = computeCltv(input);

    const open = runChecks({
      input,
      result,
      marginMakeup: values.marginIncludesCosts,
    }).filter((check) => check.status !== 'passed');

    expect(open).toEqual([]);
    expect(result.portfolioValue.at(-1)).toBeGreaterThan(0);
  });

  it('reads the telecom operator as 200 000 customers at 7 200 a year', () => {
    // n = 7 200 × 50 % − 900 = 2 700; E_1 = 2 700 / 1.18 = 2 288.14.
    const input = readCltvInput(
      presetFormValues('telecom', 'en', FIVE_YEARS),
      'en',
    ).input!;

    expect(computeCltv(input).cltvExisting[0]).toBeCloseTo(2_288.14, 2);
    expect(input.retentionNew).toEqual([0.55, 0.75, 0.75, 0.75]);
  });
});
