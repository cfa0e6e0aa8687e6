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

/**
 * The horizons the cards show: 3 and 5 years, and the chosen horizon too
 * when it is neither, so that 1, 4 or 10 years have their figure on a
 * card and not only in the table.
 *
 * @example cardHorizons(10) // [3, 5, 10]
 */
export function cardHorizons(horizonYears: number): number[] {
  const horizons = new Set<number>([...REPORTED_HORIZONS, horizonYears]);
  return [...horizons].sort((a, b) => a - b);
}

/** The card figures at each horizon, 3 and 5 years unless told others. */
export function headlineFigures(
  result: CltvResult,
  horizons: readonly number[] = REPORTED_HORIZONS,
): HeadlineFigures[] {
  return horizons.map((years) => ({
    years,
    baseValue: throughYear(result.existingBaseValue, years),
    portfolioValue: throughYear(result.portfolioValue, years),
    cltvExisting: throughYear(result.cltvExisting, years),
    cltvNew: throughYear(result.cltvNew, years),
  }));
}
