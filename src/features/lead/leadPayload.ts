import { z } from 'zod/mini';

import { CURRENCIES, type Currency } from '../../format/format';
import { LANGUAGES, type Language } from '../../i18n/languages';
import {
  cltvInputSchema,
  type CltvInput,
  type CltvResult,
} from '../../model/cltv';
import { headlineFigures } from '../results/headline';
import type { LeadDetails } from './leadSchema';
import { LEAD_LIMITS, MASTERCLASS_FORMATS, TEAM_SIZES } from './leadValues';

/** A calculation as the page holds it: engine input and its result. */
export interface CalculationSnapshot {
  input: CltvInput;
  result: CltvResult;
}

// z.number() refuses NaN and ±Infinity by itself.
const money = z.nullable(z.number());
const wholeNumber = z.number().check(z.int());
const text = (maxLength: number) =>
  z.string().check(z.minLength(1), z.maxLength(maxLength));

/**
 * The JSON body the page posts to VITE_LEAD_ENDPOINT: the contract the
 * README describes. Absent answers are null, never missing. Money is in
 * the calculation's currency, unrounded; rates are fractions.
 */
export const leadPayloadSchema = z.object({
  version: z.literal(1),
  /** The same for every attempt to send one request: drop repeats by it. */
  requestId: z.uuid(),
  language: z.enum(LANGUAGES),
  name: text(LEAD_LIMITS.name),
  company: text(LEAD_LIMITS.company),
  role: z.nullable(z.string().check(z.maxLength(LEAD_LIMITS.role))),
  email: z.email(),
  /** E.164: «+» and up to 15 digits. */
  phone: z.nullable(z.string().check(z.regex(/^\+[1-9]\d{6,14}$/))),
  teamSize: z.nullable(z.enum(TEAM_SIZES)),
  format: z.enum(MASTERCLASS_FORMATS),
  comment: z.nullable(z.string().check(z.maxLength(LEAD_LIMITS.comment))),
  /** The visitor agreed to the processing of their personal data. */
  consent: z.literal(true),
  calculation: z.nullable(
    z.object({
      currency: z.enum(CURRENCIES),
      inputs: cltvInputSchema,
      results: z.object({
        byHorizon: z.array(
          z.object({
            years: wholeNumber,
            baseValue: money,
            portfolioValue: money,
            cltvExisting: money,
            cltvNew: money,
          }),
        ),
        ltvToCac: money,
        paybackYear: z.nullable(wholeNumber),
      }),
    }),
  ),
});

export type LeadPayload = z.infer<typeof leadPayloadSchema>;
export type LeadCalculation = NonNullable<LeadPayload['calculation']>;

/** The calculation as it travels: inputs and the headline results. */
export function leadCalculation(
  { input, result }: CalculationSnapshot,
  currency: Currency,
): LeadCalculation {
  return {
    currency,
    inputs: input,
    results: {
      byHorizon: headlineFigures(result),
      ltvToCac: result.ltvToCac,
      paybackYear: result.paybackYear,
    },
  };
}

export interface LeadContext {
  requestId: string;
  language: Language;
  /** The calculation on the page, sent when the visitor attaches it. */
  calculation: LeadCalculation | null;
}

/** The request's body, ready to send. */
export function buildLeadPayload(
  { attachCalculation, ...details }: LeadDetails,
  { requestId, language, calculation }: LeadContext,
): LeadPayload {
  return {
    version: 1,
    requestId,
    language,
    ...details,
    consent: true,
    calculation: attachCalculation ? calculation : null,
  };
}

/** JSON with object keys sorted, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : item,
  );
}

/**
 * True when two requests say the same, whatever their ids: sending the
 * same again is a retry and keeps the id; a changed request is new.
 */
export function isSameRequest(a: LeadPayload, b: LeadPayload): boolean {
  return (
    canonicalJson({ ...a, requestId: '' }) ===
    canonicalJson({ ...b, requestId: '' })
  );
}

/**
 * A random (version 4) UUID. crypto.randomUUID exists only in secure
 * contexts (https, localhost); a page served over plain http builds one
 * from crypto.getRandomValues.
 */
export function newRequestId(
  random: Pick<Crypto, 'getRandomValues'> &
    Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  if (random.randomUUID) return random.randomUUID();

  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'));
  return [
    hex.slice(0, 4),
    hex.slice(4, 6),
    hex.slice(6, 8),
    hex.slice(8, 10),
    hex.slice(10),
  ]
    .map((group) => group.join(''))
    .join('-');
}
