// Summaries of repeated measurements.

/**
 * The value below which a share p (0..1) of the samples lie, taken as the
 * nearest sample (no interpolation), so it is always a measured value.
 *
 * @param {number[]} samples
 * @param {number} p
 * @example percentile([4, 1, 3, 2], 0.5) // 2
 */
export function percentile(samples, p) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)];
}

/** Median (lower of the two middle samples), min and max. */
export function spread(samples) {
  return {
    median: percentile(samples, 0.5),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}
