import {
  lazy,
  Suspense,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorBoundary } from './ErrorBoundary';
import { useNearViewport } from './useNearViewport';
import { useValueAfterPaint } from './useValueAfterPaint';

export interface DeferredChartProps<P extends object> {
  /** Gives the box its fixed height. */
  className: string;
  id?: string;
  testId: string;
  loadingText: string;
  failedText: string;
  /** Imports the chart's module: a dynamic import() of it. */
  load: () => Promise<{ default: ComponentType<P> }>;
  chartProps: P;
}

/**
 * A box of fixed height that a lazily loaded chart fills once its code has
 * arrived, so that the page does not move when it appears. The chart is
 * requested only after hydration (never while prerendering) and once the
 * box is about a screen from view, keeping its code and first drawing off
 * the critical path. A chart that fails to load or draw shows a message
 * and a retry in its place; the rest of the page goes on working.
 */
export function DeferredChart<P extends object>(props: DeferredChartProps<P>) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const isNear = useNearViewport(box);
  // React.lazy keeps a failed import for good; a retry needs a new one.
  const [Chart, setChart] = useState(() => lazy(props.load));
  const retry = (reset: () => void) => {
    setChart(() => lazy(props.load) as LazyExoticComponent<ComponentType<P>>);
    reset();
  };
  // The chart follows the rest of the page after its paint: recharts takes
  // longer to lay out than the cards and the table together, so the new
  // figures are painted first, and a keystroke that comes meanwhile
  // replaces a chart not yet drawn.
  const shownProps = useValueAfterPaint(props.chartProps);
  const chart = useMemo(() => <Chart {...shownProps} />, [Chart, shownProps]);
  const placeholder = <p className="chart__placeholder">{props.loadingText}</p>;

  return (
    <div
      className={props.className}
      id={props.id}
      data-testid={props.testId}
      ref={box}
    >
      <ErrorBoundary
        fallback={(reset) => (
          <div className="chart__placeholder" role="alert">
            <p>{props.failedText}</p>
            <button
              type="button"
              className="button"
              onClick={() => retry(reset)}
            >
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
