// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { firstEntryAt, watchFirstEntries } from './firstEntry';

const OPENED_AT = 1_700_000_000_000;

/**
 * A page with two forms and a field outside both; each test uses form
 * ids of its own, since what was noted stays for the page's life.
 */
function page(ids: [string, string]) {
  document.body.innerHTML = `
    <form id="${ids[0]}"><input name="name"><button>Send</button></form>
    <form id="${ids[1]}"><textarea name="comment"></textarea></form>
    <input name="search">`;
  const field = (selector: string) =>
    document.querySelector<HTMLElement>(selector)!;
  return {
    name: field(`#${ids[0]} input`),
    send: field(`#${ids[0]} button`),
    comment: field(`#${ids[1]} textarea`),
    search: field('body > input'),
  };
}

/** An input event as typing fires it, without a focus before it. */
function type(field: HTMLElement) {
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

beforeAll(() => watchFirstEntries());
afterEach(() => vi.useRealTimers());

describe('firstEntryAt', () => {
  it('is null for a form nobody turned to', () => {
    const { search } = page(['a1', 'a2']);
    search.focus();
    type(search);

    expect(firstEntryAt('a1')).toBeNull();
    expect(firstEntryAt('a2')).toBeNull();
  });

  it('keeps the time of the first focus in the form, not a later one', () => {
    vi.useFakeTimers({ now: OPENED_AT });
    const { name, send } = page(['b1', 'b2']);

    vi.advanceTimersByTime(1_500);
    name.focus();
    vi.advanceTimersByTime(4_000);
    type(name);
    send.focus();

    expect(firstEntryAt('b1')).toBe(OPENED_AT + 1_500);
    expect(firstEntryAt('b2')).toBeNull();
  });

  it('takes an input with no focus before it as the start', () => {
    vi.useFakeTimers({ now: OPENED_AT });
    const { comment } = page(['c1', 'c2']);

    vi.advanceTimersByTime(700);
    type(comment);

    expect(firstEntryAt('c2')).toBe(OPENED_AT + 700);
  });

  it('sees a focus that a handler on the page stops', () => {
    vi.useFakeTimers({ now: OPENED_AT });
    const { name } = page(['d1', 'd2']);
    name
      .closest('form')!
      .addEventListener('focusin', (event) => event.stopPropagation());

    name.focus();

    expect(firstEntryAt('d1')).toBe(OPENED_AT);
  });
});
