import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Currency } from '../../format/format';
import type { Lever, Sensitivity } from '../../model/sensitivity';
import type { Figures } from '../results/useFigures';
import {
  sensitivityHeadline,
  type SensitivityHeadline,
} from './sensitivityHeadline';
import { TornadoSlot } from './TornadoSlot';

export interface SensitivityViewProps {
  sensitivity: Sensitivity;
  figures: Figures;
  currency: Currency;
}

/** The levers of the portfolio value: a headline, a tornado, a table. */
export function SensitivityView({
  sensitivity,
  figures,
  currency,
}: SensitivityViewProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const years = t('results.years', { count: sensitivity.years });
  const lever = (id: Lever) => t(`insights.sensitivity.levers.${id}`);
  const rows = useMemo(
    () =>
      sensitivity.effects.map((effect) => ({
        lever: effect.lever,
        label: t(`insights.sensitivity.shortLevers.${effect.lever}`),
        change: effect.change,
      })),
    [sensitivity, t],
  );

  return (
    <section className="insights__part" aria-labelledby="sensitivity-heading">
      <h3 id="sensitivity-heading">{t('insights.sensitivity.heading')}</h3>
      <p className="sensitivity__headline" data-testid="sensitivity-headline">
        {headlineText(sensitivityHeadline(sensitivity), years, figures, t)}
      </p>
      <p className="insights__note">
        {t('insights.sensitivity.intro', {
          years,
          value: figures.money(sensitivity.portfolioValue),
        })}
      </p>
      <TornadoSlot rows={rows} figures={figures} />
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby={captionId}
      >
        <table className="figure-table" data-testid="sensitivity-table">
          <caption id={captionId}>
            {t('insights.sensitivity.caption', { years, currency })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.sensitivity.lever')}</th>
              <th scope="col">{t('insights.sensitivity.change')}</th>
              <th scope="col">{t('insights.sensitivity.relativeChange')}</th>
            </tr>
          </thead>
          <tbody>
            {sensitivity.effects.map((effect) => (
              <tr key={effect.lever} data-lever={effect.lever}>
                <th scope="row">{lever(effect.lever)}</th>
                <td>{figures.moneyChange(effect.change)}</td>
                <td>
                  {effect.relativeChange === null
                    ? t('insights.sensitivity.noRelativeChange')
                    : figures.percentChange(effect.relativeChange)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function headlineText(
  headline: SensitivityHeadline,
  years: string,
  figures: Figures,
  t: Translate,
): string {
  if (headline.kind === 'none') return t('insights.sensitivity.headlineNone');

  const lever = (id: Lever) => t(`insights.sensitivity.levers.${id}`);
  const strongest = {
    lever: lever(headline.strongest.lever),
    change: figures.compactMoney(headline.strongest.change),
    years,
  };
  switch (headline.kind) {
    case 'alone':
      return t('insights.sensitivity.headlineAlone', strongest);
    case 'tie':
      return t('insights.sensitivity.headlineTie', {
        ...strongest,
        second: lever(headline.second.lever),
      });
    case 'compare':
      return t('insights.sensitivity.headline', {
        ...strongest,
        second: lever(headline.second.lever),
        count: headline.ratio,
        ratio: figures.decimal(headline.ratio),
      });
  }
}
