import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Currency } from '../../format/format';
import type { Calculation } from '../calculator/useCalculator';
import { ChartSlot } from './ChartSlot';
import {
  comparedPoints,
  portfolioChartRows,
  type ComparedSeries,
} from './chartData';
import { ResultCards } from './ResultCards';
import { useFigures } from './useFigures';
import { YearTable } from './YearTable';

export interface ResultsProps {
  calculation: Calculation | null;
  isStale: boolean;
  currency: Currency;
  /** Shown under the chart: what the visitor can do with the result. */
  actions?: ReactNode;
  /** A saved scenario drawn on the chart beside the current figures. */
  compared?: ComparedSeries | null;
  /** Shown under the cards: the saved scenarios and the comparison. */
  scenarios?: ReactNode;
}

export const Results = memo(function Results({
  calculation,
  isStale,
  currency,
  actions,
  compared: savedSeries,
  scenarios,
}: ResultsProps) {
  const { t } = useTranslation();
  const figures = useFigures(currency);
  // A scenario in another currency is not drawn: its line would be read
  // on this currency's axis. The comparison table says why it is missing.
  const compared = savedSeries?.currency === currency ? savedSeries : null;
  const rows = useMemo(
    () => (calculation ? portfolioChartRows(calculation.result, compared) : []),
    [calculation, compared],
  );
  const lastCompared = comparedPoints(rows).at(-1);

  if (!calculation) {
    return (
      <section
        className="results"
        aria-labelledby="results-heading"
        id="results"
      >
        <h2 id="results-heading">{t('results.heading')}</h2>
        <p className="notice notice--warning" role="status">
          {t('results.noResult')}
        </p>
        {scenarios}
      </section>
    );
  }

  const { result } = calculation;
  const last = rows.at(-1)!;

  return (
    <section
      className={isStale ? 'results results--stale' : 'results'}
      aria-labelledby="results-heading"
      id="results"
    >
      <h2 id="results-heading">{t('results.heading')}</h2>
      <div role="status" className="results__status">
        {isStale && (
          <p className="notice notice--warning">{t('results.stale')}</p>
        )}
      </div>

      <ResultCards
        input={calculation.input}
        result={result}
        figures={figures}
      />

      <h3 id="chart-heading">{t('chart.heading')}</h3>
      <p className="chart__description" id="chart-summary">
        {t('chart.summary', {
          years: t('results.years', { count: last.year }),
          total: figures.money(last.total),
          base: figures.money(last.existingBase),
        })}
        {compared &&
          lastCompared &&
          ` ${t('scenarios.chartSummary', {
            name: compared.name,
            years: t('results.years', { count: lastCompared.year }),
            total: figures.money(lastCompared.compared!),
          })}`}
      </p>
      <ChartSlot rows={rows} figures={figures} comparedName={compared?.name} />
      {actions}
      {scenarios}

      <h3>{t('table.heading')}</h3>
      <YearTable result={result} figures={figures} currency={currency} />
    </section>
  );
});
