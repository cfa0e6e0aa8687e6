import type { Currency } from '../../format/format';
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
  /** The currency of its figures: only drawn over figures in the same one. */
  currency: Currency;
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

/**
 * The values the value axis must reach: each year's stacked positive and
 * negative parts (the bars stack by sign) and the compared line.
 */
export function stackedExtents(rows: readonly PortfolioChartRow[]): number[] {
  return rows.flatMap((row) => {
    const parts = [row.existingBase, row.newCohorts];
    const above = parts.reduce((sum, part) => sum + Math.max(0, part), 0);
    const below = parts.reduce((sum, part) => sum + Math.min(0, part), 0);
    return [above, below, row.compared ?? 0];
  });
}

/** Average advance of a tick label's character, in ems (digits, «млн», «$»). */
const LABEL_CHAR_EM = 0.6;
/** The tick mark and the gap between it and its label, px. */
const TICK_GAP_PX = 14;

/**
 * Width in px of a value axis whose tick labels are `format`ted values
 * between the smallest and the largest of `values`, at `fontSizePx`.
 * Estimated from the labels' lengths instead of measured: recharts'
 * measuring («auto») lays out the page on every redraw of the chart.
 * The nice numbers recharts puts on the ticks round to no more digits than
 * the extremes, so the extremes' labels are the longest; three more values
 * inside the range cover a label like «1,5 млн» between «1 млн» and «2 млн».
 */
export function valueAxisWidth(
  values: readonly number[],
  format: (value: number) => string,
  fontSizePx: number,
): number {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const samples = [
    low,
    high,
    ...[0.25, 0.5, 0.75].map((q) => low + (high - low) * q),
  ];
  const longest = Math.max(...samples.map((value) => format(value).length));
  return Math.ceil(longest * LABEL_CHAR_EM * fontSizePx) + TICK_GAP_PX;
}
