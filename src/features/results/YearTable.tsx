import { useTranslation } from 'react-i18next';

import type { CltvResult, CltvYear } from '../../model/cltv';
import type { Figures } from './useFigures';

/** Columns of the year-by-year table, in order; the year comes first. */
export const YEAR_COLUMNS = [
  'existingActive',
  'newActive',
  'revenue',
  'grossMargin',
  'serviceCosts',
  'acquisitionSpend',
  'presentValue',
  'cumulativePresentValue',
] as const satisfies readonly (keyof CltvYear)[];

const COUNT_COLUMNS: ReadonlySet<string> = new Set([
  'existingActive',
  'newActive',
]);

export interface YearTableProps {
  result: CltvResult;
  figures: Figures;
  currency: string;
}

export function YearTable({ result, figures, currency }: YearTableProps) {
  const { t } = useTranslation();

  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-labelledby="table-caption"
    >
      <table className="year-table">
        <caption id="table-caption">{t('table.caption', { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            {YEAR_COLUMNS.map((column) => (
              <th scope="col" key={column}>
                {t(`table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.years.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {YEAR_COLUMNS.map((column) => (
                <td key={column}>
                  {COUNT_COLUMNS.has(column)
                    ? figures.count(row[column])
                    : figures.money(row[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
