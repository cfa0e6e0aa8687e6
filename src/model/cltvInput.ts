import { en } from 'zod/locales';
import { z } from 'zod/mini';

/*
 * zod/mini, not classic zod: the same checks in a fraction of the bytes,
 * and the page loads the engine before it can be used. Unlike classic zod,
 * zod/mini sets no message locale of its own; English keeps the messages
 * of CltvInputError as classic zod words them.
 */
z.config(en());

/** The longest horizon the model accepts, in years. */
export const MAX_HORIZON_YEARS = 10;

/**
 * Upper bounds that keep every product of the model far below
 * Number.MAX_VALUE (1e9 customers × 1e12 per customer × 10 years = 1e22),
 * so a result can never overflow to Infinity.
 */
export const MAX_CUSTOMERS = 1e9;
export const MAX_MONEY_PER_CUSTOMER = 1e12;

// z.number() refuses NaN and ±Infinity by itself; z.int() also refuses
// numbers beyond Number.MAX_SAFE_INTEGER.
const money = z.number().check(z.minimum(0), z.maximum(MAX_MONEY_PER_CUSTOMER));
const fraction = z.number().check(z.minimum(0), z.maximum(1));
const customerCount = z.int().check(z.minimum(0), z.maximum(MAX_CUSTOMERS));

function lengthIs(expected: (horizon: number) => number, name: string) {
  return (input: { horizonYears: number }, arrayLength: number) =>
    arrayLength === expected(input.horizonYears)
      ? null
      : `${name} must have ${expected(input.horizonYears)} entries`;
}

const arrayLengths = [
  ['revenuePerCustomer', lengthIs((h) => h, 'revenuePerCustomer')],
  ['marginRate', lengthIs((h) => h, 'marginRate')],
  ['serviceCostPerCustomer', lengthIs((h) => h, 'serviceCostPerCustomer')],
  ['retentionExisting', lengthIs((h) => h - 1, 'retentionExisting')],
  ['retentionNew', lengthIs((h) => h - 1, 'retentionNew')],
  ['newCustomers', lengthIs((h) => h, 'newCustomers')],
] as const;

/**
 * The engine's own input contract. Rates are fractions (0.4 = 40 %),
 * money is per customer per year in one currency, counts are whole
 * customers. Arrays are indexed by year − 1 (retention arrays by the year
 * or age after which the rate applies, so they are one shorter).
 */
export const cltvInputSchema = z
  .object({
    horizonYears: z.int().check(z.minimum(1), z.maximum(MAX_HORIZON_YEARS)),
    existingCustomers: customerCount,
    revenuePerCustomer: z.array(money),
    marginRate: z.array(fraction),
    serviceCostPerCustomer: z.array(money),
    acquisitionCost: money,
    /** Annual discount rate as a fraction; 1 (100 %) and above is refused. */
    discountRate: z.number().check(z.minimum(0), z.lt(1)),
    retentionExisting: z.array(fraction),
    retentionNew: z.array(fraction),
    newCustomers: z.array(customerCount),
  })
  .check(
    z.superRefine((input, ctx) => {
      for (const [key, check] of arrayLengths) {
        const message = check(input, input[key].length);
        if (message) ctx.addIssue({ code: 'custom', path: [key], message });
      }
    }),
  );

export type CltvInput = z.infer<typeof cltvInputSchema>;

export interface CltvInputIssue {
  path: string;
  message: string;
}

/** Thrown by the engine for input that {@link cltvInputSchema} rejects. */
export class CltvInputError extends Error {
  readonly issues: readonly CltvInputIssue[];

  constructor(issues: readonly CltvInputIssue[]) {
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    super(`Invalid CLTV input: ${summary}`);
    this.name = 'CltvInputError';
    this.issues = issues;
  }
}

/** Validates engine input, throwing {@link CltvInputError} when invalid. */
export function assertCltvInput(input: unknown): CltvInput {
  const parsed = cltvInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;

  throw new CltvInputError(
    parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    })),
  );
}
