import { useCallback, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';

import type { Lever } from '../../model/sensitivity';
import type { Figures } from '../results/useFigures';
import { textMeasure } from '../results/textMeasure';
import { labelAxisWidth, wrapLabel } from './tickLines';

export interface TornadoRow {
  lever: Lever;
  label: string;
  /** Change of V_T, money. */
  change: number;
}

const COLORS = {
  gain: '#1e7b3a',
  loss: '#b3261e',
  axis: '#14213d',
  tick: '#666',
};
const MARGIN = { top: 4, right: 76, bottom: 4, left: 4 };

/** A gain is drawn green, a loss red, both from the zero line. */
function LeverBar(props: BarShapeProps) {
  const row = props.payload as TornadoRow;
  return (
    <Rectangle {...props} fill={row.change < 0 ? COLORS.loss : COLORS.gain} />
  );
}

/** Labels take at most this share of the chart's width, then wrap. */
const MAX_LABEL_SHARE = 0.45;
/** Space between a label's end and the axis line, px. */
const TICK_GAP = 8;

interface LeverTickProps {
  x?: number;
  y?: number;
  payload?: { value: string };
  lines: (label: string) => string[];
}

/** A lever's name, right-aligned at the axis, one tspan a line. */
function LeverTick({ x = 0, y = 0, payload, lines }: LeverTickProps) {
  const rows = lines(payload?.value ?? '');
  // Centred on the bar: the first line sits half the others above it.
  const firstDy = `${0.355 - (rows.length - 1) / 2}em`;
  return (
    <text x={x} y={y} textAnchor="end" fill={COLORS.tick}>
      {rows.map((row, i) => (
        <tspan key={i} x={x} dy={i === 0 ? firstDy : '1em'}>
          {row}
        </tspan>
      ))}
    </text>
  );
}

export interface TornadoChartProps {
  rows: TornadoRow[];
  figures: Figures;
}

/**
 * One horizontal bar a lever, the strongest on top: how much V_T moves.
 * Loaded after first paint.
 */
export default function TornadoChart({ rows, figures }: TornadoChartProps) {
  // Kept the same function while the formatting stays: recharts redraws
  // once more for every prop that changes.
  const compact = useCallback(
    (value: unknown) => figures.compactMoney(Number(value)),
    [figures],
  );
  const [measure] = useState(() => textMeasure());
  const [chartWidth, setChartWidth] = useState(0);
  const labelWidth = labelAxisWidth(
    rows.map((row) => row.label),
    chartWidth * MAX_LABEL_SHARE,
    measure,
  );
  const lines = useCallback(
    (label: string) => wrapLabel(label, labelWidth, measure),
    [labelWidth, measure],
  );

  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      onResize={(width) => setChartWidth(width)}
    >
      <BarChart data={rows} layout="vertical" margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={compact} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth + TICK_GAP}
          interval={0}
          tick={<LeverTick lines={lines} />}
        />
        <ReferenceLine x={0} stroke={COLORS.axis} />
        <Bar dataKey="change" shape={LeverBar} isAnimationActive={false}>
          <LabelList dataKey="change" position="right" formatter={compact} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
