/**
 * Text widths, px, in the page's font (which chart labels inherit), at
 * fontSizePx or the page's own size. Falls back to an estimate of 0.6 em a
 * character where the browser gives no canvas.
 */
export function textMeasure(fontSizePx?: number): (text: string) => number {
  const style = getComputedStyle(document.body);
  const size = fontSizePx ?? parseFloat(style.fontSize);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * size * 0.6;
  context.font = `${style.fontWeight} ${size}px ${style.fontFamily}`;
  return (text) => context.measureText(text).width;
}
