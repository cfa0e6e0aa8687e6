import { describe, expect, it } from 'vitest';

import { labelAxisWidth, wrapLabel } from './tickLines';

// Every character 8 px wide: «+1 pp new» is 9 × 8 = 72 px.
const measure = (text: string) => text.length * 8;

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    // «−10 % AC» is 8 × 8 = 64 px.
    expect(wrapLabel('−10 % AC', 64, measure)).toEqual(['−10 % AC']);
  });

  it('breaks at the last space that keeps a line within the width', () => {
    // «+1 pp new retention» is 152 px; «+1 pp new» 72 px, «retention» 72 px.
    expect(wrapLabel('+1 pp new retention', 100, measure)).toEqual([
      '+1 pp new',
      'retention',
    ]);
  });

  it('keeps a word wider than the width whole on its own line', () => {
    expect(wrapLabel('+1 pp retention', 30, measure)).toEqual([
      '+1',
      'pp',
      'retention',
    ]);
  });
});

describe('labelAxisWidth', () => {
  const labels = ['+1 pp margin', '+1 pp new retention'];

  it('is the widest label when it fits', () => {
    // «+1 pp new retention»: 19 × 8 = 152 px.
    expect(labelAxisWidth(labels, 200, measure)).toBe(152);
  });

  it('is capped, labels then wrap', () => {
    expect(labelAxisWidth(labels, 100, measure)).toBe(100);
  });

  it('never drops below the widest word', () => {
    // «retention»: 9 × 8 = 72 px.
    expect(labelAxisWidth(labels, 50, measure)).toBe(72);
  });
});
