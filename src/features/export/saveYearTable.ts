import { saveFile } from './download';
import { exportFileName } from './fileName';
import { yearTableCsv, type YearTableExport } from './yearTableCsv';

/** Offers the year-by-year table as a CSV download. */
export function saveYearTable(data: YearTableExport): void {
  const csv = yearTableCsv(data);
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  saveFile(blob, exportFileName('years', data.date, 'csv'));
}
