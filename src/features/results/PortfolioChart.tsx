import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  DefaultZIndexes,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';

import {
  portfolioMarkers,
  stackedExtents,
  valueAxisWidth,
  type PortfolioChartRow,
} from './chartData';
import { markerLabelBoxes, type LabelBox } from './markerLayout';
import { textMeasure } from './textMeasure';
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
const MARKER_RADIUS_PX = 5;
const MARKER_FONT_SIZE_PX = 12;
/** A label line's height and its baseline below the line's top, px. */
const MARKER_LINE_PX = MARKER_FONT_SIZE_PX * 1.2;
const MARKER_BASELINE_PX = MARKER_FONT_SIZE_PX * 0.95;
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
  const markerText = useCallback(
    (row: PortfolioChartRow) =>
      t('chart.marker', {
        years: t('results.years', { count: row.year }),
        value: figures.compactMoney(row.total),
      }),
    [t, figures],
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
        <Tooltip
          formatter={tooltipValue}
          labelFormatter={yearLabel}
          separator=": "
        />
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
        <PortfolioMarkers rows={rows} text={markerText} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

interface PortfolioMarkersProps {
  rows: PortfolioChartRow[];
  text: (row: PortfolioChartRow) => string;
}

/**
 * The 3- and 5-year markers, placed through the chart's scales. Drawn as
 * a layer of their own rather than as recharts' reference dots: those are
 * taken out of recharts' store and put back, each with renders of the
 * whole chart, whenever their value changes, that is on every keystroke.
 * Their labels are laid out to keep clear of the axes and of each other.
 */
function PortfolioMarkers({ rows, text }: PortfolioMarkersProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const [measure] = useState(() => textMeasure(MARKER_FONT_SIZE_PX));
  if (!x || !y || !plot) return null;
  const markers = portfolioMarkers(rows).flatMap((row) => {
    const cx = x(row.year, { position: 'middle' });
    const cy = y(row.total);
    if (cx === undefined || cy === undefined) return [];
    const label = text(row);
    return [{ year: row.year, cx, cy, label, width: measure(label) }];
  });
  const boxes = markerLabelBoxes(
    markers.map((marker) => ({ ...marker, height: MARKER_LINE_PX })),
    MARKER_RADIUS_PX,
    { left: plot.x, right: plot.x + plot.width, top: 0 },
  );
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      {markers.map((marker, i) => (
        <Marker key={marker.year} {...marker} box={boxes[i]!} />
      ))}
    </ZIndexLayer>
  );
}

interface MarkerProps {
  cx: number;
  cy: number;
  label: string;
  box: LabelBox;
}

/**
 * A 3- or 5-year marker: a dot on the year's total and its label in the
 * box laid out for it. A white halo keeps the dot and the label readable
 * where they fall on a bar (when the new cohorts are negative, the total
 * sits inside the base's bar).
 */
function Marker({ cx, cy, label, box }: MarkerProps) {
  return (
    <g className="portfolio-marker">
      <circle
        cx={cx}
        cy={cy}
        r={MARKER_RADIUS_PX}
        fill={SERIES_COLORS.marker}
        stroke="#fff"
      />
      <text
        x={box.left}
        y={box.top + MARKER_BASELINE_PX}
        fill={SERIES_COLORS.marker}
        fontSize={MARKER_FONT_SIZE_PX}
        stroke="#fff"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}
