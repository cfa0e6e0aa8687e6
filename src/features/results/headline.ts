import type { CltvResult } from '../../model/cltv';

/** The horizons every report names, in years. */
export const REPORTED_HORIZONS = [3, 5] as const;

/** A cumulative figure through year T, or null when T is past the horizon. */
export function throughYear(
  values: readonly number[],
  years: number,
): number | null {
  return values[years - 1] ?? null;
}

export interface HeadlineFigures {
  years: number;
  baseValue: number | null;
  portfolioValue: number | null;
  cltvExisting: number | null;
  cltvNew: number | null;
}

/** The card figures for each reported horizon. */
export function headlineFigures(result: CltvResult): HeadlineFigures[] {
  return REPORTED_HORIZONS.map((years) => ({
    years,
    baseValue: throughYear(result.existingBaseValue, years),
    portfolioValue: throughYear(result.portfolioValue, years),
    cltvExisting: throughYear(result.cltvExisting, years),
    cltvNew: throughYear(result.cltvNew, years),
  }));
}
