import type { TFunction } from 'i18next';

import type { PaybackOutcome } from '../../model/payback';

/** When the payback year comes, or that it does not within the horizon. */
export function paybackYearText(
  outcome: Exclude<PaybackOutcome, { kind: 'nothingToPayBack' }>,
  horizonYears: number,
  t: TFunction,
): string {
  return outcome.kind === 'paysBack'
    ? t('results.paybackYear', { year: outcome.year })
    : t('results.paybackNever', {
        years: t('results.years', { count: horizonYears }),
      });
}

/**
 * The payback card's value, shared by the card, its working and the
 * lead's message so that all read the same. With no new customers planned
 * it says so; {@link paybackNote} then gives the would-be year.
 */
export function paybackText(
  outcome: PaybackOutcome,
  horizonYears: number,
  t: TFunction,
): string {
  if (outcome.kind === 'nothingToPayBack') return t('results.paybackNothing');
  if (!outcome.planned) return t('results.paybackNotPlanned');
  return paybackYearText(outcome, horizonYears, t);
}

/** The year a new customer would pay back in, when none is planned. */
export function paybackNote(
  outcome: PaybackOutcome,
  horizonYears: number,
  t: TFunction,
): string | null {
  if (outcome.kind === 'nothingToPayBack' || outcome.planned) return null;
  return outcome.kind === 'paysBack'
    ? t('results.paybackWouldYear', { year: outcome.year })
    : t('results.paybackWouldNever', {
        years: t('results.years', { count: horizonYears }),
      });
}
