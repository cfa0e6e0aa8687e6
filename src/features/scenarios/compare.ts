import type { CltvResult } from '../../model/cltv';
import { headlineFigures } from '../results/headline';

export type ComparedMetric =
  'baseValue' | 'portfolioValue' | 'cltvExisting' | 'cltvNew';

export interface ComparisonRow {
  metric: ComparedMetric;
  years: number;
  /** The saved scenario's figure; null past its horizon. */
  saved: number | null;
  /** The current inputs' figure; null past their horizon. */
  current: number | null;
  /** current − saved, when both exist. */
  difference: number | null;
  /** The difference as a fraction of |saved|; null when saved is 0. */
  relativeDifference: number | null;
}

const METRICS: readonly ComparedMetric[] = [
  'baseValue',
  'portfolioValue',
  'cltvExisting',
  'cltvNew',
];

/**
 * The headline figures of a saved scenario and of the current inputs side
 * by side, each at 3 and 5 years, with the change from saved to current.
 *
 * @example compareResults(a, b)[1] // portfolio value at 3 years, a vs b
 */
export function compareResults(
  saved: CltvResult,
  current: CltvResult,
): ComparisonRow[] {
  const savedRows = headlineFigures(saved);
  const currentRows = headlineFigures(current);

  return METRICS.flatMap((metric) =>
    savedRows.map((row, i) =>
      compareFigures(metric, row.years, row[metric], currentRows[i]![metric]),
    ),
  );
}

function compareFigures(
  metric: ComparedMetric,
  years: number,
  saved: number | null,
  current: number | null,
): ComparisonRow {
  const difference =
    saved === null || current === null ? null : current - saved;
  const relativeDifference =
    difference === null || saved === 0 ? null : difference / Math.abs(saved!);

  return { metric, years, saved, current, difference, relativeDifference };
}
