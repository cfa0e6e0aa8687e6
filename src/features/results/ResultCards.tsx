import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CltvInput, CltvResult } from '../../model/cltv';
import { CardMath, paybackText, type MathCard } from './CardMath';
import { headlineFigures, type HeadlineFigures } from './headline';
import type { Figures } from './useFigures';

export interface ResultCardsProps {
  input: CltvInput;
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

const CARD_TITLES: Record<MathCard, string> = {
  baseValue: 'results.baseValue',
  portfolioValue: 'results.portfolioValue',
  cltvExisting: 'results.cltvExisting',
  cltvNew: 'results.cltvNew',
  ltvToCac: 'results.ltvToCac',
  payback: 'results.payback',
};

/**
 * The headline figures, each at 3 and 5 years. Every card can open its
 * working below the cards, one card at a time.
 */
export function ResultCards({ input, result, figures }: ResultCardsProps) {
  const { t } = useTranslation();
  const headline = headlineFigures(result);
  const horizon = result.years.length;
  const mathId = useId();
  const [openCard, setOpenCard] = useState<MathCard | null>(null);
  const mathButton = (card: MathCard) => (
    <button
      type="button"
      className="card__math"
      aria-expanded={openCard === card}
      aria-controls={openCard === card ? mathId : undefined}
      onClick={() => setOpenCard(openCard === card ? null : card)}
    >
      {t('insights.math.show')}
    </button>
  );
  const title = (card: MathCard) => t(CARD_TITLES[card] as 'results.baseValue');

  return (
    <>
      <div className="cards">
        {PAIRS.map((pair) => (
          <article className="card" key={pair.key} data-testid={pair.testId}>
            <h3 className="card__title">
              {t(pair.title as 'results.baseValue')}
            </h3>
            {pair.hint && (
              <p className="card__hint">
                {t(pair.hint as 'results.baseValue')}
              </p>
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
            {mathButton(pair.key)}
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
          {mathButton('ltvToCac')}
        </article>

        <article className="card card--small" data-testid="payback">
          <h3 className="card__title">{t('results.payback')}</h3>
          <p className="card__value">{paybackText(result, t)}</p>
          {mathButton('payback')}
        </article>
      </div>
      {openCard && (
        <CardMath
          id={mathId}
          card={openCard}
          title={title(openCard)}
          onClose={() => setOpenCard(null)}
          input={input}
          result={result}
          figures={figures}
        />
      )}
    </>
  );
}
