// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { enteredBeforeHydration } from './typedBeforeHydration';

/** A few fields of the prerendered request form, as the page renders them. */
function prerenderedForm(): HTMLFormElement {
  document.body.innerHTML = `
    <form class="lead__form">
      <input name="name" value="">
      <textarea name="comment"></textarea>
      <select name="teamSize">
        <option value="" selected>—</option><option value="from6To15">6–15</option>
      </select>
      <input type="radio" name="format" value="online">
      <input type="radio" name="format" value="notSure" checked>
      <input type="checkbox" name="attachCalculation" checked>
      <input type="checkbox" name="consent">
      <input name="unrelated" value="">
    </form>`;
  return document.querySelector('form')!;
}

function field<T extends Element>(form: HTMLFormElement, selector: string) {
  return form.querySelector<T>(selector)!;
}

describe('enteredBeforeHydration', () => {
  it('is null for an untouched form and for no form', () => {
    expect(enteredBeforeHydration(prerenderedForm())).toBeNull();
    expect(enteredBeforeHydration(null)).toBeNull();
  });

  it('gives every field the visitor changed, as entered', () => {
    const form = prerenderedForm();
    field<HTMLInputElement>(form, '[name="name"]').value = 'Анна';
    field<HTMLTextAreaElement>(form, 'textarea').value = 'Привет';
    field<HTMLSelectElement>(form, 'select').value = 'from6To15';
    field<HTMLInputElement>(form, '[value="online"]').checked = true;
    field<HTMLInputElement>(form, '[name="attachCalculation"]').checked = false;
    field<HTMLInputElement>(form, '[name="consent"]').checked = true;
    field<HTMLInputElement>(form, '[name="unrelated"]').value = 'x';

    expect(enteredBeforeHydration(form)).toEqual({
      name: 'Анна',
      comment: 'Привет',
      teamSize: 'from6To15',
      format: 'online',
      attachCalculation: false,
      consent: true,
    });
  });
});
