/*
 * When the visitor first turned to each form of the page: the first focus
 * or input inside it. It is noted from the page's entry on (src/boot.ts),
 * so that a form whose code arrives later, in a lazily loaded section,
 * still learns when the visitor began on its prerendered markup. A focus
 * before the entry has run, as the page is still being parsed, is not
 * seen; the first input after it is.
 */

/** By the form's id, in ms since the epoch (Date.now()). */
const firstEntries = new Map<string, number>();

/** Starts noting; call once, before the page's code runs. */
export function watchFirstEntries(): void {
  const note = ({ target }: Event) => {
    const id = target instanceof Element ? target.closest('form')?.id : '';
    if (id && !firstEntries.has(id)) firstEntries.set(id, Date.now());
  };
  // Seen on their way down, before anything can stop them: React stops
  // those it holds back for markup it has not hydrated yet.
  window.addEventListener('focusin', note, { capture: true });
  window.addEventListener('input', note, { capture: true });
}

/**
 * When the visitor first focused something in the form with this id, or
 * entered something in it, whichever came first; null when neither has
 * happened since the page was opened.
 */
export function firstEntryAt(formId: string): number | null {
  return firstEntries.get(formId) ?? null;
}
