import { useTranslation } from 'react-i18next';

import type { CltvResult } from '../../model/cltv';
import { headlineFigures, type HeadlineFigures } from './headline';
import type { Figures } from './useFigures';

export interface ResultCardsProps {
  result: CltvResult;
  figures: Figures;
}

type PairKey = keyof Omit<HeadlineFigures, 'years'>;

const PAIRS: { key: PairKey; title: string; hint?: string; testId: string }[] =
  [
    {
      key: 'baseValue',
      title: 'results.baseValue',
      hint: 'results.baseValueHint',
      testId: 'base-value',
    },
    {
      key: 'portfolioValue',
      title: 'results.portfolioValue',
      hint: 'results.portfolioValueHint',
      testId: 'portfolio-value',
    },
    {
      key: 'cltvExisting',
      title: 'results.cltvExisting',
      testId: 'cltv-existing',
    },
    {
      key: 'cltvNew',
      title: 'results.cltvNew',
      hint: 'results.cltvNewHint',
      testId: 'cltv-new',
    },
  ];

/** The headline figures, each at 3 and 5 years. */
export function ResultCards({ result, figures }: ResultCardsProps) {
  const { t } = useTranslation();
  const headline = headlineFigures(result);
  const horizon = result.years.length;

  return (
    <div className="cards">
      {PAIRS.map((pair) => (
        <article className="card" key={pair.key} data-testid={pair.testId}>
          <h3 className="card__title">
            {t(pair.title as 'results.baseValue')}
          </h3>
          {pair.hint && (
            <p className="card__hint">{t(pair.hint as 'results.baseValue')}</p>
          )}
          <dl className="card__pair">
            {headline.map((row) => (
              <div key={row.years} data-years={row.years}>
                <dt>{t('results.years', { count: row.years })}</dt>
                <dd>
                  {row[pair.key] === null ? (
                    <span className="card__na">
                      {t('results.beyondHorizon')}
                    </span>
                  ) : (
                    figures.money(row[pair.key]!)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </article>
      ))}

      <article className="card card--small" data-testid="ltv-to-cac">
        <h3 className="card__title">{t('results.ltvToCac')}</h3>
        <p className="card__hint">
          {t('results.ltvToCacHint', {
            years: t('results.years', { count: horizon }),
          })}
        </p>
        <p className="card__value">
          {result.ltvToCac === null
            ? t('results.ltvToCacNone')
            : figures.ratio(result.ltvToCac)}
        </p>
      </article>

      <article className="card card--small" data-testid="payback">
        <h3 className="card__title">{t('results.payback')}</h3>
        <p className="card__value">
          {result.paybackYear === null
            ? t('results.paybackNever', {
                years: t('results.years', { count: horizon }),
              })
            : t('results.paybackYear', { year: result.paybackYear })}
        </p>
      </article>
    </div>
  );
}
