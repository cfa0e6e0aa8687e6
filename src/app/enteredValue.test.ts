// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import {
  enteredFields,
  findPrerenderedForm,
  keepReplacedForms,
} from './enteredValue';

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

describe('findPrerenderedForm', () => {
  /** A page root holding a form with this id, as prerendered. */
  function prerenderedRoot(id: string): HTMLElement {
    document.body.innerHTML = `
      <div id="root">
        <form id="${id}">
          <input name="name" value="">
          <input type="radio" name="format" value="online">
          <input type="radio" name="format" value="notSure" checked>
          <input type="checkbox" name="consent">
        </form>
      </div>`;
    return document.getElementById('root')!;
  }

  it('is the form on the page while it is there', () => {
    const root = prerenderedRoot('on-page');

    expect(findPrerenderedForm('on-page')).toBe(root.querySelector('form'));
    expect(findPrerenderedForm('elsewhere')).toBeNull();
  });

  it('keeps what was entered in a form that a fresh render replaced', () => {
    const root = prerenderedRoot('replaced');
    const form = root.querySelector('form')!;
    field<HTMLInputElement>(form, '[name="name"]').value = 'Анна';
    field<HTMLInputElement>(form, '[value="online"]').checked = true;
    field<HTMLInputElement>(form, '[name="consent"]').checked = true;

    keepReplacedForms(root);
    // As createRoot does on its first commit: the markup is cleared and
    // the placeholder put in the form's place.
    root.innerHTML = '<div class="lead--loading"></div>';

    expect(enteredFields(findPrerenderedForm('replaced'))).toEqual([
      { name: 'name', value: 'Анна' },
      { name: 'format', value: 'online' },
      { name: 'consent', value: true },
    ]);
  });

  it('is null for a form that was neither on the page nor kept', () => {
    const root = prerenderedRoot('never-kept');
    root.innerHTML = '';

    expect(findPrerenderedForm('never-kept')).toBeNull();
  });
});
