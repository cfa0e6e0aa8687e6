/*
 * The page's entry. index.html already holds the whole page, prerendered,
 * so the browser can paint it from the HTML and the style sheet alone; the
 * app's code (./main) is requested once that first frame is painted, and
 * the visitor sees the page before any script has run, on any network.
 * A hidden tab paints no frames, so there it is requested at once.
 *
 * The cost: the app's code starts downloading a frame later than it could.
 * Whatever the visitor types in the meantime is kept (see main.tsx).
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') return run();
  // A requestAnimationFrame callback runs just before a frame is painted;
  // the task it queues runs after.
  requestAnimationFrame(() => setTimeout(run));
}

afterFirstPaint(() => void import('./main'));
