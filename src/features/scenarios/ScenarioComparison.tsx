import { useTranslation } from 'react-i18next';

import type { Currency } from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { Calculation } from '../calculator/useCalculator';
import {
  compareResults,
  type ComparedScenario,
  type ComparisonRow,
} from './compare';
import { comparisonCells } from './comparisonCells';

export interface ScenarioComparisonProps {
  compared: ComparedScenario;
  current: Calculation;
  currency: Currency;
  onStop: () => void;
}

/**
 * The headline figures of a saved scenario beside the current ones, each
 * at 3 and 5 years, with the difference in money and in percent.
 */
export function ScenarioComparison({
  compared,
  current,
  currency,
  onStop,
}: ScenarioComparisonProps) {
  const { t, i18n } = useTranslation();
  const { name, calculation } = compared;
  const savedCurrency = compared.values.currency;

  return (
    <div className="scenarios__comparison">
      <div className="scenarios__comparison-head">
        <h4 id="comparison-heading">
          {t('scenarios.comparisonHeading', { name })}
        </h4>
        <button type="button" className="button button--quiet" onClick={onStop}>
          {t('scenarios.stopComparing')}
        </button>
      </div>
      {savedCurrency !== currency && (
        <p className="notice notice--warning">
          {t('scenarios.currencyDiffers', {
            name,
            saved: savedCurrency,
            current: currency,
          })}
        </p>
      )}
      {calculation ? (
        <ComparisonTable
          name={name}
          rows={compareResults(calculation.result, current.result)}
          currencies={{ saved: savedCurrency, current: currency }}
          language={i18n.language as Language}
        />
      ) : (
        <p className="notice notice--warning">
          {t('scenarios.notCalculable', { name })}
        </p>
      )}
    </div>
  );
}

interface ComparisonTableProps {
  name: string;
  rows: ComparisonRow[];
  currencies: { saved: Currency; current: Currency };
  language: Language;
}

function ComparisonTable({
  name,
  rows,
  currencies,
  language,
}: ComparisonTableProps) {
  const { t } = useTranslation();
  const beyond = t('results.beyondHorizon');
  const none = t('scenarios.noFigure');

  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-labelledby="comparison-heading"
    >
      <table
        className="year-table scenarios__table"
        aria-labelledby="comparison-heading comparison-caption"
      >
        <caption id="comparison-caption">
          {t('scenarios.comparisonCaption', { currency: currencies.current })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('scenarios.metric')}</th>
            <th scope="col">{name}</th>
            <th scope="col">{t('scenarios.current')}</th>
            <th scope="col">{t('scenarios.difference')}</th>
            <th scope="col">{t('scenarios.differencePercent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = comparisonCells(row, currencies, language);
            return (
              <tr key={`${row.metric}-${row.years}`} data-metric={row.metric}>
                <th scope="row">
                  {t(`results.${row.metric}`)},{' '}
                  {t('results.years', { count: row.years })}
                </th>
                <td>{cells.saved ?? beyond}</td>
                <td>{cells.current ?? beyond}</td>
                <td>{cells.difference ?? none}</td>
                <td>{cells.relativeDifference ?? none}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
