import { watchDroppedClicks } from './app/droppedClicks';
import { watchFirstEntries } from './app/firstEntry';

/*
 * The page's entry. index.html already holds the whole page, prerendered,
 * so the browser can paint it from the HTML and the style sheet alone; the
 * app's code (./main) is requested once that first frame is painted, and
 * the visitor sees the page before any script has run, on any network.
 * A hidden tab paints no frames, so there it is requested at once.
 *
 * The cost: the app's code starts downloading a frame later than it could.
 * Whatever the visitor types in the meantime is kept (see main.tsx), and
 * a button clicked is clicked again once the page works (droppedClicks.ts).
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') return run();
  // A requestAnimationFrame callback runs just before a frame is painted,
  // and the task it queues after it. The first frame may still be on its
  // way to the screen then (that is when a paint counts as shown), so
  // this waits for the second.
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(run)));
}

/*
 * The first Intl.NumberFormat a page creates loads the browser's locale
 * data, some 15–20 ms at full speed; every later one takes microseconds.
 * Done in a task of its own while the app's code downloads, it stays out
 * of the long task that renders the page.
 */
function loadNumberFormats(): void {
  new Intl.NumberFormat(document.documentElement.lang || 'ru').format(0);
}

// A click on a button before the app runs is made again once it does.
watchDroppedClicks();
// When the visitor began on a form: the request form's bot guard counts
// its fill time from there, though its code may arrive well after.
watchFirstEntries();

// Every form of the page is handled by its code. A send pressed before
// that code is there (the app's, or a section's still on its way) would
// otherwise submit the form natively: the page reloaded with what was
// typed in its address. The click is made again once the code is there.
window.addEventListener('submit', (event) => event.preventDefault(), {
  capture: true,
});

afterFirstPaint(() => {
  void import('./main');
  setTimeout(loadNumberFormats);
});
