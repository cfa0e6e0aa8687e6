import { Suspense, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useNearViewport } from '../features/results/useNearViewport';
import { ErrorBoundary } from './ErrorBoundary';

export interface DeferredChartProps {
  /** Gives the box its fixed height. */
  className: string;
  testId: string;
  loadingText: string;
  failedText: string;
  /** A lazily loaded chart. */
  children: ReactNode;
}

/**
 * A box of fixed height that a lazily loaded chart fills once its code has
 * arrived, so that the page does not move when it appears. The chart is
 * rendered only once the box is about a screen from view (never while
 * prerendering or hydrating), and a chart that fails shows a message and
 * a retry in its place.
 */
export function DeferredChart(props: DeferredChartProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const isNear = useNearViewport(box);
  const placeholder = <p className="chart__placeholder">{props.loadingText}</p>;

  return (
    <div className={props.className} data-testid={props.testId} ref={box}>
      <ErrorBoundary
        fallback={(reset) => (
          <div className="chart__placeholder" role="alert">
            <p>{props.failedText}</p>
            <button type="button" className="button" onClick={reset}>
              {t('chart.retry')}
            </button>
          </div>
        )}
      >
        {isNear ? (
          <Suspense fallback={placeholder}>{props.children}</Suspense>
        ) : (
          placeholder
        )}
      </ErrorBoundary>
    </div>
  );
}
