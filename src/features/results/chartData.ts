import type { CltvResult } from '../../model/cltv';
import { REPORTED_HORIZONS } from './headline';

export interface PortfolioChartRow {
  year: number;
  existingBase: number;
  newCohorts: number;
  total: number;
}

/** One chart row per year: the two stacked parts and their sum. */
export function portfolioChartRows(result: CltvResult): PortfolioChartRow[] {
  return result.portfolioValue.map((total, i) => ({
    year: i + 1,
    existingBase: result.existingBaseValue[i]!,
    newCohorts: result.newCohortsValue[i]!,
    total,
  }));
}

/** The 3- and 5-year points that lie within the horizon. */
export function portfolioMarkers(rows: readonly PortfolioChartRow[]) {
  return rows.filter((row) =>
    (REPORTED_HORIZONS as readonly number[]).includes(row.year),
  );
}
