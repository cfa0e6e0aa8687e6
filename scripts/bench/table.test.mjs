import { describe, expect, it } from 'vitest';

import { benchTable } from './table.mjs';

const sizes = (gzip) => ({ raw: gzip * 3, gzip, brotli: gzip - 10_000 });

function run(overrides = {}) {
  return {
    performance: 0.99,
    lcpMs: 800,
    tbtMs: 20,
    cls: 0,
    accessibility: 1,
    bestPractices: 1,
    seo: 1,
    failedAudits: [],
    ...overrides,
  };
}

const figures = {
  bundle: { firstLoad: sizes(118_940), all: sizes(241_000) },
  lighthouse: [
    run({ performance: 0.97, lcpMs: 1550, failedAudits: ['robots-txt'] }),
    run({ performance: 1, lcpMs: 760 }),
    run({ lcpMs: 1640, failedAudits: ['robots-txt'] }),
  ],
  keystrokes: {
    normal: {
      // 20 latencies 1..20 ms: median 10, p95 19; settled 5 ms later.
      figures: Array.from({ length: 20 }, (_, i) => i + 1),
      settled: Array.from({ length: 20 }, (_, i) => i + 6),
    },
    slowed: { figures: [40, 60, 50], settled: [45, 70, 55] },
    echo: {
      normal: { figures: [9, 11, 30], settled: [9, 11, 30] },
      slowed: { figures: [12, 14, 16, 50], settled: [12, 14, 16, 50] },
    },
  },
  engine: [{ name: 'computeCltv, 10 years', medianMs: 0.0102, p99Ms: 0.0198 }],
};

function row(table, start) {
  return table.split('\n').find((line) => line.startsWith(`| ${start}`));
}

describe('benchTable', () => {
  const table = benchTable(figures);

  it('shows sizes in kB of 1000 bytes', () => {
    expect(row(table, 'JS before the form is usable, gzip')).toContain(
      '| 118.9 kB |',
    );
    expect(row(table, 'all JS, brotli')).toContain('| 231.0 kB |');
  });

  it('gives the median, min and max of the Lighthouse runs', () => {
    expect(row(table, 'Lighthouse performance')).toContain(
      '| 0.99 | 0.97 | 1.00 | ≥ 0.99 |',
    );
    expect(row(table, 'Lighthouse largest')).toContain(
      '| 1.55 s | 0.76 s | 1.64 s |',
    );
  });

  it('gives the median and the 95th percentile of the keystrokes', () => {
    expect(
      row(table, 'keystroke to new figures, CPU 1× (20): median'),
    ).toContain('| 10.0 ms | 1.0 ms | 20.0 ms |');
    expect(row(table, 'keystroke to new figures, CPU 1× (20): p95')).toContain(
      '| 19.0 ms |  |  | ≤ 16 ms |',
    );
    expect(row(table, 'keystroke to paint, CPU 1× (20): median')).toContain(
      '| 15.0 ms | 6.0 ms | 25.0 ms |',
    );
    expect(row(table, 'keystroke to paint, CPU 4× (3): p95')).toContain(
      '| 70.0 ms |',
    );
  });

  it('gives the reference page its own rows, CPU 1× and 4×', () => {
    expect(
      row(
        table,
        'keystroke to paint on a page that only echoes it, CPU 1×: median',
      ),
    ).toContain('| 11.0 ms | 9.0 ms | 30.0 ms |');
    // p95 of four samples is the 4th smallest, ⌈0.95 × 4⌉ = 4: 50 ms.
    expect(
      row(
        table,
        'keystroke to paint on a page that only echoes it, CPU 4×: p95',
      ),
    ).toContain('| 50.0 ms |');
  });

  it('leaves out the reference rows when there was no reference run', () => {
    const { normal, slowed } = figures.keystrokes;
    const without = benchTable({ ...figures, keystrokes: { normal, slowed } });
    expect(without).not.toContain('only echoes it');
  });

  it('names each failed audit once, after the table', () => {
    expect(table.endsWith('failed in some run: robots-txt.')).toBe(true);
  });
});
