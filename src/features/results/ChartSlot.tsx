import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorBoundary } from '../../app/ErrorBoundary';
import type { PortfolioChartRow } from './chartData';
import type { Figures } from './useFigures';

const PortfolioChart = lazy(() => import('./PortfolioChart'));

/** The chart's element id, by which exports find the drawn chart. */
export const PORTFOLIO_CHART_ID = 'portfolio-chart';

export interface ChartSlotProps {
  rows: PortfolioChartRow[];
  figures: Figures;
  /** The compared scenario's name, when its line is drawn. */
  comparedName?: string;
}

/**
 * A box of fixed height that the chart fills once its code has arrived, so
 * the page does not move when it appears. The chart is requested only after
 * the first paint (and never while prerendering), keeping it off the
 * critical path.
 */
/*
 * false while prerendering and hydrating, true from the first client render
 * after that: React re-renders with the client snapshot once hydrated.
 */
const subscribeToNothing = () => () => {};

export function ChartSlot({ rows, figures, comparedName }: ChartSlotProps) {
  const { t } = useTranslation();
  const isMounted = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

  const placeholder = (
    <p className="chart__placeholder">{t('chart.loading')}</p>
  );

  return (
    <div
      className="chart"
      id={PORTFOLIO_CHART_ID}
      data-testid="portfolio-chart"
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
        {isMounted ? (
          <Suspense fallback={placeholder}>
            <PortfolioChart
              rows={rows}
              figures={figures}
              comparedName={comparedName}
            />
          </Suspense>
        ) : (
          placeholder
        )}
      </ErrorBoundary>
    </div>
  );
}
