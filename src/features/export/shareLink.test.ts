import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatForInput } from '../../format/format';
import type { Language } from '../../i18n/languages';
import { readCltvInput } from '../calculator/formSchema';
import {
  defaultFormValues,
  SCALAR_NUMBER_FIELDS,
  type CalculatorFormValues,
} from '../calculator/formValues';
import {
  addressFor,
  decodeShareHash,
  encodeShareHash,
  isShareHash,
  MAX_SHARE_HASH_LENGTH,
  shareUrl,
  withoutScenario,
} from './shareLink';

function formValues(
  overrides: Partial<CalculatorFormValues> = {},
  language: Language = 'ru',
) {
  return { ...defaultFormValues(language), ...overrides };
}

/** The defaults' link with one parameter's value replaced or removed. */
function tamperedHash(param: string, value: string | null): string {
  const params = new URLSearchParams(
    encodeShareHash(formValues(), 'ru').slice(1),
  );
  if (value === null) params.delete(param);
  else params.set(param, value);
  return `#${params.toString()}`;
}

const DEFAULT_HASH =
  '#v=1&lang=ru&cur=RUB&h=5&n0=1000&rev=120000&m=40&mc=no&c=12000' +
  '&ac=25000&rem=perYear&re=80&rey=80,82,84,85,85,85,85,85,85' +
  '&rnm=perAge&rn1=60&rnl=80&rna=60,80,82,84,84,84,84,84,84' +
  '&nm=single&n=200&ny=200,200,200,200,200,200,200,200,200,200&d=20';

describe('encodeShareHash', () => {
  it('writes every field of the form, versioned, in form order', () => {
    expect(encodeShareHash(formValues(), 'ru')).toBe(DEFAULT_HASH);
  });

  it('writes figures the same way whatever the language', () => {
    const ru = formValues({ revenuePerCustomer: '1 000 000,5' });
    const en = formValues({ revenuePerCustomer: '1,000,000.5' }, 'en');

    expect(encodeShareHash(ru, 'ru')).toContain('&rev=1000000.5&');
    expect(encodeShareHash(en, 'en')).toBe(
      encodeShareHash(ru, 'ru').replace('lang=ru', 'lang=en'),
    );
  });

  it('leaves out a figure that does not read, and marks a bad list entry', () => {
    const values = formValues({
      revenuePerCustomer: 'много',
      retentionExistingByYear: ['80', 'x', '84', '85', '85', '85', '85', '85'],
    });

    const hash = encodeShareHash(values, 'ru');

    expect(hash).not.toContain('rev=');
    expect(hash).toContain('&rey=80,,84,85,85,85,85,85&');
  });

  it('leaves out a figure with a sign its field refuses, as a typo', () => {
    const values = formValues({
      revenuePerCustomer: '€ 5 000',
      serviceCostPerCustomer: '12 000 %',
      acquisitionCost: '25 000 ₽',
      marginPercent: '40 ₽',
      discountRatePercent: '20 %',
      retentionExistingByYear: ['80', '$82', ...Array(7).fill('85')],
    });

    const hash = encodeShareHash(values, 'ru');
    const shared = decodeShareHash(hash, 'ru');

    expect(hash).not.toMatch(/&(rev|c|m)=/);
    expect(hash).toContain('&ac=25000&');
    expect(hash).toContain('&d=20');
    expect(hash).toContain('&rey=80,,85,85,85,85,85,85,85&');
    // The recipient gets the defaults for them, and is told.
    expect(shared?.values.revenuePerCustomer).toBe(
      formValues().revenuePerCustomer,
    );
    expect(shared?.values.retentionExistingByYear[1]).toBe('82');
    expect(shared?.ignored).toEqual([
      'revenuePerCustomer',
      'marginPercent',
      'serviceCostPerCustomer',
      'retentionExistingByYear',
    ]);
  });

  it('leaves out another currency’s sign in English as well', () => {
    const values = formValues(
      { currency: 'USD', revenuePerCustomer: '€5,000', acquisitionCost: '$25' },
      'en',
    );

    const hash = encodeShareHash(values, 'en');

    expect(hash).not.toContain('rev=');
    expect(hash).toContain('&ac=25&');
  });
});

describe('decodeShareHash', () => {
  it('returns null for a fragment that is not a share link', () => {
    expect(decodeShareHash('', 'ru')).toBeNull();
    expect(decodeShareHash('#', 'ru')).toBeNull();
    expect(decodeShareHash('#results', 'ru')).toBeNull();
    expect(isShareHash(DEFAULT_HASH)).toBe(true);
  });

  it('reads any other fragment as a link, garbage as unreadable whole', () => {
    const unreadable = {
      language: 'en',
      values: defaultFormValues('en'),
      ignored: ['link'],
    };

    // A version but none of the form's fields, a mangled link, a stray
    // parameter: each was meant as a link and cannot be read.
    expect(decodeShareHash('#v=1&&&', 'en')).toEqual(unreadable);
    expect(decodeShareHash('#%%%%%', 'en')).toEqual(unreadable);
    expect(decodeShareHash('#a=b', 'en')).toEqual(unreadable);
    expect(isShareHash('#section-base')).toBe(false);
  });

  it('reads back what was written, in the link language', () => {
    const values = formValues(
      {
        currency: 'EUR',
        horizonYears: '7',
        revenuePerCustomer: '1,000,000.5',
        marginIncludesCosts: 'unsure',
        retentionExistingMode: 'single',
        retentionExistingPercent: '82.5',
        newCustomersMode: 'perYear',
        newCustomersByYear: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      },
      'en',
    );

    const shared = decodeShareHash(encodeShareHash(values, 'en'), 'ru');

    expect(shared).toEqual({ language: 'en', values, ignored: [] });
  });

  it('writes the figures for a Russian link in Russian', () => {
    const shared = decodeShareHash(tamperedHash('rev', '1000000.5'), 'en');

    expect(shared?.language).toBe('ru');
    expect(shared?.values.revenuePerCustomer).toBe('1\u00a0000\u00a0000,5');
    expect(shared?.ignored).toEqual([]);
  });

  it.each([
    ['m', '140', 'marginPercent', '40'],
    ['m', '-5', 'marginPercent', '40'],
    ['d', '100', 'discountRatePercent', '20'],
    ['h', '11', 'horizonYears', '5'],
    ['h', '2.5', 'horizonYears', '5'],
    ['h', '0', 'horizonYears', '5'],
    ['n0', '10.5', 'existingCustomers', '1\u00a0000'],
    ['n0', '1e5', 'existingCustomers', '1\u00a0000'],
    ['n0', '9'.repeat(20), 'existingCustomers', '1\u00a0000'],
    ['rev', '12x', 'revenuePerCustomer', '120\u00a0000'],
    ['rev', null, 'revenuePerCustomer', '120\u00a0000'],
    ['cur', 'XYZ', 'currency', 'RUB'],
    ['mc', 'maybe', 'marginIncludesCosts', 'no'],
    ['rem', 'weird', 'retentionExistingMode', 'perYear'],
    // Hidden while the retention is given per year, and still checked.
    ['re', '150', 'retentionExistingPercent', '80'],
  ])(
    'replaces %s=%s by the default and names %s',
    (param, value, field, fallback) => {
      const shared = decodeShareHash(tamperedHash(param, value), 'ru');

      expect(shared?.ignored).toEqual([field]);
      expect(shared?.values[field as keyof CalculatorFormValues]).toBe(
        fallback,
      );
    },
  );

  it('replaces only the bad entry of a list', () => {
    const shared = decodeShareHash(
      tamperedHash('rey', '70,120,x,75,75,75,75,75,75'),
      'ru',
    );

    expect(shared?.ignored).toEqual(['retentionExistingByYear']);
    expect(shared?.values.retentionExistingByYear).toEqual([
      '70',
      '82',
      '84',
      '75',
      '75',
      '75',
      '75',
      '75',
      '75',
    ]);
  });

  it('names a list that is too short or too long', () => {
    const short = decodeShareHash(tamperedHash('ny', '1,2,3'), 'ru');
    const long = decodeShareHash(tamperedHash('rna', '1,'.repeat(12)), 'ru');

    expect(short?.ignored).toEqual(['newCustomersByYear']);
    expect(short?.values.newCustomersByYear.slice(0, 4)).toEqual([
      '1',
      '2',
      '3',
      '200',
    ]);
    expect(long?.ignored).toEqual(['retentionNewByAge']);
  });

  it('opens a sum near the base’s bound at a short horizon as sent', () => {
    // One year: 1000 + 200 customers, so revenue may reach 4 × 10^12 / 1200
    // = 3 333 333 333 ₽, and AC 4 × 10^12 / 200 = 2 × 10^10 ₽. Ten years
    // of the hidden per-year plan (200 a year) would allow only a third.
    const values = formValues({
      horizonYears: '1',
      revenuePerCustomer: formatForInput(3e9, 'ru'),
      acquisitionCost: formatForInput(1e10, 'ru'),
    });
    expect(readCltvInput(values, 'ru').issues).toEqual([]);

    const shared = decodeShareHash(encodeShareHash(values, 'ru'), 'ru');

    expect(shared).toEqual({ language: 'ru', values, ignored: [] });
  });

  it('bounds the sums by the plan the link’s modes read', () => {
    // Per year for two years: 1000 + 100 + 100 = 1200 customers at most,
    // revenue up to 3 333 333 333 $. The hidden single figure (200 a year,
    // 1400 customers) and the hidden later years are not the plan.
    const values = formValues(
      {
        currency: 'USD',
        horizonYears: '2',
        revenuePerCustomer: '3,000,000,000',
        newCustomersMode: 'perYear',
        newCustomersByYear: ['100', '100', ...Array(8).fill('1,000,000')],
      },
      'en',
    );
    expect(readCltvInput(values, 'en').issues).toEqual([]);

    const shared = decodeShareHash(encodeShareHash(values, 'en'), 'en');

    expect(shared).toEqual({ language: 'en', values, ignored: [] });
  });

  it('still replaces a sum past the bound of the link’s own plan', () => {
    // Five years: 1000 + 5 × 200 = 2000 customers, revenue up to 2 × 10^9.
    const values = formValues({ revenuePerCustomer: '2 000 000 001' });

    const shared = decodeShareHash(encodeShareHash(values, 'ru'), 'ru');

    expect(shared?.values).toEqual(formValues());
    expect(shared?.ignored).toEqual(['revenuePerCustomer']);
  });

  it('takes the default customers when even the default sums do not fit', () => {
    // 10^9 customers and the default revenue of 120 000 ₽ are 1.2 × 10^17
    // a year: the link was cut before the revenue that went with them.
    const shared = decodeShareHash(
      '#v=1&lang=ru&cur=RUB&h=5&n0=1000000000',
      'ru',
    );

    expect(shared?.values.existingCustomers).toBe(
      formValues().existingCustomers,
    );
    expect(readCltvInput(shared!.values, 'ru').issues).toEqual([]);
    expect(shared?.ignored.slice(0, 2)).toEqual([
      'existingCustomers',
      'revenuePerCustomer',
    ]);
  });

  it('opens an unknown language in the fallback language and says so', () => {
    const shared = decodeShareHash(tamperedHash('lang', 'de'), 'en');

    expect(shared?.language).toBe('en');
    expect(shared?.values.revenuePerCustomer).toBe('120,000');
    expect(shared?.ignored).toEqual(['language']);
  });

  it('names every field a truncated link lost', () => {
    const cut = DEFAULT_HASH.slice(0, DEFAULT_HASH.indexOf('&rnm='));

    const shared = decodeShareHash(cut, 'ru');

    expect(shared?.values).toEqual(formValues());
    expect(shared?.ignored).toEqual([
      'retentionNewMode',
      'retentionNewFirstYearPercent',
      'retentionNewLaterPercent',
      'retentionNewByAge',
      'newCustomersMode',
      'newCustomersPerYear',
      'newCustomersByYear',
      'discountRatePercent',
    ]);
  });

  it('ignores a link of another version or of excessive length whole', () => {
    const padded = `${tamperedHash('n0', '5')}&x=${'a'.repeat(MAX_SHARE_HASH_LENGTH)}`;
    const expected = {
      language: 'en',
      values: defaultFormValues('en'),
      ignored: ['link'],
    };

    expect(decodeShareHash(tamperedHash('v', '2'), 'en')).toEqual(expected);
    expect(decodeShareHash(padded, 'en')).toEqual(expected);
  });

  it('always opens on a form the calculator accepts, whatever the link', () => {
    const pieces = fc.oneof(
      fc.string(),
      fc.constantFrom('&', '=', ',', 'v=1', 'h=', 'rey=', '%', '.', '-'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const shared = decodeShareHash(`#v=1&${parts.join('')}`, 'ru');

        expect(shared).not.toBeNull();
        expect(readCltvInput(shared!.values, shared!.language).issues).toEqual(
          [],
        );
      }),
    );
  });

  it('reads every cut of a real link without failing', () => {
    const hash = encodeShareHash(formValues({ horizonYears: '10' }), 'ru');

    for (let end = 3; end <= hash.length; end += 1) {
      const shared = decodeShareHash(hash.slice(0, end), 'ru');
      expect(readCltvInput(shared!.values, 'ru').issues).toEqual([]);
    }
  });
});

const FIGURE_FIELDS = ['horizonYears', ...SCALAR_NUMBER_FIELDS];

describe('a link with a compared scenario', () => {
  const scenario = {
    name: 'Сценарий A & «до» 100%',
    values: formValues({ retentionExistingByYear: Array(9).fill('70') }),
  };
  const current = formValues({ marginPercent: '35' });

  it('writes the scenario after the form, its keys under «s.»', () => {
    const hash = encodeShareHash(current, 'ru', scenario);

    expect(hash.startsWith(encodeShareHash(current, 'ru') + '&s=')).toBe(true);
    expect(hash).toContain(
      '&s=%D0%A1%D1%86%D0%B5%D0%BD%D0%B0%D1%80%D0%B8%D0%B9%20A%20%26%20',
    );
    expect(hash).toContain('&s.m=40&');
    expect(hash).toContain('&s.rey=70,70,70,70,70,70,70,70,70&');
    expect(withoutScenario(hash)).toBe(encodeShareHash(current, 'ru'));
  });

  it('reads back the form and the scenario', () => {
    const hash = encodeShareHash(current, 'ru', scenario);

    expect(decodeShareHash(hash, 'en')).toEqual({
      language: 'ru',
      values: current,
      ignored: [],
      scenario,
    });
  });

  it('reads the scenario in the link language', () => {
    const en = {
      name: 'Before',
      values: formValues({ revenuePerCustomer: '1,500.5' }, 'en'),
    };

    const shared = decodeShareHash(
      encodeShareHash(formValues({}, 'en'), 'en', en),
      'ru',
    );

    expect(shared?.scenario?.values.revenuePerCustomer).toBe('1,500.5');
  });

  it.each([
    ['a bad figure', (hash: string) => hash.replace('s.m=40', 's.m=140')],
    ['a missing field', (hash: string) => hash.replace('&s.d=20', '')],
    ['an empty name', (hash: string) => hash.replace(/&s=[^&]*/, '&s=')],
    ['no name', (hash: string) => hash.replace(/&s=[^&]*/, '')],
    [
      'a name too long',
      (hash: string) => hash.replace(/&s=[^&]*/, `&s=${'x'.repeat(61)}`),
    ],
  ])('leaves out a scenario with %s and says so', (_, tamper) => {
    const hash = tamper(encodeShareHash(current, 'ru', scenario));

    const shared = decodeShareHash(hash, 'ru');

    expect(shared?.values).toEqual(current);
    expect(shared?.scenario).toBeUndefined();
    expect(shared?.ignored).toEqual(['scenario']);
  });

  it('carries a scenario whose hidden fields hold mistakes', () => {
    // Retention is given per year, so the single rate is not read.
    const values = formValues({
      retentionExistingPercent: '8x',
      retentionNewLaterPercent: '150',
    });

    const shared = decodeShareHash(
      encodeShareHash(current, 'ru', { name: 'A', values }),
      'ru',
    );

    expect(shared?.ignored).toEqual([]);
    expect(shared?.scenario?.values).toEqual(formValues());
  });

  it('carries a scenario whose sum fits its own short horizon', () => {
    // One year: revenue up to 4 × 10^12 / 1200 = 3 333 333 333 ₽.
    const values = formValues({
      horizonYears: '1',
      revenuePerCustomer: formatForInput(3e9, 'ru'),
    });

    const shared = decodeShareHash(
      encodeShareHash(current, 'ru', { name: 'A', values }),
      'ru',
    );

    expect(shared?.ignored).toEqual([]);
    expect(shared?.scenario?.values).toEqual(values);
  });

  it('sends a figure too precise for a link, and the scenario is refused', () => {
    const values = formValues({ marginPercent: '40,1234567890123' });

    const shared = decodeShareHash(
      encodeShareHash(current, 'ru', { name: 'A', values }),
      'ru',
    );

    expect(shared?.scenario).toBeUndefined();
    expect(shared?.ignored).toEqual(['scenario']);
  });

  it('names the form fields before the scenario', () => {
    const hash = encodeShareHash(current, 'ru', scenario)
      .replace('&m=35', '&m=x')
      .replace('s.h=5', 's.h=11');

    expect(decodeShareHash(hash, 'ru')?.ignored).toEqual([
      'marginPercent',
      'scenario',
    ]);
  });

  it('drops the scenario rather than grow past the longest link', () => {
    // Every figure with five digits and twelve decimals makes a form of
    // about 900 characters; twice that and a name of 60 Cyrillic letters
    // (360 characters escaped) is more than 2000.
    const long = '12345,123456789012';
    const values = formValues({
      ...Object.fromEntries(FIGURE_FIELDS.map((key) => [key, long])),
      retentionExistingByYear: Array(9).fill(long),
      retentionNewByAge: Array(9).fill(long),
      newCustomersByYear: Array(10).fill(long),
    });
    const form = encodeShareHash(values, 'ru');
    const name = 'Щ'.repeat(60);

    const hash = encodeShareHash(values, 'ru', { name, values });

    expect(2 * form.length + 6 * name.length).toBeGreaterThan(
      MAX_SHARE_HASH_LENGTH,
    );
    expect(hash).toBe(form);
  });

  it('still fits with the longest Cyrillic name and ten years', () => {
    const values = formValues({ horizonYears: '10' });
    const name = 'Щ'.repeat(60);

    const hash = encodeShareHash(values, 'ru', { name, values });

    expect(hash.length).toBeLessThanOrEqual(MAX_SHARE_HASH_LENGTH);
    expect(decodeShareHash(hash, 'ru')?.scenario?.name).toBe(name);
  });
});

describe('addressFor', () => {
  const page = 'https://cltv.example/calc/?utm=x';

  it('keeps the bare address for the defaults in Russian', () => {
    expect(addressFor(page, formValues(), 'ru')).toBe(page);
    expect(addressFor(`${page}#results`, formValues(), 'ru')).toBe(
      `${page}#results`,
    );
  });

  it('drops a share link once the form is back on the defaults', () => {
    expect(addressFor(`${page}${DEFAULT_HASH}`, formValues(), 'ru')).toBe(page);
    expect(addressFor(`${page}#%%%%%`, formValues(), 'ru')).toBe(page);
  });

  it('carries a compared scenario even with the defaults', () => {
    const scenario = { name: 'A', values: formValues() };

    expect(addressFor(page, formValues(), 'ru', scenario)).toBe(
      `${page}${DEFAULT_HASH}&s=A&${DEFAULT_HASH.slice(1)
        .split('&')
        .slice(2)
        .map((param) => `s.${param}`)
        .join('&')}`,
    );
  });

  it('carries the form in the fragment otherwise', () => {
    const values = formValues({ marginPercent: '35' });

    expect(addressFor(page, values, 'ru')).toBe(
      page + DEFAULT_HASH.replace('&m=40&', '&m=35&'),
    );
    expect(addressFor(page, defaultFormValues('en'), 'en')).toBe(
      page + DEFAULT_HASH.replace('lang=ru', 'lang=en'),
    );
  });
});

describe('shareUrl', () => {
  it('always carries the form, the defaults included', () => {
    expect(shareUrl('https://cltv.example/#results', formValues(), 'ru')).toBe(
      `https://cltv.example/${DEFAULT_HASH}`,
    );
  });
});
