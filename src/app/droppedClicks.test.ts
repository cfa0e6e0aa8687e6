// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  markAppStarted,
  markSectionArrived,
  replayDroppedClick,
  watchDroppedClicks,
  watchSection,
} from './droppedClicks';

/**
 * A page whose root drops clicks while `isHydrated` is false, the way
 * React stops a click on markup it has not hydrated; `clicks` counts the
 * clicks the button's own handler got.
 */
function page() {
  document.body.innerHTML = '<div id="root"><button>Save</button></div>';
  const root = document.getElementById('root')!;
  const button = root.querySelector('button')!;
  const state = { isHydrated: false, clicks: 0 };
  root.addEventListener(
    'click',
    (event) => {
      if (!state.isHydrated) event.stopPropagation();
    },
    { capture: true },
  );
  button.addEventListener('click', () => {
    if (state.isHydrated) state.clicks += 1;
  });
  return { button, state };
}

beforeAll(() => watchDroppedClicks());
beforeEach(() => {
  vi.useFakeTimers();
  replayDroppedClick(); // forgets a click left by an earlier test
});

// Runs first: the app has not started, nothing handles the page's clicks.
describe('replayDroppedClick before the app has started', () => {
  it('clicks again a button clicked before', () => {
    const { button, state } = page();
    state.isHydrated = true; // the click got through: no code handled it
    button.click();
    expect(state.clicks).toBe(1);

    replayDroppedClick();
    expect(state.clicks).toBe(2);
  });

  it('leaves out a click the visitor typed after', () => {
    const { button, state } = page();
    button.click();
    window.dispatchEvent(new Event('input'));
    state.isHydrated = true;
    replayDroppedClick();
    expect(state.clicks).toBe(0);
  });
});

describe('replayDroppedClick once the app has started', () => {
  beforeAll(() => markAppStarted());

  it('does not click a label again: its checkbox flipped by itself', () => {
    document.body.innerHTML = `<div id="root">
      <label><input type="checkbox"> Attach</label></div>`;
    const root = document.getElementById('root')!;
    root.addEventListener('click', (event) => event.stopPropagation(), {
      capture: true,
    });
    const label = root.querySelector('label')!;
    const box = root.querySelector('input')!;
    label.click();
    vi.runAllTimers();
    expect(box.checked).toBe(true);

    replayDroppedClick();
    expect(box.checked).toBe(true);
  });

  it('clicks again the element of a dropped click once hydrated', () => {
    const { button, state } = page();
    button.click();
    vi.runAllTimers();
    expect(state.clicks).toBe(0);

    state.isHydrated = true;
    replayDroppedClick();
    expect(state.clicks).toBe(1);
    // Once only.
    replayDroppedClick();
    expect(state.clicks).toBe(1);
  });

  it('does not repeat a click that got through', () => {
    const { button, state } = page();
    state.isHydrated = true;
    button.click();
    vi.runAllTimers();
    replayDroppedClick();
    expect(state.clicks).toBe(1);
  });

  it('forgets a dropped click after ten seconds', () => {
    const { button, state } = page();
    button.click();
    vi.runAllTimers();
    state.isHydrated = true;
    replayDroppedClick(Date.now() + 10_001);
    expect(state.clicks).toBe(0);
  });

  it('drops it again when its part is still not hydrated, then makes it', () => {
    const { button, state } = page();
    button.click();
    vi.runAllTimers();
    // Another section was hydrated first: the click is dropped once more.
    replayDroppedClick();
    vi.runAllTimers();
    state.isHydrated = true;
    replayDroppedClick();
    expect(state.clicks).toBe(1);
  });

  it('keeps a click that came back up unhandled from a waiting section', () => {
    // React, busy rendering, lets such a click through without a handler.
    document.body.innerHTML = `<div id="root"><section class="export">
      <button>CSV</button></section></div>`;
    const csv = document.querySelector('button')!;
    let csvClicks = 0;
    let hasArrived = false;
    csv.addEventListener('click', () => {
      if (hasArrived) csvClicks += 1;
    });
    watchSection('.export');

    csv.click();
    vi.runAllTimers();
    expect(csvClicks).toBe(0);

    markSectionArrived('.export');
    hasArrived = true;
    replayDroppedClick();
    expect(csvClicks).toBe(1);
    // Arrived, a click that comes back up got through: not made again.
    csv.click();
    replayDroppedClick();
    expect(csvClicks).toBe(2);
  });
});
