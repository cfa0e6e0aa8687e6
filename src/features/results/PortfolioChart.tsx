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

import { portfolioMarkers, type PortfolioChartRow } from './chartData';
import type { Figures } from './useFigures';

export const SERIES_COLORS = {
  existingBase: '#1f5fa8',
  newCohorts: '#f08c2e',
  marker: '#14213d',
  compared: '#7b2d8e',
} as const;

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
 */
export default function PortfolioChart({
  rows,
  figures,
  comparedName,
}: PortfolioChartProps) {
  const { t } = useTranslation();
  const yearLabel = (year: number) => t('chart.yearLabel', { year });

  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={rows}
        stackOffset="sign"
        margin={{ top: 28, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" tickFormatter={yearLabel} />
        {/* width="auto" fits the longest tick, a minus sign included. */}
        <YAxis tickFormatter={figures.compactMoney} width="auto" />
        <Tooltip
          formatter={(value) =>
            value == null ? t('results.beyondHorizon') : figures.money(+value)
          }
          labelFormatter={(year) => yearLabel(Number(year))}
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
            dot={{ r: 4, fill: SERIES_COLORS.compared, strokeDasharray: '' }}
            isAnimationActive={false}
          />
        )}
        {portfolioMarkers(rows).map((row) => (
          <ReferenceDot
            key={row.year}
            x={row.year}
            y={row.total}
            r={5}
            fill={SERIES_COLORS.marker}
            stroke="#fff"
            label={{
              value: t('chart.marker', {
                years: t('results.years', { count: row.year }),
                value: figures.compactMoney(row.total),
              }),
              position: 'top',
              fill: SERIES_COLORS.marker,
              fontSize: 12,
              // A white halo keeps the label readable where it falls on a
              // bar (when the new cohorts are negative, the total sits
              // inside the base's bar).
              stroke: '#fff',
              strokeWidth: 3,
              paintOrder: 'stroke',
            }}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
