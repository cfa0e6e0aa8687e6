import { useEffect } from 'react';

import type { Language } from '../../i18n/languages';
import type { CalculatorFormValues } from '../calculator/formValues';
import { addressFor, linkedScenario, type ComparedExport } from './shareLink';

/**
 * Keeps the address bar on the share link of the form, and of the compared
 * scenario, as they change.
 * replaceState, not pushState: typing must not fill the history, so Back
 * still leaves the page.
 */
export function useAddressBarLink(
  values: CalculatorFormValues,
  language: Language,
  compared?: ComparedExport | null,
): void {
  useEffect(() => {
    const current = window.location.href;
    const scenario = linkedScenario(compared);
    const next = addressFor(current, values, language, scenario);
    if (next !== current) {
      window.history.replaceState(window.history.state, '', next);
    }
  }, [values, language, compared]);
}
