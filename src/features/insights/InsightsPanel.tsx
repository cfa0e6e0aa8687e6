import './insights.css';

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useValueAfterPaint } from '../../app/useValueAfterPaint';
import { sensitivity } from '../../model/sensitivity';
import type { CalculatorFormValues } from '../calculator/formValues';
import type { Calculation } from '../calculator/useCalculator';
import { useFigures } from '../results/useFigures';
import { checkContext } from './checkContext';
import { runChecks } from './checks';
import { MistakesCheck } from './MistakesCheck';
import { ProgrammeBreakEven } from './ProgrammeBreakEven';
import { SensitivityView } from './SensitivityView';

export interface InsightsPanelProps {
  calculation: Calculation | null;
  values: CalculatorFormValues;
  /** Where the CX programme's lift is kept over reloads. */
  storage?: Storage | undefined;
}

/**
 * Beside the results: the check of the common mistakes, the levers of
 * the portfolio value and what a CX programme may cost. It follows the
 * latest valid calculation, as the results do.
 */
export function InsightsPanel(props: InsightsPanelProps) {
  const { t } = useTranslation();
  // After the results: a keystroke paints the new figures first, and the
  // checks and the levers follow in the next frame.
  const { calculation, values } = useValueAfterPaint(
    useMemo(
      () => ({ calculation: props.calculation, values: props.values }),
      [props.calculation, props.values],
    ),
  );
  const figures = useFigures(values.currency);
  const checks = useMemo(
    () =>
      calculation &&
      runChecks(checkContext(calculation, values, figures.language)),
    [calculation, values, figures.language],
  );
  const levers = useMemo(
    () => calculation && sensitivity(calculation.input),
    [calculation],
  );

  if (!calculation || !checks || !levers) return null;

  return (
    <section className="insights" aria-labelledby="insights-heading">
      <h2 id="insights-heading">{t('insights.heading')}</h2>
      <MistakesCheck results={checks} values={values} figures={figures} />
      <SensitivityView
        sensitivity={levers}
        figures={figures}
        currency={values.currency}
      />
      <ProgrammeBreakEven
        input={calculation.input}
        figures={figures}
        storage={props.storage}
      />
    </section>
  );
}
