import { Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorBoundary } from './ErrorBoundary';

/*
 * false while prerendering and hydrating, true from the first client render
 * after that: React re-renders with the client snapshot once hydrated.
 */
const subscribeToNothing = () => () => {};
const onClient = () => true;
const onServer = () => false;

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
 * rendered only after the first paint (never while prerendering), and a
 * chart that fails shows a message and a retry in its place.
 */
export function DeferredChart(props: DeferredChartProps) {
  const { t } = useTranslation();
  const isMounted = useSyncExternalStore(
    subscribeToNothing,
    onClient,
    onServer,
  );
  const placeholder = <p className="chart__placeholder">{props.loadingText}</p>;

  return (
    <div className={props.className} data-testid={props.testId}>
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
        {isMounted ? (
          <Suspense fallback={placeholder}>{props.children}</Suspense>
        ) : (
          placeholder
        )}
      </ErrorBoundary>
    </div>
  );
}
