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

const mean = (values: readonly number[]) =>
  values.reduce((a, b) => a + b, 0) / values.length;

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
  const values = steadyStateCltv(net, input.discountRate, retention);
  const show = (value: number | undefined) =>
    value === undefined
      ? t('insights.math.conventions.unbounded')
      : figures.money(value);
  const row = (key: keyof NonNullable<typeof values>, formula: string) => ({
    key,
    cells: [
      t(`insights.math.conventions.${key}`),
      formula,
      show(values?.[key]),
    ],
  });
  const n = figures.money(net);
  const r = figures.factor(retention);
  const denominator = figures.factor(1 + input.discountRate - retention);
  const growth = figures.factor(1 + input.discountRate);

  return (
    <div data-testid="timing-note">
      {heading}
      <p>
        {t('insights.math.conventions.intro', {
          net: n,
          retention: figures.percent(retention),
        })}
      </p>
      <MathTable
        columns={[
          t('insights.math.conventions.convention'),
          t('insights.math.conventions.formula'),
          t('insights.math.conventions.value'),
        ]}
        rows={[
          row('endOfFirstYear', `n / (1+d−r) = ${n} / ${denominator}`),
          row(
            'upfront',
            `n × (1+d) / (1+d−r) = ${n} × ${growth} / ${denominator}`,
          ),
          row('afterRenewal', `n × r / (1+d−r) = ${n} × ${r} / ${denominator}`),
        ]}
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
