// The benchmark's figures as one Markdown table, the form the README shows.
import { percentile, spread } from './stats.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) =>
  `${value.toFixed(value < 1 ? 4 : value < 100 ? 1 : 0)} ms`;
const seconds = (value) => `${(value / 1000).toFixed(2)} s`;
const score = (value) => value.toFixed(2);
const shift = (value) => value.toFixed(3);

function bundleRows({ firstLoad, all }) {
  return [
    ['JS before the form is usable, gzip', kB(firstLoad.gzip), '≤ 90 kB'],
    ['JS before the form is usable, brotli', kB(firstLoad.brotli), ''],
    ['all JS, gzip', kB(all.gzip), '≤ 220 kB'],
    ['all JS, brotli', kB(all.brotli), ''],
  ].map(([figure, value, target]) => [figure, value, '', '', target]);
}

const LIGHTHOUSE_FIGURES = [
  ['performance score', 'performance', score, '≥ 0.99'],
  ['largest contentful paint', 'lcpMs', seconds, '≤ 1.2 s'],
  ['total blocking time', 'tbtMs', ms, '≤ 50 ms'],
  ['cumulative layout shift', 'cls', shift, '0'],
  ['accessibility score', 'accessibility', score, '1.00'],
  ['best practices score', 'bestPractices', score, '1.00'],
  ['SEO score', 'seo', score, '1.00'],
];

function lighthouseRows(runs) {
  return LIGHTHOUSE_FIGURES.map(([figure, key, format, target]) => {
    const { median, min, max } = spread(runs.map((run) => run[key]));
    const label = `Lighthouse ${figure} (${runs.length} runs)`;
    return [label, format(median), format(min), format(max), target];
  });
}

function latencyRows(label, latencies, p95Target) {
  const { median, min, max } = spread(latencies);
  return [
    [`${label}: median`, ms(median), ms(min), ms(max), ''],
    [`${label}: p95`, ms(percentile(latencies, 0.95)), '', '', p95Target],
  ];
}

function keystrokeRows({ figures, settled }, slowdown, p95Target) {
  const runs = `CPU ${slowdown}× (${settled.length})`;
  return [
    ...latencyRows(`keystroke to new figures, ${runs}`, figures, p95Target),
    ...latencyRows(`keystroke to paint, ${runs}`, settled, ''),
  ];
}

/** The reference page's latency: what any page pays here (echoPage.mjs). */
function echoRows(echo) {
  if (!echo) return [];
  return [
    [echo.normal.figures, 1],
    [echo.slowed.figures, 4],
  ].flatMap(([latencies, slowdown]) =>
    latencyRows(
      `keystroke to paint on a page that only echoes it, CPU ${slowdown}×`,
      latencies,
      '',
    ),
  );
}

function engineRows(tasks) {
  return tasks.flatMap(({ name, medianMs, p99Ms }) => [
    [`${name}: median`, ms(medianMs), '', '', '≪ 1 ms'],
    [`${name}: p99`, ms(p99Ms), '', '', ''],
  ]);
}

function markdown(rows) {
  const header = ['figure', 'median or value', 'min', 'max', 'target'];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = line(header.map(() => '---'));
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * @param {{ bundle: object, lighthouse: object[], engine: object[],
 *   keystrokes: { normal: Latencies, slowed: Latencies,
 *     echo?: { normal: Latencies, slowed: Latencies } } }} figures
 *   where Latencies is { figures: number[], settled: number[] }
 * @returns {string} the table, then the audits that failed in any run
 */
export function benchTable(figures) {
  const rows = [
    ...bundleRows(figures.bundle),
    ...lighthouseRows(figures.lighthouse),
    ...keystrokeRows(figures.keystrokes.normal, 1, '≤ 16 ms'),
    ...keystrokeRows(figures.keystrokes.slowed, 4, '≤ 50 ms'),
    ...echoRows(figures.keystrokes.echo),
    ...engineRows(figures.engine),
  ];
  const failed = [
    ...new Set(figures.lighthouse.flatMap((run) => run.failedAudits)),
  ];
  const audits = failed.length
    ? `\n\nAudits that failed in some run: ${failed.join(', ')}.`
    : '';
  return markdown(rows) + audits;
}
