/*
 * A button of the prerendered page can be clicked before anything handles
 * it: before the app's code has run at all (on a slow network that takes
 * seconds), and after, on a section whose code is still on its way (see
 * lazySection), where React drops the click. Either way the button does
 * nothing. This keeps the last such click and clicks the same element
 * again once the page, or a section, has been hydrated.
 *
 * Before the app has started, every click on a button counts. After, a
 * click on a button counts when it was seen on its way down (capture on
 * window) and either never came back up to window or came back on a
 * section whose code had not arrived. React stops the propagation of most
 * clicks it drops, and nothing else on this page stops any; but a click
 * on a waiting section while React is busy rendering around it comes back
 * up unhandled, so the sections still waiting are known by name
 * (watchSection, markSectionArrived).
 *
 * A click the visitor typed after is not made again: they have seen it
 * do nothing and gone on, and making it then could undo what they typed.
 */

/** A dropped click older than this is not made again: the visitor moved on. */
const REPLAY_WITHIN_MS = 10_000;

let dropped: { target: HTMLElement; at: number } | null = null;
let hasAppStarted = false;
/** Selectors of the prerendered sections whose code has not arrived. */
const waitingSections = new Set<string>();

/** Starts watching; call once, before the app's code runs. */
export function watchDroppedClicks(): void {
  // Noted on the way down, forgotten on the way back up: a click that
  // got through. What is left once the dispatch is over was dropped, and
  // is known at once, so a click made again that is dropped once more
  // (its section still waiting) is noted again before anything else runs.
  window.addEventListener(
    'click',
    (event) => {
      const target = clickTarget(event.target);
      if (target) dropped = { target, at: Date.now() };
    },
    { capture: true },
  );
  window.addEventListener('click', (event) => {
    // Before the app has started nothing handles a click, up or down.
    const target = clickTarget(event.target);
    if (hasAppStarted && dropped?.target === target && !isWaiting(target)) {
      dropped = null;
    }
  });
  window.addEventListener('input', () => (dropped = null), { capture: true });
}

/** From now on the page handles clicks: only those React drops count. */
export function markAppStarted(): void {
  hasAppStarted = true;
}

/**
 * The section whose outermost element `selector` matches is in the page's
 * HTML and waits for its code: nothing handles a click on it yet.
 */
export function watchSection(selector: string): void {
  waitingSections.add(selector);
}

/** The section's code has arrived and React has hydrated it. */
export function markSectionArrived(selector: string): void {
  waitingSections.delete(selector);
}

function isWaiting(target: HTMLElement): boolean {
  for (const selector of waitingSections) {
    if (target.closest(selector)) return true;
  }
  return false;
}

/** Clicks again the element of the last dropped click, if it is recent. */
export function replayDroppedClick(now = Date.now()): void {
  const click = dropped;
  dropped = null;
  if (!click || now - click.at > REPLAY_WITHIN_MS) return;
  if (click.target.isConnected) click.target.click();
}

/**
 * Only buttons: they do nothing without code. A label, a link or a
 * checkbox does its part natively even when React drops the click, and a
 * second click would undo it.
 */
function clickTarget(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest('button');
}
