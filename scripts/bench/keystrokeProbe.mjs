// Functions that Playwright runs inside the page (it sends their source, so
// they may use nothing from outside themselves).

/*
 * Runs in the page. Keydown (capture, before React sees it) marks the start
 * with the event's own timestamp, so time spent queued counts too. Every
 * change below #results asks for the next frame; a task posted from a
 * requestAnimationFrame callback runs once that frame's style, layout and
 * paint are done, which is when the frame's time is taken. The task is
 * posted with the scheduler's highest priority: the page's own tasks queued
 * for after the paint (the chart's render, the address bar) would otherwise
 * run first and be counted. The first such frame shows the new figures; the
 * last one, everything (the chart follows the figures a render behind).
 */
export function installProbe() {
  const probe = { start: 0, firstPaintedAt: 0, paintedAt: 0, changes: 0 };
  const markPainted = () => {
    probe.paintedAt = performance.now();
    probe.firstPaintedAt ||= probe.paintedAt;
  };
  const afterPaint = () =>
    window.scheduler.postTask(markPainted, { priority: 'user-blocking' });

  document.addEventListener(
    'keydown',
    (event) => {
      probe.start = event.timeStamp;
      probe.firstPaintedAt = 0;
      probe.paintedAt = 0;
      probe.changes = 0;
    },
    { capture: true },
  );
  new MutationObserver(() => {
    probe.changes += 1;
    requestAnimationFrame(afterPaint);
  }).observe(document.getElementById('results'), {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  window.__keystrokeProbe = probe;
}

/*
 * Runs in the page after a key press: waits until three frames have gone
 * by without a change (so a second render of the chart is not missed), then
 * gives the times to the paints after the first and after the last change.
 */
export function settledLatency() {
  const probe = window.__keystrokeProbe;
  return new Promise((resolve, reject) => {
    let quietFrames = 0;
    let changes = probe.changes;
    const check = () => {
      quietFrames = probe.changes === changes ? quietFrames + 1 : 0;
      changes = probe.changes;
      if (quietFrames < 3) return requestAnimationFrame(check);
      if (changes === 0) return reject(new Error('the results did not move'));
      resolve({
        figures: probe.firstPaintedAt - probe.start,
        settled: probe.paintedAt - probe.start,
      });
    };
    requestAnimationFrame(check);
  });
}
