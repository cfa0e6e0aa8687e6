import { formatForSpreadsheet } from '../../format/format';
import type { Language } from '../../i18n/languages';

/**
 * A spreadsheet cell: a figure, written as a number Excel reads in the
 * file's language; text, written so that Excel never runs it; or empty.
 */
export type CsvCell = number | string | null;

/*
 * Excel takes the list separator from the system's regional settings:
 * «;» where the decimal mark is a comma (Russian), «,» where it is a point.
 */
const SEPARATOR: Record<Language, string> = { ru: ';', en: ',' };

/** Without it, Excel reads a UTF-8 file as the system's code page. */
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * First characters that make Excel, LibreOffice and Google Sheets read a
 * cell as a formula, full-width forms included.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * A CSV file as Excel in the given language opens it: a byte-order mark,
 * the language's separator, CRLF line ends, quotes where a cell needs
 * them. Figures are written as numbers («-1234,5» in Russian stays a
 * number); a text cell that would start a formula is prefixed with «'».
 * A figure that is not finite is written as an empty cell.
 *
 * @example toCsv([['Год', 'Выручка'], [1, -1234.5]], 'ru')
 * // '\uFEFFГод;Выручка\r\n1;-1234,5\r\n'
 */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  language: Language,
): string {
  const separator = SEPARATOR[language];
  const lines = rows.map((row) =>
    row.map((cell) => writeCell(cell, language, separator)).join(separator),
  );
  return BYTE_ORDER_MARK + lines.map((line) => `${line}\r\n`).join('');
}

function writeCell(
  cell: CsvCell,
  language: Language,
  separator: string,
): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? formatForSpreadsheet(cell, language) : '';
  }
  return quote(neutraliseFormula(cell), separator);
}

function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string, separator: string): string {
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
