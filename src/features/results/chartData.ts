import type { CltvResult } from '../../model/cltv';
import { REPORTED_HORIZONS } from './headline';

export interface PortfolioChartRow {
  year: number;
  existingBase: number;
  newCohorts: number;
  total: number;
  /**
   * The compared scenario's portfolio value through this year; null past
   * its horizon, absent when nothing is compared.
   */
  compared?: number | null;
}

/** A saved scenario drawn over the bars of the current calculation. */
export interface ComparedSeries {
  name: string;
  /** Its cumulative portfolio value by year, V_1..V_H. */
  portfolioValue: readonly number[];
}

/**
 * One chart row per year of the current horizon: the two stacked parts,
 * their sum and, when a scenario is compared, its value for that year.
 * Years of a longer scenario past the current horizon are not drawn.
 */
export function portfolioChartRows(
  result: CltvResult,
  compared?: ComparedSeries | null,
): PortfolioChartRow[] {
  return result.portfolioValue.map((total, i) => ({
    year: i + 1,
    existingBase: result.existingBaseValue[i]!,
    newCohorts: result.newCohortsValue[i]!,
    total,
    ...(compared && { compared: compared.portfolioValue[i] ?? null }),
  }));
}

/** The years the compared series has a point: the dots on its line. */
export function comparedPoints(rows: readonly PortfolioChartRow[]) {
  return rows.filter((row) => row.compared != null);
}

/** The 3- and 5-year points that lie within the horizon. */
export function portfolioMarkers(rows: readonly PortfolioChartRow[]) {
  return rows.filter((row) =>
    (REPORTED_HORIZONS as readonly number[]).includes(row.year),
  );
}
