import { describe, expect, it } from 'vitest';

import { markerLabelBoxes } from './markerLayout';

const PLOT = { left: 60, right: 360, top: 0 };
const RADIUS = 5;

describe('markerLabelBoxes', () => {
  it('centres a label above its dot, clear of it by 4 px', () => {
    // left = 200 − 100/2 = 150; top = 100 − 5 − 4 − 14 = 77.
    expect(
      markerLabelBoxes(
        [{ cx: 200, cy: 100, width: 100, height: 14 }],
        RADIUS,
        PLOT,
      ),
    ).toEqual([{ left: 150, top: 77, width: 100, height: 14 }]);
  });

  it('keeps a label right of the value axis and left of the edge', () => {
    const [first, last] = markerLabelBoxes(
      [
        { cx: 80, cy: 200, width: 120, height: 14 },
        { cx: 350, cy: 100, width: 120, height: 14 },
      ],
      RADIUS,
      PLOT,
    );
    // 80 − 60 = 20 would cover the axis' labels; 350 − 60 = 290 ends past 360.
    expect(first!.left).toBe(60);
    expect(last!.left).toBe(240);
  });

  it('lifts a label that would cover the one before it above that one', () => {
    const [first, second] = markerLabelBoxes(
      [
        { cx: 150, cy: 100, width: 120, height: 14 },
        { cx: 190, cy: 105, width: 120, height: 14 },
      ],
      RADIUS,
      PLOT,
    );
    // First top = 100 − 23 = 77; the second would be at 82, so it goes to
    // 77 − 4 − 14 = 59.
    expect(first!.top).toBe(77);
    expect(second!.top).toBe(59);
  });

  it('goes no higher than the top of the chart', () => {
    const [box] = markerLabelBoxes(
      [{ cx: 200, cy: 10, width: 100, height: 14 }],
      RADIUS,
      PLOT,
    );
    expect(box!.top).toBe(0);
  });
});
