import type { Language } from '../../i18n/languages';
import { computeCltv, MAX_HORIZON_YEARS } from '../../model/cltv';
import { readCltvInput } from '../calculator/formSchema';
import type { CalculatorFormValues } from '../calculator/formValues';
import type { Calculation } from '../calculator/useCalculator';
import type { CheckContext } from './checks';

/**
 * The payback year the visitor would see on choosing the longest horizon:
 * the form already holds rates for every year up to it. Undefined when
 * those figures do not read (a year beyond the horizon left empty).
 */
export function paybackAtLongestHorizon(
  values: CalculatorFormValues,
  language: Language,
): number | null | undefined {
  const longest = { ...values, horizonYears: String(MAX_HORIZON_YEARS) };
  const { input } = readCltvInput(longest, language);
  return input ? computeCltv(input).paybackYear : undefined;
}

/** What the checks read: the calculation and the form's current answers. */
export function checkContext(
  { input, result }: Calculation,
  values: CalculatorFormValues,
  language: Language,
): CheckContext {
  return {
    input,
    result,
    marginMakeup: values.marginIncludesCosts,
    paybackYearAtLongestHorizon:
      result.paybackYear ?? paybackAtLongestHorizon(values, language),
  };
}
