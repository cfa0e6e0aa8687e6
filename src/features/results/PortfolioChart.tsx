import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import {
  portfolioMarkers,
  stackedExtents,
  valueAxisWidth,
  type PortfolioChartRow,
} from './chartData';
import type { Figures } from './useFigures';

export const SERIES_COLORS = {
  existingBase: '#1f5fa8',
  newCohorts: '#f08c2e',
  marker: '#14213d',
  compared: '#7b2d8e',
} as const;

/** The axes' labels: smaller than the page's text, to leave the bars room. */
const TICK_FONT_SIZE_PX = 13;
const TICK = { fontSize: TICK_FONT_SIZE_PX };
const MARGIN = { top: 28, right: 16, bottom: 4, left: 8 };
const COMPARED_DOT = {
  r: 4,
  fill: SERIES_COLORS.compared,
  strokeDasharray: '',
};

export interface PortfolioChartProps {
  rows: PortfolioChartRow[];
  figures: Figures;
  /** The compared scenario's name, when its line is drawn. */
  comparedName?: string;
}

/**
 * Cumulative portfolio value by year: today's base and the new cohorts
 * stacked, the 3- and 5-year totals marked, and a compared scenario's
 * total as a dashed line with a dot a year. Loaded after first paint.
 *
 * recharts keeps its settings in a store that every changed prop updates
 * with a render of its own, so everything but the rows is kept the same
 * object from one keystroke to the next.
 */
export default function PortfolioChart({
  rows,
  figures,
  comparedName,
}: PortfolioChartProps) {
  const { t } = useTranslation();
  const yearLabel = useCallback(
    (year: unknown) => t('chart.yearLabel', { year: Number(year) }),
    [t],
  );
  const tooltipValue = useCallback(
    (value: unknown) =>
      value == null ? t('results.beyondHorizon') : figures.money(Number(value)),
    [t, figures],
  );
  const axisWidth = valueAxisWidth(
    stackedExtents(rows),
    figures.compactMoney,
    TICK_FONT_SIZE_PX,
  );
  const markers = useMemo(
    () =>
      portfolioMarkers(rows).map((row) => ({
        year: row.year,
        total: row.total,
        label: (
          <MarkerLabel
            text={t('chart.marker', {
              years: t('results.years', { count: row.year }),
              value: figures.compactMoney(row.total),
            })}
            // The last year's bar is at the chart's right edge: a label
            // centred on it would run past the edge and be cut.
            alignEnd={row.year === rows.length}
          />
        ),
      })),
    [rows, t, figures],
  );

  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows} stackOffset="sign" margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" tickFormatter={yearLabel} tick={TICK} />
        <YAxis
          tickFormatter={figures.compactMoney}
          width={axisWidth}
          tick={TICK}
        />
        <Tooltip formatter={tooltipValue} labelFormatter={yearLabel} />
        <Legend />
        <Bar
          dataKey="existingBase"
          name={t('chart.existingBase')}
          stackId="value"
          fill={SERIES_COLORS.existingBase}
          isAnimationActive={false}
        />
        <Bar
          dataKey="newCohorts"
          name={t('chart.newCohorts')}
          stackId="value"
          fill={SERIES_COLORS.newCohorts}
          isAnimationActive={false}
        />
        {comparedName !== undefined && (
          <Line
            dataKey="compared"
            name={comparedName}
            stroke={SERIES_COLORS.compared}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={COMPARED_DOT}
            isAnimationActive={false}
          />
        )}
        {markers.map((marker) => (
          <ReferenceDot
            key={marker.year}
            x={marker.year}
            y={marker.total}
            r={5}
            fill={SERIES_COLORS.marker}
            stroke="#fff"
            label={marker.label}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

interface MarkerLabelProps {
  text: string;
  alignEnd: boolean;
  /** The marker's dot, which recharts passes to a label it draws. */
  viewBox?: { x?: number; y?: number; width?: number };
}

/**
 * The label above a 3- or 5-year marker: centred on the dot, or ending at
 * its right side. A white halo keeps it readable where it falls on a bar
 * (when the new cohorts are negative, the total sits inside the base's
 * bar).
 */
function MarkerLabel({ text, alignEnd, viewBox }: MarkerLabelProps) {
  const { x = 0, y = 0, width = 0 } = viewBox ?? {};
  return (
    <text
      x={alignEnd ? x + width : x + width / 2}
      y={y - 6}
      textAnchor={alignEnd ? 'end' : 'middle'}
      fill={SERIES_COLORS.marker}
      fontSize={12}
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}
