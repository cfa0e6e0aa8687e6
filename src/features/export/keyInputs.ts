import type { TFunction } from 'i18next';

import {
  formatMoney,
  formatNumber,
  formatPercent,
  type Currency,
} from '../../format/format';
import type { Language } from '../../i18n/languages';
import type { CltvInput } from '../../model/cltv';

/** Between the inputs of the line; an image wraps the line only here. */
export const KEY_INPUTS_SEPARATOR = ' · ';

/**
 * One line naming the inputs behind a chart, so that an exported image
 * needs no caption: «клиентов 1 000 · выручка 120 000 ₽ · … · горизонт
 * 5 лет». A per-year figure that varies shows its lowest and highest value;
 * retention is left out when the horizon is one year and has none.
 */
export function keyInputsLine(
  input: CltvInput,
  currency: Currency,
  language: Language,
  t: TFunction,
): string {
  const money = (value: number) => formatMoney(value, currency, language);
  const percent = (fraction: number) => formatPercent(fraction, language);
  const count = (value: number) => formatNumber(value, language);

  const parts = [
    t('export.summary.customers', { value: count(input.existingCustomers) }),
    part(t, 'revenue', span(input.revenuePerCustomer, money)),
    part(t, 'margin', span(input.marginRate, percent)),
    part(t, 'serviceCost', span(input.serviceCostPerCustomer, money)),
    t('export.summary.acquisitionCost', {
      value: money(input.acquisitionCost),
    }),
    part(t, 'retentionExisting', span(input.retentionExisting, percent)),
    part(t, 'retentionNew', span(input.retentionNew, percent)),
    part(t, 'newCustomers', span(input.newCustomers, count)),
    t('export.summary.discountRate', { value: percent(input.discountRate) }),
    t('export.summary.horizon', {
      value: t('results.years', { count: input.horizonYears }),
    }),
  ];
  return parts.filter((text) => text !== null).join(KEY_INPUTS_SEPARATOR);
}

type SpanPart =
  | 'revenue'
  | 'margin'
  | 'serviceCost'
  | 'retentionExisting'
  | 'retentionNew'
  | 'newCustomers';

function part(t: TFunction, key: SpanPart, value: string | null) {
  return value === null ? null : t(`export.summary.${key}`, { value });
}

/** «80 %–85 %», or «80 %» when every year has the same figure. */
function span(
  values: readonly number[],
  format: (value: number) => string,
): string | null {
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}
