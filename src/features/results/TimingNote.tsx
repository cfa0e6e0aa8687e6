import { useTranslation } from 'react-i18next';

import type { CltvInput, CltvResult } from '../../model/cltv';
import { netPerCustomer } from '../../model/cltv';
import { steadyStateCltv } from '../../model/steadyState';
import { MathTable } from './MathTable';
import type { Figures } from './useFigures';

export interface TimingNoteProps {
  input: CltvInput;
  result: CltvResult;
  figures: Figures;
}

type Translate = ReturnType<typeof useTranslation>['t'];

const mean = (values: readonly number[]) =>
  values.reduce((a, b) => a + b, 0) / values.length;

/** One row a convention: its name, its formula with the figures, CLTV. */
function conventionRows(
  net: number,
  retention: number,
  input: CltvInput,
  figures: Figures,
  t: Translate,
) {
  const d = input.discountRate;
  const values = steadyStateCltv(net, d, retention);
  const n = figures.money(net);
  const r = figures.factor(retention);
  const growth = figures.factor(1 + d);
  const over = `/ ${figures.factor(1 + d - retention)}`;
  const formulas = {
    endOfFirstYear: `n / (1+d−r) = ${n} ${over}`,
    upfront: `n × (1+d) / (1+d−r) = ${n} × ${growth} ${over}`,
    afterRenewal: `n × r / (1+d−r) = ${n} × ${r} ${over}`,
  } as const;

  return (Object.keys(formulas) as (keyof typeof formulas)[]).map((key) => ({
    key,
    cells: [
      t(`insights.math.conventions.${key}`),
      formulas[key],
      values === null
        ? t('insights.math.conventions.unbounded')
        : figures.money(values[key]),
    ],
  }));
}

/**
 * This page's timing beside the two textbook ones, for the year-1 net
 * margin and the average retention of today's base over the horizon, so
 * that a figure from elsewhere can be reconciled.
 */
export function TimingNote({ input, result, figures }: TimingNoteProps) {
  const { t } = useTranslation();
  const heading = <h4>{t('insights.math.conventions.heading')}</h4>;
  if (input.retentionExisting.length === 0) {
    return (
      <>
        {heading}
        <p>{t('insights.math.conventions.noRetention')}</p>
      </>
    );
  }

  const net = netPerCustomer(input)[0]!;
  const retention = mean(input.retentionExisting);
  return (
    <div data-testid="timing-note">
      {heading}
      <p>
        {t('insights.math.conventions.intro', {
          net: figures.money(net),
          retention: figures.percent(retention),
        })}
      </p>
      <MathTable
        label={t('insights.math.conventions.heading')}
        columns={[
          t('insights.math.conventions.convention'),
          t('insights.math.conventions.formula'),
          t('insights.math.conventions.value'),
        ]}
        rows={conventionRows(net, retention, input, figures, t)}
      />
      <p>
        {t('insights.math.conventions.horizonNote', {
          years: t('results.years', { count: result.years.length }),
          value: figures.money(result.cltvExisting.at(-1)!),
        })}
      </p>
    </div>
  );
}
