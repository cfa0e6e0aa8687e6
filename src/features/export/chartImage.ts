import type { TFunction } from 'i18next';

import { formatDate, type Currency } from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { CltvInput } from '../../model/cltv';
import { SERIES_COLORS } from '../results/PortfolioChart';
import { saveFile } from './download';
import { exportFileName } from './fileName';
import { KEY_INPUTS_SEPARATOR, keyInputsLine } from './keyInputs';
import type { ComparedFigures } from './yearTableCsv';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The PNG has twice the pixels of the chart on screen, for slides. */
export const PNG_SCALE = 2;

const PADDING = 24;
const INK = '#14213d';
const MUTED = '#55607a';
const TITLE_SIZE = 20;
const TEXT_SIZE = 13;
const SUMMARY_SIZE = 12;
/** Text is shrunk to fit its line down to this size, then wrapped. */
const MIN_TEXT_SIZE = 8;

export interface ChartImageRequest {
  format: 'png' | 'svg';
  /** The chart's SVG as recharts drew it on the page. */
  chart: SVGSVGElement;
  input: CltvInput;
  currency: Currency;
  language: Language;
  date: Date;
  t: TFunction;
  /** Drawn on the chart as a line: named in the legend and the summary. */
  compared?: ComparedFigures | null;
}

interface Frame {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/**
 * Saves the chart as it is on screen, framed for a slide: a title, the
 * currency and date, a line of the key inputs (and of a compared
 * scenario's) and the legend above the chart, all on white. The SVG is the
 * frame itself; the PNG is the same frame drawn at twice its size.
 *
 * The frame is built from recharts' own SVG rather than with a DOM-to-image
 * library: those wrap the page's HTML in an SVG foreignObject, which slide
 * and vector programs do not render, while this SVG is plain vector shapes
 * and text that open anywhere.
 */
export async function saveChartImage(request: ChartImageRequest) {
  const frame = composeFrame(request);
  const blob =
    request.format === 'svg'
      ? new Blob([svgFile(frame.svg)], { type: 'image/svg+xml' })
      : await rasterise(frame, PNG_SCALE);
  saveFile(blob, exportFileName('portfolio', request.date, request.format));
}

function composeFrame(request: ChartImageRequest): Frame {
  const { t, chart } = request;
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const width = chartWidth + 2 * PADDING;
  const font = getComputedStyle(chart).fontFamily;
  const svg = svgElement('svg', { width, 'font-family': font });
  svg.append(
    svgElement('rect', { width: '100%', height: '100%', fill: '#fff' }),
  );

  const lines = new TextLines(svg, font, chartWidth);
  lines.add(t('chart.heading'), TITLE_SIZE, { fill: INK, weight: 700 });
  lines.add(subtitle(request), TEXT_SIZE, { fill: MUTED });
  lines.add(
    keyInputsLine(request.input, request.currency, request.language, t),
    SUMMARY_SIZE,
    { fill: INK, breaks: KEY_INPUTS_SEPARATOR },
  );
  if (request.compared) {
    const { name, input, currency } = request.compared;
    const style = { fill: SERIES_COLORS.compared };
    lines.add(t('scenarios.imageSummary', { name }), SUMMARY_SIZE, style);
    lines.add(
      keyInputsLine(input, currency, request.language, t),
      SUMMARY_SIZE,
      {
        ...style,
        breaks: KEY_INPUTS_SEPARATOR,
      },
    );
  }
  const legendBottom = drawLegend(
    svg,
    font,
    legendSeries(t, request.compared),
    lines.bottom + 10,
    chartWidth,
  );

  const chartTop = Math.ceil(legendBottom + 12);
  svg.append(chartCopy(chart, chartTop, chartWidth, chartHeight));
  const height = chartTop + chartHeight + PADDING;
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg, width, height };
}

function subtitle({ currency, date, language, t }: ChartImageRequest) {
  return t('export.imageSubtitle', {
    currency,
    date: formatDate(date, language),
  });
}

interface TextStyle {
  fill: string;
  weight?: number;
  /** Where the text may be wrapped when it is too long even when shrunk. */
  breaks?: string;
}

/**
 * Lines of text stacked from the top. A text too wide for the frame is
 * shrunk to fit, down to MIN_TEXT_SIZE; beyond that (a narrow phone
 * screen) it is wrapped at its breaks.
 */
class TextLines {
  bottom = PADDING;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly font: string,
    private readonly maxWidth: number,
  ) {}

  add(text: string, size: number, style: TextStyle) {
    const weight = style.weight ?? 400;
    const width = this.measure(text, size, weight);
    const fitted = Math.max(
      Math.min(size, (size * this.maxWidth) / width),
      MIN_TEXT_SIZE,
    );
    const pieces = style.breaks ? text.split(style.breaks) : [text];
    const separator = style.breaks ?? '';

    for (const line of this.wrap(pieces, separator, fitted, weight)) {
      this.write(line, fitted, weight, style.fill);
    }
  }

  /** Greedy: as many pieces on a line as fit; a long piece stays whole. */
  private wrap(
    pieces: readonly string[],
    separator: string,
    size: number,
    weight: number,
  ): string[] {
    const lines: string[] = [];
    let current = '';
    for (const piece of pieces) {
      const longer = current ? current + separator + piece : piece;
      const isTooWide = this.measure(longer, size, weight) > this.maxWidth;
      if (current && isTooWide) {
        lines.push(current);
        current = piece;
      } else {
        current = longer;
      }
    }
    return [...lines, current];
  }

  private write(text: string, size: number, weight: number, fill: string) {
    const baseline = this.bottom + size;
    const line = svgElement('text', {
      x: PADDING,
      y: baseline,
      fill,
      'font-size': size.toFixed(2),
      'font-weight': weight,
    });
    line.textContent = text;
    this.svg.append(line);
    this.bottom = baseline + size * 0.5;
  }

  private measure(text: string, size: number, weight: number): number {
    return measureText(text, `${weight} ${size}px ${this.font}`);
  }
}

interface LegendEntry {
  label: string;
  color: string;
  /** Drawn as a dashed line with a dot, as on the chart, not a square. */
  isLine?: boolean;
}

/** The two bars and, when there is one, the compared scenario's line. */
function legendSeries(
  t: TFunction,
  compared: ComparedFigures | null | undefined,
): LegendEntry[] {
  const series = [
    { label: t('chart.existingBase'), color: SERIES_COLORS.existingBase },
    { label: t('chart.newCohorts'), color: SERIES_COLORS.newCohorts },
  ];
  if (!compared) return series;
  const line = { label: compared.name, color: SERIES_COLORS.compared };
  return [...series, { ...line, isLine: true }];
}

/**
 * The series in the colours of the chart, on as many lines as the width
 * needs (a long scenario name on a phone); returns the legend's bottom.
 */
function drawLegend(
  svg: SVGSVGElement,
  font: string,
  series: readonly LegendEntry[],
  top: number,
  maxWidth: number,
): number {
  let x = PADDING;
  for (const { label, color, isLine } of series) {
    const swatch = isLine ? 20 : 12;
    const width = swatch + 6 + measureText(label, `${TEXT_SIZE}px ${font}`);
    if (x > PADDING && x + width > PADDING + maxWidth) {
      x = PADDING;
      top += 20;
    }
    svg.append(...legendSwatch(x, top, color, isLine));
    const text = svgElement('text', {
      x: x + swatch + 6,
      y: top + 11,
      fill: INK,
      'font-size': TEXT_SIZE,
    });
    text.textContent = label;
    svg.append(text);
    x += width + 24;
  }
  return top + 12;
}

/** A square for a bar series; a dashed line with a dot for the line. */
function legendSwatch(x: number, top: number, fill: string, isLine = false) {
  if (!isLine) {
    return [svgElement('rect', { x, y: top, width: 12, height: 12, fill })];
  }
  const y = top + 6;
  return [
    svgElement('line', {
      x1: x,
      y1: y,
      x2: x + 20,
      y2: y,
      stroke: fill,
      'stroke-width': 2,
      'stroke-dasharray': '4 3',
    }),
    svgElement('circle', { cx: x + 10, cy: y, r: 4, fill }),
  ];
}

/** The chart's SVG placed in the frame, without its on-page behaviour. */
function chartCopy(
  chart: SVGSVGElement,
  top: number,
  width: number,
  height: number,
): SVGSVGElement {
  const copy = copyWithoutInlineStyle(chart) as SVGSVGElement;
  for (const name of ['class', 'role', 'tabindex']) {
    copy.removeAttribute(name);
  }
  for (const hover of copy.querySelectorAll('.recharts-tooltip-cursor')) {
    hover.remove();
  }
  setAttributes(copy, { x: PADDING, y: top, width, height });
  return copy;
}

/** Style properties that SVG also takes as presentation attributes. */
const PRESENTATION_PROPERTIES = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
]);

/**
 * A deep copy of an SVG element with its inline style turned into
 * presentation attributes. cloneNode would copy the style attributes
 * themselves, and the page's Content-Security-Policy (style-src 'self')
 * refuses every inline style so applied, logging an error for each.
 */
function copyWithoutInlineStyle(source: Element): Element {
  const copy = document.createElementNS(source.namespaceURI, source.tagName);
  for (const { name, value } of source.attributes) {
    if (name !== 'style') copy.setAttribute(name, value);
  }
  const style = (source as SVGElement).style;
  for (let i = 0; i < (style?.length ?? 0); i++) {
    const property = style.item(i);
    if (PRESENTATION_PROPERTIES.has(property)) {
      copy.setAttribute(property, style.getPropertyValue(property));
    }
  }
  for (const child of source.childNodes) {
    if (child instanceof Element) copy.append(copyWithoutInlineStyle(child));
    else if (child.nodeType === Node.TEXT_NODE) {
      copy.append(document.createTextNode(child.textContent ?? ''));
    }
  }
  return copy;
}

/** Draws the frame on a white canvas at `scale` times its size. */
async function rasterise(frame: Frame, scale: number): Promise<Blob> {
  const copy = frame.svg.cloneNode(true) as SVGSVGElement;
  const width = frame.width * scale;
  const height = frame.height * scale;
  // Drawn at the PNG's own size, the vector image stays sharp.
  setAttributes(copy, { width, height });
  const url = URL.createObjectURL(
    new Blob([svgFile(copy)], { type: 'image/svg+xml' }),
  );

  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser has no 2D canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await pngBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function pngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The canvas gave no PNG')),
      'image/png',
    ),
  );
}

function svgFile(svg: SVGSVGElement): string {
  const markup = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}

let measuringContext: CanvasRenderingContext2D | null | undefined;

/** The width of a text in CSS pixels; an estimate without a canvas. */
function measureText(text: string, font: string): number {
  measuringContext ??= document.createElement('canvas').getContext('2d');
  if (!measuringContext) return text.length * 0.6 * Number.parseFloat(font);
  measuringContext.font = font;
  return measuringContext.measureText(text).width;
}

type Attributes = Record<string, string | number>;

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Attributes,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  setAttributes(element, attributes);
  return element;
}

function setAttributes(element: Element, attributes: Attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
}
