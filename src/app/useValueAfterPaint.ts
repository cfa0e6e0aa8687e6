import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as it was when the browser last got to paint: a new value is
 * handed on only after the frame that shows the rest of the change, and
 * then in a transition. A part of the page that is slow to draw (a chart)
 * follows this instead of `value`, so a keystroke's new figures appear
 * first and the slow part never holds them back. While values come faster
 * than frames (typing quickly), only the latest is drawn.
 *
 * React's useDeferredValue does not wait for the paint: its render may
 * start, and a chart's commit and effects run, before the frame.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A callback of requestAnimationFrame runs before the frame's paint;
    // a task it queues runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);

  return shown;
}
