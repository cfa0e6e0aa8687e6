import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { DeferredChart } from '../../app/DeferredChart';
import type { Figures } from '../results/useFigures';
import type { TornadoRow } from './TornadoChart';

const loadTornadoChart = () => import('./TornadoChart');

export interface TornadoSlotProps {
  rows: TornadoRow[];
  figures: Figures;
}

/** The tornado chart, loaded after the first paint in a box of fixed height. */
export function TornadoSlot({ rows, figures }: TornadoSlotProps) {
  const { t } = useTranslation();
  // The same object while the rows stay, so the chart is not drawn again.
  const chartProps = useMemo(() => ({ rows, figures }), [rows, figures]);

  return (
    <DeferredChart
      className="tornado"
      testId="tornado-chart"
      loadingText={t('insights.sensitivity.loading')}
      failedText={t('insights.sensitivity.failed')}
      load={loadTornadoChart}
      chartProps={chartProps}
    />
  );
}
