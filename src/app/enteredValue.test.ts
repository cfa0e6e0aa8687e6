// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { enteredFields } from './enteredValue';

/** Prerendered markup with one field of each kind, as rendered. */
function prerenderedForm(): HTMLFormElement {
  document.body.innerHTML = `
    <form>
      <input name="name" value="">
      <input type="email" name="email" value="a@b.example">
      <textarea name="comment"></textarea>
      <select name="size">
        <option value="" selected>—</option><option value="big">Big</option>
      </select>
      <input type="radio" name="format" value="online">
      <input type="radio" name="format" value="notSure" checked>
      <input type="checkbox" name="attach" checked>
      <input type="checkbox" name="consent">
      <input value="no name">
      <button name="send">Send</button>
    </form>`;
  return document.querySelector('form')!;
}

function field<T extends Element>(form: HTMLFormElement, selector: string) {
  return form.querySelector<T>(selector)!;
}

describe('enteredFields', () => {
  it('is empty for a form left as rendered, and without a form', () => {
    expect(enteredFields(prerenderedForm())).toEqual([]);
    expect(enteredFields(null)).toEqual([]);
  });

  it('gives each changed field by name, in the order of the form', () => {
    const form = prerenderedForm();
    field<HTMLInputElement>(form, '[name="name"]').value = 'Анна';
    field<HTMLTextAreaElement>(form, 'textarea').value = 'Две\nстроки';
    field<HTMLSelectElement>(form, 'select').value = 'big';
    field<HTMLInputElement>(form, '[value="online"]').checked = true;
    field<HTMLInputElement>(form, '[name="attach"]').checked = false;
    field<HTMLInputElement>(form, '[name="consent"]').checked = true;
    field<HTMLInputElement>(form, ':not([name])').value = 'x';

    expect(enteredFields(form)).toEqual([
      { name: 'name', value: 'Анна' },
      { name: 'comment', value: 'Две\nстроки' },
      { name: 'size', value: 'big' },
      { name: 'format', value: 'online' },
      { name: 'attach', value: false },
      { name: 'consent', value: true },
    ]);
  });

  it('gives an emptied text as an empty string', () => {
    const form = prerenderedForm();
    field<HTMLInputElement>(form, '[name="email"]').value = '';

    expect(enteredFields(form)).toEqual([{ name: 'email', value: '' }]);
  });

  it('leaves out a choice changed and changed back', () => {
    const form = prerenderedForm();
    field<HTMLInputElement>(form, '[value="online"]').checked = true;
    field<HTMLInputElement>(form, '[value="notSure"]').checked = true;
    field<HTMLInputElement>(form, '[name="consent"]').checked = true;
    field<HTMLInputElement>(form, '[name="consent"]').checked = false;

    expect(enteredFields(form)).toEqual([]);
  });
});
