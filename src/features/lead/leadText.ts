import type { i18n as I18n, TFunction } from 'i18next';

import { formatMoney, formatRatio } from '../../format/format';
import type { Language } from '../../i18n/languages';
import { paybackOutcome } from '../../model/payback';
import type { HeadlineFigures } from '../results/headline';
import { paybackText } from '../results/payback';
import type { LeadCalculation, LeadPayload } from './leadPayload';

export interface LeadMessage {
  subject: string;
  body: string;
}

type FigureKey = keyof Omit<HeadlineFigures, 'years'>;
const FIGURES: FigureKey[] = [
  'baseValue',
  'portfolioValue',
  'cltvExisting',
  'cltvNew',
];

/**
 * The request as a plain-text message, for an e-mail or the clipboard:
 * one «label: answer» line per given answer, then the headline figures of
 * an attached calculation. It is written in the request's language, so
 * labels and figures agree whatever the page shows now.
 */
export function leadMessage(payload: LeadPayload, i18n: I18n): LeadMessage {
  const t = i18n.getFixedT(payload.language);
  const line = (label: string, value: string | null) =>
    value === null ? [] : [`${label}: ${value}`];
  const body = [
    t('lead.text.title'),
    '',
    ...line(t('lead.text.name'), payload.name),
    ...line(t('lead.text.company'), payload.company),
    ...line(t('lead.text.role'), payload.role),
    ...line(t('lead.text.email'), payload.email),
    ...line(t('lead.text.phone'), payload.phone),
    ...line(
      t('lead.text.teamSize'),
      payload.teamSize && t(`lead.teamSize.${payload.teamSize}`),
    ),
    ...line(t('lead.text.format'), t(`lead.format.${payload.format}`)),
    ...(payload.comment === null
      ? []
      : ['', `${t('lead.text.comment')}:`, payload.comment]),
    ...(payload.calculation
      ? ['', ...calculationLines(payload.calculation, payload.language, t)]
      : []),
    '',
    ...line(t('lead.text.requestId'), payload.requestId),
  ];

  return {
    subject: t('lead.text.subject', { company: payload.company }),
    body: body.join('\n'),
  };
}

function calculationLines(
  { currency, inputs, results }: LeadCalculation,
  language: Language,
  t: TFunction,
): string[] {
  const money = (value: number | null) =>
    value === null
      ? t('results.beyondHorizon')
      : formatMoney(value, currency, language);
  const figureLine = (key: FigureKey) =>
    `${t(`results.${key}`)}: ` +
    results.byHorizon
      .map(
        (h) => `${t('results.years', { count: h.years })} — ${money(h[key])}`,
      )
      .join('; ');
  const horizon = t('results.years', { count: inputs.horizonYears });

  return [
    `${t('lead.text.calculation', { currency, years: horizon })}:`,
    ...FIGURES.map(figureLine),
    `${t('results.ltvToCac')}: ${
      results.ltvToCac === null
        ? t('results.ltvToCacNone')
        : formatRatio(results.ltvToCac, language)
    }`,
    `${t('results.payback')}: ${paybackText(
      paybackOutcome(inputs, results.paybackYear),
      inputs.horizonYears,
      t,
    )}`,
  ];
}

/**
 * A mailto: link that opens the message ready to send. Line breaks are
 * written as CRLF, as RFC 6068 asks. Some mail programs cut very long
 * links; the page therefore also offers the text to copy.
 */
export function mailtoLink(address: string, message: LeadMessage): string {
  const body = message.body.replace(/\n/g, '\r\n');
  return (
    `mailto:${address}?subject=${encodeURIComponent(message.subject)}` +
    `&body=${encodeURIComponent(body)}`
  );
}
