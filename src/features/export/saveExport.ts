import type { TFunction } from 'i18next';

import type { Currency } from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { MarginMakeup } from '../calculator/formValues';
import type { Calculation } from '../calculator/useCalculator';
import { PORTFOLIO_CHART_ID } from '../results/ChartSlot';
import type { ComparedExport } from './shareLink';
import type { ComparedFigures } from './yearTableCsv';

export type ExportFormat = 'png' | 'svg' | 'csv';

export interface ExportData {
  calculation: Calculation;
  currency: Currency;
  /** The form's answer on what the margin takes out, for the CSV. */
  marginMakeup?: MarginMakeup;
  language: Language;
  t: TFunction;
  compared?: ComparedExport | null;
}

/**
 * Makes one export file and offers it as a download. The code that makes
 * it is loaded on first use, keeping it out of the page's first script.
 * Resolves false when the chart has not been drawn yet; rejects when the
 * browser could not make the file.
 */
export async function saveExport(
  format: ExportFormat,
  { calculation, currency, marginMakeup, language, t, compared }: ExportData,
): Promise<boolean> {
  const request = {
    input: calculation.input,
    currency,
    marginMakeup,
    language,
    date: new Date(),
    t,
    compared: comparedFigures(compared),
  };
  if (format === 'csv') {
    const { saveYearTable } = await import('./saveYearTable');
    saveYearTable({ ...request, result: calculation.result });
    return true;
  }

  const chart = document.querySelector<SVGSVGElement>(
    `#${PORTFOLIO_CHART_ID} .recharts-wrapper > svg`,
  );
  if (!chart) return false;
  const { saveChartImage } = await import('./chartImage');
  // The chart draws no line for a scenario in another currency.
  const isDrawn = request.compared?.currency === currency;
  const drawnCompared = isDrawn ? request.compared : null;
  await saveChartImage({ ...request, compared: drawnCompared, format, chart });
  return true;
}

/** The compared scenario as the files show it; none when it has mistakes. */
function comparedFigures(
  compared: ComparedExport | null | undefined,
): ComparedFigures | null {
  if (!compared?.calculation) return null;
  const { input, result } = compared.calculation;
  return {
    name: compared.name,
    currency: compared.values.currency,
    marginMakeup: compared.values.marginIncludesCosts,
    input,
    result,
  };
}
