// The working's styles come with the cards, whose «Как посчитано» buttons
// they style too: the working itself is a chunk loaded on the first click.
import './cardMath.css';

import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { CltvInput, CltvResult } from '../../model/cltv';
import { lazySection } from '../../app/lazySection';
import type { MathCard } from './CardMath';
import {
  cardHorizons,
  headlineFigures,
  type HeadlineFigures,
} from './headline';
import { paybackOutcome } from '../../model/payback';
import { paybackNote, paybackText } from './payback';
import type { Figures } from './useFigures';

export interface ResultCardsProps {
  input: CltvInput;
  result: CltvResult;
  figures: Figures;
}

// Loaded on the first click that opens a card's working.
const CardMath = lazySection(
  () => import('./cardMathSection'),
  'math math--loading',
);

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

interface MathButtonProps {
  card: MathCard;
  openCard: MathCard | null;
  mathId: string;
  onToggle: (card: MathCard) => void;
}

/** Opens the card's working below the cards, or closes it again. */
function MathButton({ card, openCard, mathId, onToggle }: MathButtonProps) {
  const { t } = useTranslation();
  const isOpen = openCard === card;
  // Six buttons read the same; the name says which card each one opens.
  const title = t(CARD_TITLES[card] as 'results.baseValue');

  return (
    <button
      type="button"
      className="card__math"
      aria-label={t('insights.math.showFor', { title })}
      aria-expanded={isOpen}
      aria-controls={isOpen ? mathId : undefined}
      onClick={() => onToggle(card)}
    >
      {t('insights.math.show')}
    </button>
  );
}

interface PairCardProps {
  pair: (typeof PAIRS)[number];
  headline: HeadlineFigures[];
  figures: Figures;
  children: ReactNode;
}

/** A card with one figure for each reported horizon. */
function PairCard({ pair, headline, figures, children }: PairCardProps) {
  const { t } = useTranslation();

  return (
    <article className="card" data-testid={pair.testId}>
      <h3 className="card__title">{t(pair.title as 'results.baseValue')}</h3>
      {pair.hint && (
        <p className="card__hint">{t(pair.hint as 'results.baseValue')}</p>
      )}
      <dl className="card__pair">
        {headline.map((row) => (
          <div key={row.years} data-years={row.years}>
            <dt>{t('results.years', { count: row.years })}</dt>
            <dd>
              {row[pair.key] === null ? (
                <span className="card__na">{t('results.beyondHorizon')}</span>
              ) : (
                figures.money(row[pair.key]!)
              )}
            </dd>
          </div>
        ))}
      </dl>
      {children}
    </article>
  );
}

interface PaybackCardProps {
  input: CltvInput;
  result: CltvResult;
  children: ReactNode;
}

/** The payback year, or why there is none to name. */
function PaybackCard({ input, result, children }: PaybackCardProps) {
  const { t } = useTranslation();
  const outcome = paybackOutcome(input, result.paybackYear);
  const horizon = result.years.length;
  const note = paybackNote(outcome, horizon, t);

  return (
    <article className="card card--small" data-testid="payback">
      <h3 className="card__title">{t('results.payback')}</h3>
      <p className="card__value">{paybackText(outcome, horizon, t)}</p>
      {note && <p className="card__hint">{note}</p>}
      {children}
    </article>
  );
}

/**
 * The headline figures, each at 3 and 5 years (and the horizon). Every card can open its
 * working below the cards, one card at a time.
 */
export function ResultCards({ input, result, figures }: ResultCardsProps) {
  const { t } = useTranslation();
  const headline = headlineFigures(result, cardHorizons(result.years.length));
  const horizon = result.years.length;
  const mathId = useId();
  const [openCard, setOpenCard] = useState<MathCard | null>(null);
  const toggle = (card: MathCard) =>
    setOpenCard(openCard === card ? null : card);
  const button = (card: MathCard) => (
    <MathButton
      card={card}
      openCard={openCard}
      mathId={mathId}
      onToggle={toggle}
    />
  );

  return (
    <>
      <div className="cards">
        {PAIRS.map((pair) => (
          <PairCard
            key={pair.key}
            pair={pair}
            headline={headline}
            figures={figures}
          >
            {button(pair.key)}
          </PairCard>
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
          {button('ltvToCac')}
        </article>

        <PaybackCard input={input} result={result}>
          {button('payback')}
        </PaybackCard>
      </div>
      {openCard && (
        <CardMath
          id={mathId}
          card={openCard}
          title={t(CARD_TITLES[openCard] as 'results.baseValue')}
          onClose={() => setOpenCard(null)}
          input={input}
          result={result}
          figures={figures}
        />
      )}
    </>
  );
}
