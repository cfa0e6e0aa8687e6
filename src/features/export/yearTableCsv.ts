import type { TFunction } from 'i18next';

import { formatDate, type Currency } from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { Messages } from '../../i18n/ru';
import type { CltvInput, CltvResult } from '../../model/cltv';
import type { MarginMakeup } from '../calculator/formValues';
import { YEAR_COLUMNS } from '../results/YearTable';
import { toCsv, type CsvCell } from './csv';

/** A saved scenario compared with the current calculation. */
export interface ComparedFigures {
  name: string;
  currency: Currency;
  input: CltvInput;
  result: CltvResult;
  marginMakeup?: MarginMakeup;
}

export interface YearTableExport {
  input: CltvInput;
  result: CltvResult;
  currency: Currency;
  language: Language;
  /** The day of the calculation, written above the inputs. */
  date: Date;
  t: TFunction;
  /**
   * Whether the margin already takes out service and marketing costs, as
   * the visitor answered: it tells how C was counted. Left out when unset.
   */
  marginMakeup?: MarginMakeup;
  /** Written after the current table, with its own inputs and table. */
  compared?: ComparedFigures | null;
}

type Rows = CsvCell[][];

/**
 * The year-by-year table as a CSV file for Excel: a title, the date and
 * currency, the inputs the figures come from (percent as percent, not
 * fractions), an empty line, then the table with its header row. Money is
 * unrounded to the cent, so that sums in the spreadsheet match the page.
 * A compared scenario follows under its name, in the same layout, and the
 * current calculation is then labelled as such.
 */
export function yearTableCsv(data: YearTableExport): string {
  const { compared, t } = data;
  const current = compared ? [[t('scenarios.csvCurrent')]] : [];
  const scenario = compared
    ? [
        [],
        [t('scenarios.csvHeading'), compared.name],
        currencyRow({ ...data, ...compared }),
        [],
        ...inputRows({ ...data, ...compared }),
        [],
        ...tableRows({ ...data, ...compared }),
      ]
    : [];

  return toCsv(
    [
      ...titleRows(data),
      [],
      ...current,
      ...inputRows(data),
      [],
      ...tableRows(data),
      ...scenario,
    ],
    data.language,
  );
}

function titleRows(data: YearTableExport): Rows {
  const { language, date, t } = data;
  return [
    [t('export.csvTitle')],
    [t('export.csvDate'), formatDate(date, language)],
    currencyRow(data),
  ];
}

function currencyRow({ currency, language, t }: YearTableExport): CsvCell[] {
  return [capitalise(t('export.fields.currency'), language), currency];
}

function inputRows(data: YearTableExport): Rows {
  const { input, language, marginMakeup, t } = data;
  const label = (key: keyof Messages['export']['fields']) =>
    capitalise(t(`export.fields.${key}`), language);
  const percent = (fractions: readonly number[]) =>
    fractions.map((fraction) => fraction * 100);

  return [
    [label('horizonYears'), input.horizonYears],
    [label('existingCustomers'), input.existingCustomers],
    [label('revenuePerCustomer'), ...oneOrEach(input.revenuePerCustomer)],
    [label('marginPercent'), ...oneOrEach(percent(input.marginRate))],
    ...(marginMakeup
      ? [
          [
            label('marginIncludesCosts'),
            t(`form.marginIncludesCosts.${marginMakeup}`),
          ],
        ]
      : []),
    [
      label('serviceCostPerCustomer'),
      ...oneOrEach(input.serviceCostPerCustomer),
    ],
    [label('acquisitionCost'), input.acquisitionCost],
    [label('retentionExistingByYear'), ...percent(input.retentionExisting)],
    [label('retentionNewByAge'), ...percent(input.retentionNew)],
    [label('newCustomersByYear'), ...input.newCustomers],
    [label('discountRatePercent'), input.discountRate * 100],
  ];
}

function tableRows({ result, t }: YearTableExport): Rows {
  const header = [
    t('table.year'),
    ...YEAR_COLUMNS.map((column) => t(`table.${column}`)),
  ];
  const years = result.years.map((row) => [
    row.year,
    ...YEAR_COLUMNS.map((column) => row[column]),
  ]);
  return [header, ...years];
}

/**
 * The engine takes revenue, margin and costs per year, and the form gives
 * one figure for all years: one cell when every year has the same figure,
 * a cell per year otherwise.
 */
function oneOrEach(values: readonly number[]): number[] {
  const [first] = values;
  const isConstant = values.every((value) => value === first);
  return isConstant && first !== undefined ? [first] : [...values];
}

function capitalise(text: string, language: Language): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
