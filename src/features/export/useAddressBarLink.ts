import { useEffect } from 'react';

import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import { addressFor, linkedScenario, type ComparedExport } from './shareLink';

/**
 * Keeps the address bar on the share link of the form, and of the compared
 * scenario, as they change.
 * replaceState, not pushState: typing must not fill the history, so Back
 * still leaves the page. Written once the frame that shows a change has
 * been painted: Chromium takes a few milliseconds for each replaceState,
 * which the keystroke need not wait for.
 */
export function useAddressBarLink(
  values: CalculatorFormValues,
  language: Language,
  compared?: ComparedExport | null,
): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => writeAddress(values, language, compared));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [values, language, compared]);
}

function writeAddress(
  values: CalculatorFormValues,
  language: Language,
  compared: ComparedExport | null | undefined,
) {
  const current = window.location.href;
  const next = addressFor(current, values, language, linkedScenario(compared));
  if (next !== current) {
    window.history.replaceState(window.history.state, '', next);
  }
}
