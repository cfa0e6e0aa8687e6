import { useEffect } from 'react';

import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import { addressFor } from './shareLink';

/**
 * Keeps the address bar on the share link of the form as it changes.
 * replaceState, not pushState: typing must not fill the history, so Back
 * still leaves the page. Written once the frame that shows a change has
 * been painted: Chromium takes a few milliseconds for each replaceState,
 * which the keystroke need not wait for.
 */
export function useAddressBarLink(
  values: CalculatorFormValues,
  language: Language,
): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => writeAddress(values, language));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [values, language]);
}

function writeAddress(values: CalculatorFormValues, language: Language) {
  const current = window.location.href;
  const next = addressFor(current, values, language);
  if (next !== current) {
    window.history.replaceState(window.history.state, '', next);
  }
}
