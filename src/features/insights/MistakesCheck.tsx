import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { CalculatorFormValues } from '../calculator/formValues';
import type { Figures } from '../results/useFigures';
import { formFieldFor } from './checkFields';
import { MISTAKE_IDS, type CheckParam, type CheckResult } from './checks';

const STATUS_MARK = { passed: '✓', warning: '!', pending: '…' } as const;

export interface MistakesCheckProps {
  results: CheckResult[];
  values: CalculatorFormValues;
  figures: Figures;
}

/** The checks of the inputs, live: warnings with a way to the field. */
export function MistakesCheck({
  results,
  values,
  figures,
}: MistakesCheckProps) {
  const { t } = useTranslation();
  const warnings = results.filter((r) => r.status === 'warning').length;
  const isMistake = (r: CheckResult) => MISTAKE_IDS.includes(r.id);
  const groups = [
    { title: t('insights.checks.mistakes'), items: results.filter(isMistake) },
    {
      title: t('insights.checks.sanity'),
      items: results.filter((r) => !isMistake(r)),
    },
  ];

  return (
    <section
      className="insights__part"
      aria-labelledby="checks-heading"
      data-testid="mistakes-check"
    >
      <h3 id="checks-heading">{t('insights.checks.heading')}</h3>
      <p
        role="status"
        className={warnings ? 'checks__summary--warning' : 'checks__summary'}
      >
        {warnings
          ? t('insights.checks.warnings', { count: warnings })
          : t('insights.checks.allPassed')}
      </p>
      {groups.map((group) => (
        <div key={group.title}>
          <h4 className="checks__group">{group.title}</h4>
          <ul className="checks">
            {group.items.map((result) => (
              <CheckItem
                key={result.id}
                result={result}
                values={values}
                figures={figures}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

interface CheckItemProps {
  result: CheckResult;
  values: CalculatorFormValues;
  figures: Figures;
}

function CheckItem({ result, values, figures }: CheckItemProps) {
  const { t } = useTranslation();
  const { setFocus } = useFormContext<CalculatorFormValues>();
  const titleId = useId();
  const section = `insights.checks.${result.id}` as const;
  // The variant is typed against these texts in checks.ts; i18next's own
  // types cannot follow a key built at run time.
  const translate = t as (key: string, options: object) => string;
  const text = translate(
    `${section}.${result.variant}`,
    formatParams(result.params, figures, t),
  );

  return (
    <li
      className={`check check--${result.status}`}
      data-check={result.id}
      data-status={result.status}
    >
      <span className="check__mark" aria-hidden="true">
        {STATUS_MARK[result.status]}
      </span>
      <div className="check__body">
        <p className="check__title" id={titleId}>
          <span className="visually-hidden">
            {t(`insights.checks.status.${result.status}`)}:{' '}
          </span>
          <span>
            {result.status === 'passed'
              ? t(`${section}.title`)
              : t(`${section}.titleWarning`)}
          </span>
        </p>
        <p className="check__text">{text}</p>
        {result.status === 'warning' && (
          <button
            type="button"
            className="button button--quiet check__fix"
            aria-describedby={titleId}
            onClick={() =>
              setFocus(formFieldFor(result.field, values), {
                shouldSelect: true,
              })
            }
          >
            {t('insights.checks.fix')}
          </button>
        )}
      </div>
    </li>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function formatParam(param: CheckParam, figures: Figures, t: Translate) {
  switch (param.unit) {
    case 'percent':
      return figures.percent(param.value);
    case 'money':
      return figures.money(param.value);
    case 'count':
      return figures.count(param.value);
    case 'years':
      return t('results.years', { count: param.value });
  }
}

function formatParams(
  params: CheckResult['params'],
  figures: Figures,
  t: Translate,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([key, p]) => [key, formatParam(p, figures, t)]),
  );
}
