// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { enteredBeforeHydration } from './enteredBeforeHydration';

/** Some of the request form's fields, as the page prerenders them. */
function prerenderedForm(): HTMLFormElement {
  document.body.innerHTML = `
    <form>
      <input name="name" value="">
      <input name="phone" type="tel" value="">
      <textarea name="comment"></textarea>
      <select name="teamSize">
        <option value="" selected>—</option>
        <option value="from6To15">6–15</option>
        <option value="over1000">1000+</option>
      </select>
      <input type="radio" name="format" value="online">
      <input type="radio" name="format" value="notSure" checked>
      <input type="checkbox" name="attachCalculation" checked>
      <input type="checkbox" name="consent">
      <input name="website" value="">
      <input name="search" value="">
    </form>`;
  return document.querySelector('form')!;
}

/**
 * Enters values by field name as a visitor would: a text, the option or
 * radio to choose (by its value), a checkbox's state.
 */
function enter(form: HTMLFormElement, values: Record<string, unknown>) {
  for (const [name, value] of Object.entries(values)) {
    // A radio group comes as a list whose value picks the radio.
    const field = form.elements.namedItem(name) as
      HTMLInputElement | RadioNodeList;
    if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
    else field.value = String(value);
  }
}

describe('enteredBeforeHydration', () => {
  it('gives every field the visitor changed, as the form holds it', () => {
    const form = prerenderedForm();
    // Text as typed, spaces and all: the schema trims it on a send.
    const entered = {
      name: " Д'Артаньян ",
      phone: '8 999 123-45-67',
      comment: 'Строка\nещё',
      teamSize: 'from6To15',
      format: 'online',
      attachCalculation: false,
      consent: true,
    };
    enter(form, entered);

    expect(enteredBeforeHydration(form)).toEqual(entered);
  });

  it('keeps a filled honeypot, and leaves out fields not the form’s', () => {
    const form = prerenderedForm();
    enter(form, { website: 'spam', search: 'cltv' });

    expect(enteredBeforeHydration(form)).toEqual({ website: 'spam' });
  });

  it('leaves out a choice the form cannot hold, and keeps the rest', () => {
    const form = prerenderedForm();
    enter(form, { teamSize: 'over1000', name: 'Анна' });

    expect(enteredBeforeHydration(form)).toEqual({ name: 'Анна' });
  });

  it('is null when nothing of the form’s was changed', () => {
    const form = prerenderedForm();
    expect(enteredBeforeHydration(form)).toBeNull();

    enter(form, { search: 'cltv' });
    expect(enteredBeforeHydration(form)).toBeNull();
    expect(enteredBeforeHydration(null)).toBeNull();
  });
});
