import { describe, expect, it } from 'vitest';

import { computeCltv } from '../../model/cltv';
import { workedExampleInput } from '../../model/workedExample';
import {
  calculatesTheSame,
  calculatorSchema,
  fieldIssues,
  fitsSigns,
  formValuesShape,
  readCltvInput,
} from './formSchema';
import {
  defaultFormValues,
  reformatForLanguage,
  type CalculatorFormValues,
} from './formValues';

function formValues(overrides: Partial<CalculatorFormValues> = {}) {
  return { ...defaultFormValues('ru'), ...overrides };
}

function issuesOf(values: CalculatorFormValues, language: 'ru' | 'en' = 'ru') {
  const parsed = calculatorSchema(language).safeParse(values);
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('calculatorSchema', () => {
  it('reads the default form as the worked example', () => {
    const parsed = calculatorSchema('ru').parse(formValues());

    expect(parsed).toEqual(workedExampleInput);
  });

  it('reads the same defaults written for English', () => {
    const parsed = calculatorSchema('en').parse(defaultFormValues('en'));

    expect(computeCltv(parsed).portfolioValue[4]).toBeCloseTo(
      101_435_679.01,
      2,
    );
  });

  it('repeats a single retention rate for every year', () => {
    const parsed = calculatorSchema('ru').parse(
      formValues({
        retentionExistingMode: 'single',
        retentionExistingPercent: '82,5',
      }),
    );

    expect(parsed.retentionExisting).toEqual([0.825, 0.825, 0.825, 0.825]);
  });

  it('uses the first-year rate and then the later rate for new customers', () => {
    const parsed = calculatorSchema('ru').parse(
      formValues({
        retentionNewMode: 'twoRates',
        retentionNewFirstYearPercent: '50',
        retentionNewLaterPercent: '90',
      }),
    );

    expect(parsed.retentionNew).toEqual([0.5, 0.9, 0.9, 0.9]);
  });

  it('reads per-year new customers for the horizon only', () => {
    const byYear = [
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
    ];
    const parsed = calculatorSchema('ru').parse(
      formValues({
        newCustomersMode: 'perYear',
        newCustomersByYear: byYear,
        horizonYears: '3',
      }),
    );

    expect(parsed.newCustomers).toEqual([10, 20, 30]);
    expect(parsed.retentionExisting).toEqual([0.8, 0.82]);
  });

  it.each([
    ['existingCustomers', '', 'required'],
    ['existingCustomers', 'много', 'notANumber|{"exampleOf":"count"}'],
    ['marginPercent', '4O', 'notANumber|{"exampleOf":"percent"}'],
    ['revenuePerCustomer', '1e400', 'notANumber|{"exampleOf":"money"}'],
    // «120 000» with a 5 typed at the end: it is 1 200 005 misgrouped.
    ['revenuePerCustomer', '120 0005', 'digitGroups|{"meant":1200005}'],
    ['existingCustomers', '1 2 3', 'digitGroups|{"meant":123}'],
    // A sign the field does not take is named first.
    ['marginPercent', '4 0 ₽', 'currencyInPercent'],
    ['existingCustomers', '-5', 'negative'],
    ['existingCustomers', '10,5', 'notWhole'],
    ['existingCustomers', '9'.repeat(400), 'tooLarge|{"max":1000000000}'],
    ['marginPercent', '140', 'percentRange'],
    ['discountRatePercent', '100', 'discountRange'],
    ['existingCustomers', '1,000', 'ambiguousComma'],
    ['revenuePerCustomer', '120,000', 'ambiguousComma'],
    ['revenuePerCustomer', '120,000 ₽', 'ambiguousComma'],
  ] as const)('refuses %s = «%s» with %s', (field, text, message) => {
    expect(issuesOf(formValues({ [field]: text }))).toEqual({
      [field]: message,
    });
  });

  it('refuses «120,0005» in English as misgrouped 1 200 005', () => {
    const values = {
      ...defaultFormValues('en'),
      revenuePerCustomer: '120,0005',
    };

    expect(issuesOf(values, 'en')).toEqual({
      revenuePerCustomer: 'digitGroups|{"meant":1200005}',
    });
  });

  it.each([
    ['marginPercent', '0,040'],
    ['marginPercent', '0,500'],
    ['revenuePerCustomer', '120,00'],
  ] as const)(
    'refuses %s = «%s» in English as an ambiguous comma',
    (field, text) => {
      const values = { ...defaultFormValues('en'), [field]: text };

      expect(issuesOf(values, 'en')).toEqual({ [field]: 'ambiguousComma' });
    },
  );

  it.each([
    ['revenuePerCustomer', '€ 5 000', 'otherCurrency|{"currency":"RUB"}'],
    ['acquisitionCost', '₸25 000', 'otherCurrency|{"currency":"RUB"}'],
    ['serviceCostPerCustomer', '50 %', 'percentInMoney'],
    ['marginPercent', '40 ₽', 'currencyInPercent'],
    ['discountRatePercent', '$20', 'currencyInPercent'],
    ['existingCustomers', '1 000 %', 'unitInCount'],
    ['newCustomersPerYear', '200 ₽', 'unitInCount'],
  ] as const)(
    'refuses %s = «%s», a sign the field does not take, with %s',
    (field, text, message) => {
      expect(issuesOf(formValues({ [field]: text }))).toEqual({
        [field]: message,
      });
    },
  );

  it('gives the bound of a sum in the form’s currency', () => {
    expect(
      issuesOf(
        formValues({ acquisitionCost: '9'.repeat(20), currency: 'EUR' }),
      ),
    ).toEqual({
      acquisitionCost: 'tooLarge|{"max":1000000000000,"currency":"EUR"}',
    });
  });

  it('refuses a sum that takes the whole base past its bound', () => {
    // 1000 + 5 × 200 = 2000 customers at most; 4 × 10^12 / 2000 = 2 × 10^9.
    expect(
      issuesOf(formValues({ serviceCostPerCustomer: '2 000 000 001' })),
    ).toEqual({
      serviceCostPerCustomer:
        'tooLargeForBase|{"max":2000000000,"customers":2000,' +
        '"limit":4000000000000,"currency":"RUB"}',
    });
    expect(
      issuesOf(formValues({ serviceCostPerCustomer: '2 000 000 000' })),
    ).toEqual({});
  });

  it('lowers the bound of the sums as the planned customers grow', () => {
    const values = formValues({
      revenuePerCustomer: '1 000 000',
      newCustomersPerYear: '1 000 000',
    });

    expect(Object.keys(issuesOf(values))).toEqual(['revenuePerCustomer']);
    expect(Object.keys(issuesOf({ ...values, horizonYears: '1' }))).toEqual([]);
  });

  it('waits for the customer counts before bounding the sums by them', () => {
    const values = formValues({
      existingCustomers: '5 000 000,5',
      revenuePerCustomer: '1 000 000',
    });

    expect(issuesOf(values)).toEqual({ existingCustomers: 'notWhole' });
  });

  it('refuses «$5,000» in a rouble form in English too', () => {
    const values = { ...defaultFormValues('en'), revenuePerCustomer: '$5,000' };

    expect(issuesOf(values, 'en')).toEqual({
      revenuePerCustomer: 'otherCurrency|{"currency":"RUB"}',
    });
  });

  it('says which sign is wrong before that the figure does not read', () => {
    // By Russian rules «$120,000» does not read at all; the sign is the
    // mistake to name first in a rouble form.
    expect(issuesOf(formValues({ revenuePerCustomer: '$120,000' }))).toEqual({
      revenuePerCustomer: 'otherCurrency|{"currency":"RUB"}',
    });
  });

  it('reads a sign of the chosen currency, and a «%» in a percent field', () => {
    const parsed = calculatorSchema('ru').parse(
      formValues({
        currency: 'EUR',
        revenuePerCustomer: '€ 5 000',
        acquisitionCost: '25 000 €',
        marginPercent: '50 %',
      }),
    );

    expect(parsed.revenuePerCustomer[0]).toBe(5000);
    expect(parsed.acquisitionCost).toBe(25_000);
    expect(parsed.marginRate[0]).toBe(0.5);
  });

  it('refuses a horizon of 0 years, as a link may carry it', () => {
    const { input, issues } = readCltvInput(
      formValues({ horizonYears: '0' }),
      'ru',
    );

    expect(input).toBeNull();
    expect(issues).toEqual([
      { path: ['horizonYears'], message: 'horizonRange' },
    ]);
  });

  it('points at the bad year of a per-year list', () => {
    const byYear = ['80', '82', '120', '85', '85', '85', '85', '85', '85'];

    expect(issuesOf(formValues({ retentionExistingByYear: byYear }))).toEqual({
      'retentionExistingByYear.2': 'percentRange',
    });
  });

  it('ignores bad entries beyond the horizon and in hidden modes', () => {
    const byYear = ['80', '82', '84', '85', 'x', 'x', 'x', 'x', 'x'];

    expect(
      issuesOf(
        formValues({
          retentionExistingByYear: byYear,
          retentionNewFirstYearPercent: 'x',
        }),
      ),
    ).toEqual({});
  });

  it('refuses a stored shape that is not the form', () => {
    const broken = { ...formValues(), retentionExistingByYear: ['80'] };

    expect(calculatorSchema('ru').safeParse(broken).success).toBe(false);
  });

  it.each(['11', '99', '0', ''])(
    'refuses a horizon of «%s», which the select cannot show',
    (horizonYears) => {
      const parsed = formValuesShape.safeParse(formValues({ horizonYears }));

      expect(parsed.success).toBe(false);
    },
  );
});

describe('reformatForLanguage', () => {
  it('keeps what every figure means across a language switch', () => {
    const ru = formValues({
      revenuePerCustomer: '1 000,5',
      marginPercent: 'abc',
    });

    const en = reformatForLanguage(ru, 'ru', 'en');

    expect(en.revenuePerCustomer).toBe('1,000.5');
    expect(en.marginPercent).toBe('abc');
    expect(en.retentionExistingByYear[1]).toBe('82');
  });

  it('keeps a figure refused as an ambiguous comma as typed', () => {
    const ru = formValues({
      existingCustomers: '1,000',
      revenuePerCustomer: '120,000 ₽',
    });
    const en = formValues({ marginPercent: '0,040' });

    const toEn = reformatForLanguage(ru, 'ru', 'en');
    const toRu = reformatForLanguage(en, 'en', 'ru');

    expect(toEn.existingCustomers).toBe('1,000');
    expect(toEn.revenuePerCustomer).toBe('120,000 ₽');
    expect(toRu.marginPercent).toBe('0,040');
  });

  it('writes a fraction of three decimals so that Russian reads it', () => {
    const en = { ...defaultFormValues('en'), marginPercent: '1.125' };

    const ru = reformatForLanguage(en, 'en', 'ru');

    // 1.125 in Russian is «1,125», which reads as English groups.
    expect(ru.marginPercent).toBe('1,1250');
    expect(issuesOf(ru, 'ru')).toEqual({});
  });

  it('keeps the signs a figure was typed with', () => {
    const ru = formValues({
      revenuePerCustomer: '€ 5 000,5',
      acquisitionCost: '-$300',
      marginPercent: '50 %',
    });

    const en = reformatForLanguage(ru, 'ru', 'en');

    expect(en.revenuePerCustomer).toBe('€5,000.5');
    expect(en.acquisitionCost).toBe('-$300');
    expect(en.marginPercent).toBe('50 %');
    expect(issuesOf(en, 'en')).toEqual({
      revenuePerCustomer: 'otherCurrency|{"currency":"RUB"}',
      acquisitionCost: 'otherCurrency|{"currency":"RUB"}',
    });
  });
});

describe('fieldIssues', () => {
  it('checks each figure by its own rule, and not the base’s bound', () => {
    // 2000 customers × 2 000 000 001 ₽ is past the bound, 140 % past 100.
    const values = formValues({
      revenuePerCustomer: '2 000 000 001',
      marginPercent: '140',
    });

    expect(fieldIssues(values, 'ru')).toEqual([
      { path: ['marginPercent'], message: 'percentRange' },
    ]);
    expect(readCltvInput(values, 'ru').issues.map((i) => i.path)).toEqual([
      ['marginPercent'],
      ['revenuePerCustomer'],
    ]);
  });
});

describe('fitsSigns', () => {
  it.each([
    ['revenuePerCustomer', '5 000 ₽', true],
    ['revenuePerCustomer', '€ 5 000', false],
    ['acquisitionCost', '25 000', true],
    ['serviceCostPerCustomer', '50 %', false],
    ['marginPercent', '40 %', true],
    ['marginPercent', '40 ₽', false],
    ['retentionExistingByYear', '$80', false],
    ['newCustomersByYear', '200 %', false],
    ['existingCustomers', '1 000', true],
    ['horizonYears', '5', true],
  ] as const)('in a rouble form, %s = «%s» fits: %s', (field, text, fits) => {
    expect(fitsSigns(field, text, 'RUB')).toBe(fits);
  });

  it('takes the sign of the form’s own currency in a sum', () => {
    expect(fitsSigns('revenuePerCustomer', '€ 5 000', 'EUR')).toBe(true);
    expect(fitsSigns('revenuePerCustomer', '5 000 руб.', 'EUR')).toBe(false);
  });
});

describe('calculatesTheSame', () => {
  it('looks at the figures the engine reads, not at how they are typed', () => {
    const typed = formValues({
      revenuePerCustomer: '120000,0',
      retentionExistingPercent: 'x',
    });

    expect(calculatesTheSame(formValues(), typed, 'ru')).toBe(true);
    expect(
      calculatesTheSame(formValues(), formValues({ currency: 'USD' }), 'ru'),
    ).toBe(false);
    expect(
      calculatesTheSame(
        formValues(),
        formValues({ marginPercent: '41' }),
        'ru',
      ),
    ).toBe(false);
  });

  it('never takes two forms with mistakes for the same', () => {
    const broken = formValues({ marginPercent: 'x' });

    expect(calculatesTheSame(broken, broken, 'ru')).toBe(false);
  });
});
