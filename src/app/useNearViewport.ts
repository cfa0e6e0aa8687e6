import { useEffect, useState, type RefObject } from 'react';

/** How far outside the visible area counts as near: one screen each way. */
const NEAR_MARGIN = '100% 0px';

/**
 * Whether the element has come within about a screen of the visible part
 * of the page. False while prerendering and hydrating, so the markup
 * matches; it turns true once and stays true. On a wide screen the results
 * sit beside the form and are near at once; on a phone they are several
 * screens down, so their heavy parts wait until the visitor scrolls there.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [isNear, setIsNear] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (isNear || !element) return;

    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, isNear]);

  return isNear;
}
