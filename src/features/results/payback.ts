import type { useTranslation } from 'react-i18next';

import type { CltvResult } from '../../model/cltv';

type Translate = ReturnType<typeof useTranslation>['t'];

/** The payback card's own words, shared so that both read the same. */
export function paybackText(result: CltvResult, t: Translate): string {
  const horizon = result.years.length;
  return result.paybackYear === null
    ? t('results.paybackNever', {
        years: t('results.years', { count: horizon }),
      })
    : t('results.paybackYear', { year: result.paybackYear });
}
