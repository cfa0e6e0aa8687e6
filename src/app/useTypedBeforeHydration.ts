import { useEffect, useRef } from 'react';

/**
 * For a controlled text field in a lazily loaded section (lazySection):
 * the visitor may type into its prerendered HTML before the section's
 * code has arrived. Hydration keeps the typed text in the field while the
 * state still holds the prerendered one, so the field and what the
 * section works out from it would disagree until the next keystroke.
 *
 * Attach the returned ref to the field. Once mounted, a field whose text
 * differs from `shown` (the state it was rendered with) hands its text to
 * `take`, once; later renders are left alone.
 */
export function useTypedBeforeHydration(
  shown: string,
  take: (typed: string) => void,
) {
  const field = useRef<HTMLInputElement>(null);
  const firstRender = useRef({ shown, take });

  useEffect(() => {
    const typed = field.current?.value;
    const { shown, take } = firstRender.current;
    if (typed !== undefined && typed !== shown) take(typed);
  }, []);
  return field;
}
