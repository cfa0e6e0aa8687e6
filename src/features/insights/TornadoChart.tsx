import { useCallback } from 'react';
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

export interface TornadoRow {
  lever: Lever;
  label: string;
  /** Change of V_T, money. */
  change: number;
}

const COLORS = { gain: '#1e7b3a', loss: '#b3261e', axis: '#14213d' };
const MARGIN = { top: 4, right: 76, bottom: 4, left: 4 };

/** A gain is drawn green, a loss red, both from the zero line. */
function LeverBar(props: BarShapeProps) {
  const row = props.payload as TornadoRow;
  return (
    <Rectangle {...props} fill={row.change < 0 ? COLORS.loss : COLORS.gain} />
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

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={MARGIN}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={compact} />
        <YAxis type="category" dataKey="label" width={140} />
        <ReferenceLine x={0} stroke={COLORS.axis} />
        <Bar dataKey="change" shape={LeverBar} isAnimationActive={false}>
          <LabelList dataKey="change" position="right" formatter={compact} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
