import { useEffect } from 'react';

import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import { addressFor } from './shareLink';

/**
 * Keeps the address bar on the share link of the form as it changes.
 * replaceState, not pushState: typing must not fill the history, so Back
 * still leaves the page.
 */
export function useAddressBarLink(
  values: CalculatorFormValues,
  language: Language,
): void {
  useEffect(() => {
    const current = window.location.href;
    const next = addressFor(current, values, language);
    if (next !== current) {
      window.history.replaceState(window.history.state, '', next);
    }
  }, [values, language]);
}
