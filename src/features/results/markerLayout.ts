/** A marker's dot and the size of its label, px in the chart's frame. */
export interface MarkerLabel {
  cx: number;
  cy: number;
  width: number;
  height: number;
}

/** Where a label's box lies: its edges, px. */
export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The plot between the axes, px: labels stay within it sideways. */
export interface PlotBounds {
  left: number;
  right: number;
  top: number;
}

/** Between a label and its dot, and between two labels, px. */
const LABEL_GAP_PX = 4;

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/**
 * Label boxes for the 3- and 5-year markers, in the markers' order: each
 * centred above its dot, moved sideways to stay between the value axis
 * and the chart's right edge (so it covers no tick label), and a label
 * that would cover the one before it lifted just above that one, but no
 * higher than `plot.top` (the chart's top edge).
 *
 * @param dotRadius the dot's radius, px; a label clears it by a gap
 * @example
 *   markerLabelBoxes([{ cx: 10, cy: 50, width: 40, height: 14 }], 5,
 *     { left: 20, right: 300, top: 0 })
 *   // [{ left: 20, top: 27, width: 40, height: 14 }]
 */
export function markerLabelBoxes(
  labels: readonly MarkerLabel[],
  dotRadius: number,
  plot: PlotBounds,
): LabelBox[] {
  const boxes: LabelBox[] = [];
  for (const { cx, cy, width, height } of labels) {
    const left = Math.min(
      Math.max(cx - width / 2, plot.left),
      plot.right - width,
    );
    const box = {
      left,
      top: cy - dotRadius - LABEL_GAP_PX - height,
      width,
      height,
    };
    const before = boxes.at(-1);
    if (before && overlaps(before, box)) {
      box.top = before.top - LABEL_GAP_PX - height;
    }
    boxes.push({ ...box, top: Math.max(box.top, plot.top) });
  }
  return boxes;
}
