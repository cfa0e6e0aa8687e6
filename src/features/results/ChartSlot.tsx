import { lazy, Suspense, useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorBoundary } from '../../app/ErrorBoundary';
import type { PortfolioChartRow } from './chartData';
import type { Figures } from './useFigures';
import { useNearViewport } from './useNearViewport';

const PortfolioChart = lazy(() => import('./PortfolioChart'));

/** The chart's element id, by which exports find the drawn chart. */
export const PORTFOLIO_CHART_ID = 'portfolio-chart';

export interface ChartSlotProps {
  rows: PortfolioChartRow[];
  figures: Figures;
}

/**
 * A box of fixed height that the chart fills once its code has arrived, so
 * the page does not move when it appears. The chart is requested only after
 * hydration (never while prerendering) and once the box is about a screen
 * from view, keeping its code and its first drawing off the critical path.
 */
export function ChartSlot({ rows, figures }: ChartSlotProps) {
  const { t } = useTranslation();
  const slot = useRef<HTMLDivElement>(null);
  const isNear = useNearViewport(slot);
  // The chart follows a render behind the cards and the table: recharts
  // takes longer to lay out than the rest of the page together, so the
  // new figures are painted first, and a keystroke that comes meanwhile
  // replaces a chart not yet drawn.
  const shownRows = useDeferredValue(rows);
  const chart = useMemo(
    () => <PortfolioChart rows={shownRows} figures={figures} />,
    [shownRows, figures],
  );

  const placeholder = (
    <p className="chart__placeholder">{t('chart.loading')}</p>
  );

  return (
    <div
      className="chart"
      id={PORTFOLIO_CHART_ID}
      data-testid="portfolio-chart"
      ref={slot}
    >
      <ErrorBoundary
        fallback={(reset) => (
          <div className="chart__placeholder" role="alert">
            <p>{t('chart.failed')}</p>
            <button type="button" className="button" onClick={reset}>
              {t('chart.retry')}
            </button>
          </div>
        )}
      >
        {isNear ? (
          <Suspense fallback={placeholder}>{chart}</Suspense>
        ) : (
          placeholder
        )}
      </ErrorBoundary>
    </div>
  );
}
