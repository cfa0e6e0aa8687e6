import { computeCltv, type CltvResult } from '../../model/cltv';
import { readCltvInput } from '../calculator/formSchema';
import type { Calculation } from '../calculator/useCalculator';
import type { ComparedSeries } from '../results/chartData';
import { headlineFigures, REPORTED_HORIZONS } from '../results/headline';
import type { Scenario } from './scenarioStore';

/** The compared scenario with its figures; null when it has mistakes. */
export interface ComparedScenario extends Scenario {
  calculation: Calculation | null;
}

/**
 * The scenario of the given id, calculated. A scenario is saved only from
 * valid inputs, but stored text can be edited by hand, hence the null.
 */
export function comparedScenario(
  scenarios: readonly Scenario[],
  id: string | null,
): ComparedScenario | null {
  const scenario = scenarios.find((candidate) => candidate.id === id);
  if (!scenario) return null;

  const { input } = readCltvInput(scenario.values, scenario.language);
  const calculation = input ? { input, result: computeCltv(input) } : null;
  return { ...scenario, calculation };
}

/** The line the chart draws for a compared scenario that calculates. */
export function comparedSeries(
  compared: ComparedScenario | null,
): ComparedSeries | null {
  if (!compared?.calculation) return null;
  const { portfolioValue } = compared.calculation.result;
  const { currency } = compared.values;
  return { name: compared.name, currency, portfolioValue };
}

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
 * by side, each at 3 and 5 years and at either's own horizon (as the cards
 * show it), with the change from saved to current.
 *
 * @example compareResults(a, b)[1] // portfolio value at 5 years, a vs b
 */
export function compareResults(
  saved: CltvResult,
  current: CltvResult,
): ComparisonRow[] {
  const horizons = [
    ...new Set([
      ...REPORTED_HORIZONS,
      saved.years.length,
      current.years.length,
    ]),
  ].sort((a, b) => a - b);
  const savedRows = headlineFigures(saved, horizons);
  const currentRows = headlineFigures(current, horizons);

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
