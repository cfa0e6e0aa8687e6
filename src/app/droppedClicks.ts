/*
 * React drops a click on a part of the prerendered page it has not yet
 * hydrated: a section whose code is still on its way (see lazySection).
 * It stops the click at the page's root, so the button does nothing, and
 * on a slow network a visitor's first click may well land there. This
 * keeps the last click React dropped and clicks the same element again
 * once a section has been hydrated.
 *
 * A click counts as dropped when it was seen on its way down (capture on
 * window) but never came back up to window: React stops the propagation
 * of the clicks it drops, and nothing else on this page stops any.
 */

/** A dropped click older than this is not made again: the visitor moved on. */
const REPLAY_WITHIN_MS = 5000;

let dropped: { target: HTMLElement; at: number } | null = null;

/** Starts watching; call once, before the page is hydrated. */
export function watchDroppedClicks(): void {
  let seen: HTMLElement | null = null;
  window.addEventListener(
    'click',
    (event) => {
      const target = clickTarget(event.target);
      seen = target;
      if (!target) return;
      // A task runs after the whole dispatch; a microtask would run before
      // React's own listener.
      setTimeout(() => {
        if (seen === target) dropped = { target, at: Date.now() };
      });
    },
    { capture: true },
  );
  window.addEventListener('click', () => (seen = null));
}

/** Clicks again the element of the last dropped click, if it is recent. */
export function replayDroppedClick(now = Date.now()): void {
  const click = dropped;
  dropped = null;
  if (!click || now - click.at > REPLAY_WITHIN_MS) return;
  if (click.target.isConnected) click.target.click();
}

function clickTarget(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>('button, a[href], summary, label');
}
