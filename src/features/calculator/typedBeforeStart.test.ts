// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { defaultFormValues } from './formValues';
import { typedBeforeStart, withTypedChanges } from './typedBeforeStart';

const defaults = defaultFormValues('ru');

/** A form like the prerendered one: a few of its fields, named as register names them. */
function prerenderedForm(): HTMLFormElement {
  document.body.innerHTML = `
    <form>
      <input name="marginPercent" value="${defaults.marginPercent}">
      <input name="retentionNewByAge.2" value="${defaults.retentionNewByAge[2]}">
      <input type="radio" name="marginIncludesCosts" value="yes" checked>
      <input type="radio" name="marginIncludesCosts" value="no">
      <select name="currency">
        <option value="RUB" selected>RUB</option><option value="USD">USD</option>
      </select>
      <input name="website" value="">
    </form>`;
  return document.querySelector('form')!;
}

function field(form: HTMLFormElement, selector: string) {
  return form.querySelector<HTMLInputElement>(selector)!;
}

describe('typedBeforeStart', () => {
  it('is null when nothing was changed', () => {
    expect(
      typedBeforeStart(prerenderedForm(), () => defaults, 'ru'),
    ).toBeNull();
  });

  it('builds the prerendered values only when something was changed', () => {
    let built = 0;
    const build = () => {
      built += 1;
      return defaults;
    };
    const form = prerenderedForm();
    typedBeforeStart(form, build, 'ru');
    expect(built).toBe(0);
    field(form, '[name="marginPercent"]').value = '41';
    typedBeforeStart(form, build, 'ru');
    expect(built).toBe(1);
  });

  it('is null without a form', () => {
    expect(typedBeforeStart(null, () => defaults, 'ru')).toBeNull();
  });

  it('puts typed text and changed choices into the prerendered values', () => {
    const form = prerenderedForm();
    field(form, '[name="marginPercent"]').value = '55,5';
    field(form, '[name="retentionNewByAge.2"]').value = '7';
    field(form, '[value="no"]').checked = true;
    form.querySelector('select')!.value = 'USD';

    expect(typedBeforeStart(form, () => defaults, 'ru')).toEqual({
      ...defaults,
      marginPercent: '55,5',
      retentionNewByAge: defaults.retentionNewByAge.map((text, i) =>
        i === 2 ? '7' : text,
      ),
      marginIncludesCosts: 'no',
      currency: 'USD',
    });
  });

  it('keeps text the form would refuse, as typed, for its message', () => {
    const form = prerenderedForm();
    field(form, '[name="marginPercent"]').value = 'abc';
    expect(typedBeforeStart(form, () => defaults, 'ru')?.marginPercent).toBe(
      'abc',
    );
  });

  it('ignores fields that are not the calculator’s', () => {
    const form = prerenderedForm();
    field(form, '[name="website"]').value = 'spam';
    expect(typedBeforeStart(form, () => defaults, 'ru')).toBeNull();
  });

  it('is null for a choice the form cannot hold', () => {
    const form = prerenderedForm();
    const select = form.querySelector('select')!;
    select.add(new Option('XXX', 'XXX'));
    select.value = 'XXX';
    expect(typedBeforeStart(form, () => defaults, 'ru')).toBeNull();
  });

  it('does not change the values it was given', () => {
    const form = prerenderedForm();
    field(form, '[name="retentionNewByAge.2"]').value = '7';
    typedBeforeStart(form, () => defaults, 'ru');
    expect(defaults.retentionNewByAge[2]).not.toBe('7');
  });
});

describe('withTypedChanges', () => {
  // A returning visitor's figures, which the page opens on.
  const stored = {
    ...defaults,
    existingCustomers: '5 000',
    marginPercent: '30',
  };
  const english = defaultFormValues('en');

  it('puts the typed change on top of the figures the page opens on', () => {
    const changes = [{ name: 'marginPercent', value: '55,5' }];
    expect(withTypedChanges(stored, changes, 'ru')).toEqual({
      ...stored,
      marginPercent: '55,5',
    });
  });

  it('keeps Russian text exactly as typed on a Russian page', () => {
    const changes = [{ name: 'revenuePerCustomer', value: '0150000,50' }];
    expect(withTypedChanges(stored, changes, 'ru')?.revenuePerCustomer).toBe(
      '0150000,50',
    );
  });

  it('rewrites typed Russian figures for an English page', () => {
    const changes = [
      { name: 'revenuePerCustomer', value: '150 000' },
      { name: 'retentionNewByAge.2', value: '82,5' },
    ];
    const values = withTypedChanges(english, changes, 'en');
    // «150 000» is 150000, written 150,000 in English; «82,5» is 82.5.
    expect(values?.revenuePerCustomer).toBe('150,000');
    expect(values?.retentionNewByAge[2]).toBe('82.5');
    expect(values?.marginPercent).toBe(english.marginPercent);
  });

  it('keeps text that is not a number, and choices, as typed', () => {
    const changes = [
      { name: 'marginPercent', value: 'abc' },
      { name: 'currency', value: 'USD' },
    ];
    const values = withTypedChanges(english, changes, 'en');
    expect(values?.marginPercent).toBe('abc');
    expect(values?.currency).toBe('USD');
  });

  it('is null when no change names a calculator field', () => {
    const changes = [{ name: 'website', value: 'spam' }];
    expect(withTypedChanges(stored, changes, 'ru')).toBeNull();
  });

  it('does not change the values it was given', () => {
    withTypedChanges(stored, [{ name: 'marginPercent', value: '1' }], 'ru');
    expect(stored.marginPercent).toBe('30');
  });
});
