import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { DeferredChart } from '../../app/DeferredChart';
import type { PortfolioChartRow } from './chartData';
import type { Figures } from './useFigures';

/** The chart's element id, by which exports find the drawn chart. */
export const PORTFOLIO_CHART_ID = 'portfolio-chart';

const loadPortfolioChart = () => import('./PortfolioChart');

export interface ChartSlotProps {
  rows: PortfolioChartRow[];
  figures: Figures;
  /** The compared scenario's name, when its line is drawn. */
  comparedName?: string;
}

/** The portfolio chart, loaded after the first paint in a fixed box. */
export function ChartSlot({ rows, figures, comparedName }: ChartSlotProps) {
  const { t } = useTranslation();
  // The same object while the rows stay, so the chart is not drawn again.
  const chartProps = useMemo(
    () => ({ rows, figures, comparedName }),
    [rows, figures, comparedName],
  );

  return (
    <DeferredChart
      className="chart"
      id={PORTFOLIO_CHART_ID}
      testId="portfolio-chart"
      loadingText={t('chart.loading')}
      failedText={t('chart.failed')}
      load={loadPortfolioChart}
      chartProps={chartProps}
    />
  );
}
