import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import {
  existingCustomerTerms,
  newCustomerTerms,
  portfolioYearTerms,
} from '../../model/breakdown';
import type { CltvInput, CltvResult } from '../../model/cltv';
import { REPORTED_HORIZONS, throughYear } from './headline';
import { MathTable } from './MathTable';
import { paybackOutcome } from '../../model/payback';
import { paybackYearText } from './payback';
import { TimingNote } from './TimingNote';
import type { Figures } from './useFigures';

export const MATH_CARDS = [
  'baseValue',
  'portfolioValue',
  'cltvExisting',
  'cltvNew',
  'ltvToCac',
  'payback',
] as const;
export type MathCard = (typeof MATH_CARDS)[number];

export interface SheetProps {
  input: CltvInput;
  result: CltvResult;
  figures: Figures;
}

/** The years the sheets list: those of the cards, 1..min(H, 5). */
function listedYears(result: CltvResult): number {
  return Math.min(result.years.length, Math.max(...REPORTED_HORIZONS));
}

/** The reported horizons that lie within H. */
function reportedYears(result: CltvResult): number[] {
  return REPORTED_HORIZONS.filter((years) => years <= result.years.length);
}

/** «E_5 over 5 years = 80 010 ₽», the figure as the card shows it. */
function ResultLine(props: { years: number; label: string; value: string }) {
  return (
    <p className="math__result" data-years={props.years}>
      {props.label} <strong className="math__value">{props.value}</strong>
    </p>
  );
}

interface ResultLinesProps {
  symbol: string;
  values: readonly number[];
  result: CltvResult;
  figures: Figures;
}

/** One line for each reported horizon: «E_3 over 3 years = …». */
function ResultLines({ symbol, values, result, figures }: ResultLinesProps) {
  const { t } = useTranslation();
  return reportedYears(result).map((years) => (
    <ResultLine
      key={years}
      years={years}
      label={t('insights.math.resultLine', {
        symbol: `${symbol}_${years}`,
        years: t('results.years', { count: years }),
      })}
      value={figures.money(throughYear(values, years)!)}
    />
  ));
}

function NetMarginLine({ input, figures }: Omit<SheetProps, 'result'>) {
  const { t } = useTranslation();
  const revenue = input.revenuePerCustomer[0]!;
  const cost = input.serviceCostPerCustomer[0]!;
  const margin = input.marginRate[0]!;

  return (
    <p>
      {t('insights.math.net', {
        revenue: figures.money(revenue),
        margin: figures.percent(margin),
        cost: figures.money(cost),
        net: figures.money(revenue * margin - cost),
        discount: figures.percent(input.discountRate),
      })}
    </p>
  );
}

/** The two CLTV cards differ only in the survival curve and AC. */
const CUSTOMER_SHEETS = {
  existing: {
    formula: 'insights.math.existingFormula',
    survival: 'insights.math.survivalExisting',
    cumulative: 'insights.math.cumulativeExisting',
    symbol: 'E',
    terms: existingCustomerTerms,
    totals: (result: CltvResult) => result.cltvExisting,
  },
  new: {
    formula: 'insights.math.newFormula',
    survival: 'insights.math.survivalNew',
    cumulative: 'insights.math.cumulativeNew',
    symbol: 'N',
    terms: newCustomerTerms,
    totals: (result: CltvResult) => result.cltvNew,
  },
} as const;

/** N_T starts from −AC, paid at the start of year 1. */
function acquisitionRow(input: CltvInput, figures: Figures, label: string) {
  const ac = -input.acquisitionCost;
  return {
    key: 0,
    cells: [label, '', '', '', figures.exactMoney(ac), figures.money(ac)],
  };
}

interface CustomerSheetProps extends SheetProps {
  kind: keyof typeof CUSTOMER_SHEETS;
  children?: ReactNode;
}

function CustomerSheet(props: CustomerSheetProps) {
  const { kind, input, result, figures, children } = props;
  const { t } = useTranslation();
  const sheet = CUSTOMER_SHEETS[kind];
  const totals = sheet.totals(result);
  const terms = sheet.terms(input).slice(0, listedYears(result));
  const rows = terms.map((term, i) => ({
    key: term.year,
    cells: [
      String(term.year),
      figures.factor(term.survival),
      figures.money(term.netMargin),
      figures.factor(term.discountFactor),
      figures.exactMoney(term.presentValue),
      figures.money(totals[i]!),
    ],
  }));
  const leading =
    kind === 'new'
      ? [acquisitionRow(input, figures, t('insights.math.acquisitionRow'))]
      : [];

  return (
    <>
      <p>{t(sheet.formula)}</p>
      <NetMarginLine input={input} figures={figures} />
      <MathTable
        label={t('insights.math.byYear')}
        columns={[
          t('insights.math.year'),
          t(sheet.survival),
          t('insights.math.netMargin'),
          t('insights.math.discountFactor'),
          t('insights.math.term'),
          t(sheet.cumulative),
        ]}
        rows={[...leading, ...rows]}
      />
      <ResultLines
        symbol={sheet.symbol}
        values={totals}
        result={result}
        figures={figures}
      />
      {children}
    </>
  );
}

function CltvExistingSheet(props: SheetProps) {
  return (
    <CustomerSheet kind="existing" {...props}>
      <TimingNote {...props} />
    </CustomerSheet>
  );
}

function CltvNewSheet(props: SheetProps) {
  return <CustomerSheet kind="new" {...props} />;
}

function BaseValueSheet({ input, result, figures }: SheetProps) {
  const { t } = useTranslation();

  return (
    <>
      <p>{t('insights.math.baseFormula')}</p>
      {reportedYears(result).map((years) => (
        <ResultLine
          key={years}
          years={years}
          label={t('insights.math.baseLine', {
            years: t('results.years', { count: years }),
            customers: figures.count(input.existingCustomers),
            cltv: figures.exactMoney(result.cltvExisting[years - 1]!),
          })}
          value={figures.money(result.existingBaseValue[years - 1]!)}
        />
      ))}
    </>
  );
}

function PortfolioValueSheet({ input, result, figures }: SheetProps) {
  const { t } = useTranslation();
  const terms = portfolioYearTerms(input, result).slice(0, listedYears(result));

  return (
    <>
      <p>{t('insights.math.portfolioFormula')}</p>
      <MathTable
        label={t('insights.math.byYear')}
        columns={[
          t('insights.math.year'),
          t('insights.math.existingBase'),
          t('insights.math.newCohortsMargin'),
          t('insights.math.acquisition'),
          t('insights.math.yearTotal'),
          t('insights.math.cumulativePortfolio'),
        ]}
        rows={terms.map((term, i) => ({
          key: term.year,
          cells: [
            String(term.year),
            figures.money(term.existingBase),
            figures.money(term.newCohortsMargin),
            figures.money(-term.acquisition),
            figures.money(term.presentValue),
            figures.money(result.portfolioValue[i]!),
          ],
        }))}
      />
      {reportedYears(result).map((years) => (
        <ResultLine
          key={years}
          years={years}
          label={t('insights.math.portfolioLine', {
            years: t('results.years', { count: years }),
            base: figures.money(result.existingBaseValue[years - 1]!),
            cohorts: figures.money(result.newCohortsValue[years - 1]!),
          })}
          value={figures.money(result.portfolioValue[years - 1]!)}
        />
      ))}
    </>
  );
}

function LtvToCacSheet({ input, result, figures }: SheetProps) {
  const { t } = useTranslation();
  const horizon = result.years.length;
  const years = t('results.years', { count: horizon });
  const ac = figures.exactMoney(input.acquisitionCost);

  return (
    <>
      <p>{t('insights.math.ltvFormula', { years })}</p>
      {result.ltvToCac === null ? (
        <p>{t('insights.math.ltvNone')}</p>
      ) : (
        <ResultLine
          years={horizon}
          label={t('insights.math.ltvLine', {
            cltv: figures.exactMoney(result.cltvNew.at(-1)!),
            ac,
          })}
          value={figures.ratio(result.ltvToCac)}
        />
      )}
    </>
  );
}

function PaybackSheet({ input, result, figures }: SheetProps) {
  const { t } = useTranslation();
  const horizon = result.years.length;
  const outcome = paybackOutcome(input, result.paybackYear);

  return (
    <>
      <p>{t('insights.math.paybackFormula')}</p>
      <MathTable
        label={t('insights.math.byYear')}
        columns={[t('insights.math.year'), t('insights.math.cumulativeNew')]}
        rows={result.cltvNew.map((value, i) => ({
          key: i + 1,
          cells: [String(i + 1), figures.money(value)],
        }))}
      />
      {outcome.kind === 'nothingToPayBack' ? (
        <p>{t('insights.math.paybackNone')}</p>
      ) : (
        <ResultLine
          years={horizon}
          label={t('insights.math.paybackLine')}
          value={paybackYearText(outcome, horizon, t)}
        />
      )}
    </>
  );
}

const SHEETS: Record<MathCard, (props: SheetProps) => ReactNode> = {
  baseValue: BaseValueSheet,
  portfolioValue: PortfolioValueSheet,
  cltvExisting: CltvExistingSheet,
  cltvNew: CltvNewSheet,
  ltvToCac: LtvToCacSheet,
  payback: PaybackSheet,
};

export interface CardMathProps extends SheetProps {
  id: string;
  card: MathCard;
  title: string;
  onClose: () => void;
}

/** The working behind one card, with the visitor's own figures. */
export function CardMath({
  id,
  card,
  title,
  onClose,
  ...sheet
}: CardMathProps) {
  const { t } = useTranslation();
  const Sheet = SHEETS[card];

  return (
    <section
      className="math"
      id={id}
      aria-labelledby={`${id}-heading`}
      data-testid="card-math"
    >
      <div className="math__header">
        <h3 id={`${id}-heading`}>{t('insights.math.heading', { title })}</h3>
        <button
          type="button"
          className="button button--quiet"
          onClick={onClose}
        >
          {t('insights.math.close')}
        </button>
      </div>
      <Sheet {...sheet} />
      <p className="insights__note">{t('insights.math.rounding')}</p>
    </section>
  );
}
