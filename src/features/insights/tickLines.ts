/** Width of a text in pixels, as the chart will draw it. */
export type MeasureText = (text: string) => number;

/**
 * A label broken at spaces into lines no wider than maxWidth, filled
 * greedily. A word wider than maxWidth stays whole on its own line: a
 * word cut in two would read worse than one a little too wide.
 *
 * @example wrapLabel('+1 pp new retention', 100, (s) => s.length * 8)
 *   // ['+1 pp new', 'retention']
 */
export function wrapLabel(
  label: string,
  maxWidth: number,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : `${last} ${word}`;
    if (last !== undefined && measure(joined) <= maxWidth) {
      lines[lines.length - 1] = joined;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/**
 * The width the lever labels need: the widest label's own width, capped at
 * maxWidth (past it labels wrap), never below the widest single word.
 */
export function labelAxisWidth(
  labels: readonly string[],
  maxWidth: number,
  measure: MeasureText,
): number {
  const widest = (texts: string[]) => Math.max(0, ...texts.map(measure));
  const words = labels.flatMap((label) => label.split(' '));
  return Math.ceil(
    Math.max(widest(words), Math.min(widest([...labels]), maxWidth)),
  );
}
