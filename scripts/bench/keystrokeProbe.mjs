// Functions that Playwright runs inside the page (it sends their source, so
// they may use nothing from outside themselves).

/*
 * Runs in the page. Keydown (capture, before React sees it) marks the start
 * with the event's own timestamp, so time spent queued counts too. Every
 * change below #results asks for the next frame; a message posted from a
 * requestAnimationFrame callback runs once that frame's style, layout and
 * paint are done, which is when the frame's time is taken.
 */
export function installProbe() {
  const probe = { start: 0, paintedAt: 0, changes: 0 };
  const markPainted = new MessageChannel();
  markPainted.port1.onmessage = () => {
    probe.paintedAt = performance.now();
  };

  document.addEventListener(
    'keydown',
    (event) => {
      probe.start = event.timeStamp;
      probe.paintedAt = 0;
      probe.changes = 0;
    },
    { capture: true },
  );
  new MutationObserver(() => {
    probe.changes += 1;
    requestAnimationFrame(() => markPainted.port2.postMessage(null));
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
 * gives the time to the paint after the last change.
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
      resolve(probe.paintedAt - probe.start);
    };
    requestAnimationFrame(check);
  });
}
