// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { defaultFormValues } from './formValues';
import { typedBeforeStart } from './typedBeforeStart';

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
    expect(typedBeforeStart(prerenderedForm(), () => defaults)).toBeNull();
  });

  it('builds the prerendered values only when something was changed', () => {
    let built = 0;
    const build = () => {
      built += 1;
      return defaults;
    };
    const form = prerenderedForm();
    typedBeforeStart(form, build);
    expect(built).toBe(0);
    field(form, '[name="marginPercent"]').value = '41';
    typedBeforeStart(form, build);
    expect(built).toBe(1);
  });

  it('is null without a form', () => {
    expect(typedBeforeStart(null, () => defaults)).toBeNull();
  });

  it('puts typed text and changed choices into the prerendered values', () => {
    const form = prerenderedForm();
    field(form, '[name="marginPercent"]').value = '55,5';
    field(form, '[name="retentionNewByAge.2"]').value = '7';
    field(form, '[value="no"]').checked = true;
    form.querySelector('select')!.value = 'USD';

    expect(typedBeforeStart(form, () => defaults)).toEqual({
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
    expect(typedBeforeStart(form, () => defaults)?.marginPercent).toBe('abc');
  });

  it('ignores fields that are not the calculator’s', () => {
    const form = prerenderedForm();
    field(form, '[name="website"]').value = 'spam';
    expect(typedBeforeStart(form, () => defaults)).toBeNull();
  });

  it('is null for a choice the form cannot hold', () => {
    const form = prerenderedForm();
    const select = form.querySelector('select')!;
    select.add(new Option('XXX', 'XXX'));
    select.value = 'XXX';
    expect(typedBeforeStart(form, () => defaults)).toBeNull();
  });

  it('does not change the values it was given', () => {
    const form = prerenderedForm();
    field(form, '[name="retentionNewByAge.2"]').value = '7';
    typedBeforeStart(form, () => defaults);
    expect(defaults.retentionNewByAge[2]).not.toBe('7');
  });
});
