import { z } from 'zod/mini';

import { CURRENCIES, type Currency } from '../../format/format';
import {
  parseLocaleNumber,
  typedUnits,
  type ParsedNumber,
  type TypedUnit,
} from '../../format/parseNumber';
import type { Language } from '../../i18n/languages';
import { MAX_CUSTOMERS, MAX_MONEY_PER_CUSTOMER } from '../../model/cltvInput';
import { MAX_HORIZON_YEARS, type CltvInput } from '../../model/cltv';
import { baseBoundIssues } from './baseBound';
import {
  type LIST_NUMBER_FIELDS,
  MARGIN_MAKEUPS,
  NEW_RETENTION_MODES,
  PER_YEAR_MODES,
  type CalculatorFormValues,
  type SCALAR_NUMBER_FIELDS,
} from './formValues';
import { encodeMessage, type FigureKind } from './validationMessage';

function stringList(length: number) {
  return z.array(z.string()).check(z.length(length));
}

/**
 * The shape of the form's values, without reading the figures: what local
 * storage and share links must hold before the form may take them.
 */
export const formValuesShape = z.object({
  currency: z.enum(CURRENCIES),
  /** A choice of the select, so a stored «99» cannot leave it blank. */
  horizonYears: z.enum(
    Array.from({ length: MAX_HORIZON_YEARS }, (_, i) => String(i + 1)) as [
      string,
      ...string[],
    ],
  ),
  existingCustomers: z.string(),
  revenuePerCustomer: z.string(),
  marginPercent: z.string(),
  marginIncludesCosts: z.enum(MARGIN_MAKEUPS),
  serviceCostPerCustomer: z.string(),
  acquisitionCost: z.string(),
  retentionExistingMode: z.enum(PER_YEAR_MODES),
  retentionExistingPercent: z.string(),
  retentionExistingByYear: stringList(MAX_HORIZON_YEARS - 1),
  retentionNewMode: z.enum(NEW_RETENTION_MODES),
  retentionNewFirstYearPercent: z.string(),
  retentionNewLaterPercent: z.string(),
  retentionNewByAge: stringList(MAX_HORIZON_YEARS - 1),
  newCustomersMode: z.enum(PER_YEAR_MODES),
  newCustomersPerYear: z.string(),
  newCustomersByYear: stringList(MAX_HORIZON_YEARS),
  discountRatePercent: z.string(),
}) satisfies z.ZodMiniType<CalculatorFormValues>;

interface NumberRule {
  /** What the figure counts, and so which signs may come with it. */
  unit: FigureKind;
  /** The smallest acceptable figure; 0 when not given. */
  min?: number;
  max: number;
  /** The figure must stay below max (the discount rate). */
  maxExclusive?: boolean;
  integer?: boolean;
  /** Message for a figure outside min..max, instead of «at most max». */
  rangeMessage?: string;
}

const COUNT: NumberRule = {
  unit: 'count',
  max: MAX_CUSTOMERS,
  integer: true,
};
const MONEY: NumberRule = { unit: 'money', max: MAX_MONEY_PER_CUSTOMER };
const PERCENT: NumberRule = {
  unit: 'percent',
  max: 100,
  rangeMessage: 'percentRange',
};
const DISCOUNT: NumberRule = {
  unit: 'percent',
  max: 100,
  maxExclusive: true,
  rangeMessage: 'discountRange',
};
const HORIZON: NumberRule = {
  unit: 'count',
  min: 1,
  max: MAX_HORIZON_YEARS,
  integer: true,
  rangeMessage: 'horizonRange',
};

/** The form's fields that hold typed figures. */
export type NumberField =
  | 'horizonYears'
  | (typeof SCALAR_NUMBER_FIELDS)[number]
  | (typeof LIST_NUMBER_FIELDS)[number];

/** The rule each figure of the form is read by. */
const FIELD_RULES: Record<NumberField, NumberRule> = {
  horizonYears: HORIZON,
  existingCustomers: COUNT,
  revenuePerCustomer: MONEY,
  marginPercent: PERCENT,
  serviceCostPerCustomer: MONEY,
  acquisitionCost: MONEY,
  retentionExistingPercent: PERCENT,
  retentionExistingByYear: PERCENT,
  retentionNewFirstYearPercent: PERCENT,
  retentionNewLaterPercent: PERCENT,
  retentionNewByAge: PERCENT,
  newCustomersPerYear: COUNT,
  newCustomersByYear: COUNT,
  discountRatePercent: DISCOUNT,
};

/**
 * The message key for a typed figure, or null when it is acceptable. The
 * bound of a sum is given in the form's currency.
 */
function checkNumber(
  value: number,
  rule: NumberRule,
  currency: Currency,
): string | null {
  const tooLarge = encodeMessage('tooLarge', {
    max: rule.max,
    ...(rule.unit === 'money' && { currency }),
  });
  if (!Number.isFinite(value)) return tooLarge;
  if (value < (rule.min ?? 0)) return rule.rangeMessage ?? 'negative';

  const isAboveMax = rule.maxExclusive ? value >= rule.max : value > rule.max;
  if (isAboveMax) return rule.rangeMessage ?? tooLarge;
  if (rule.integer && !Number.isInteger(value)) return 'notWhole';
  return null;
}

/**
 * The message for a sign the field does not take, or null when it fits:
 * money takes the chosen currency's sign only, percent the «%» only, and
 * a count of customers no sign at all. A sign is never read past
 * silently: «€ 5 000» in a rouble form is not 5 000 ₽.
 */
function checkUnit(
  unit: TypedUnit,
  rule: NumberRule,
  currency: Currency,
): string | null {
  if (rule.unit === 'count') return 'unitInCount';
  if (rule.unit === 'percent') {
    return unit === 'percent' ? null : 'currencyInPercent';
  }
  if (unit === 'percent') return 'percentInMoney';
  return unit === currency
    ? null
    : encodeMessage('otherCurrency', { currency });
}

/**
 * The message for a text that reads as no number: why, when the parser
 * knows, with the figure meant when the digit groups were wrong; else «not
 * a number» with an example of the field's kind of figure.
 */
function refusalMessage(
  parsed: Extract<ParsedNumber, { kind: 'invalid' }>,
  rule: NumberRule,
): string {
  if (parsed.reason === 'digitGroups') {
    return encodeMessage('digitGroups', { meant: parsed.meant });
  }
  return parsed.reason ?? encodeMessage('notANumber', { exampleOf: rule.unit });
}

/** The message for the first typed sign the rule refuses, or null. */
function checkUnits(
  text: string,
  rule: NumberRule,
  currency: Currency,
): string | null {
  const messages = typedUnits(text).map((unit) =>
    checkUnit(unit, rule, currency),
  );
  return messages.find((message) => message !== null) ?? null;
}

/**
 * True when the signs typed with a figure fit its field in a form of the
 * given currency, by the rule the form reads it with: «5 000 ₽» fits a
 * sum in roubles, «€ 5 000» does not, and nor does «40 ₽» a percentage.
 */
export function fitsSigns(
  field: NumberField,
  text: string,
  currency: Currency,
): boolean {
  return checkUnits(text, FIELD_RULES[field], currency) === null;
}

/** The fields the peak customers of the base add up. */
export const COUNT_FIELDS = [
  'existingCustomers',
  'newCustomersPerYear',
  'newCustomersByYear',
] as const satisfies readonly NumberField[];

type Path = [NumberField] | [NumberField, number];

/**
 * Reads typed figures into numbers by their fields' rules, recording a
 * message for every field that does not hold an acceptable one.
 */
class FieldReader {
  readonly issues: { path: Path; message: string }[] = [];

  constructor(
    private readonly language: Language,
    private readonly currency: Currency,
  ) {}

  read(text: string, path: Path): number {
    const rule = FIELD_RULES[path[0]];
    const parsed = parseLocaleNumber(text, this.language);
    const message =
      parsed.kind === 'empty'
        ? 'required'
        : (checkUnits(text, rule, this.currency) ??
          (parsed.kind === 'invalid'
            ? refusalMessage(parsed, rule)
            : checkNumber(parsed.value, rule, this.currency)));

    if (message) this.issues.push({ path, message });
    return parsed.kind === 'number' ? parsed.value : 0;
  }

  /** A typed percentage as a fraction: 40 → 0.4. */
  fraction(text: string, path: Path): number {
    return this.read(text, path) / 100;
  }

  /**
   * Adds the base's bound to the sums per customer that read well, once
   * the customer counts do: it is theirs times the peak customers.
   */
  checkBase(input: CltvInput) {
    const hasIssue = (field: string) =>
      this.issues.some((issue) => issue.path[0] === field);
    if (COUNT_FIELDS.some(hasIssue)) return;

    const issues = baseBoundIssues(input, this.currency);
    this.issues.push(...issues.filter((issue) => !hasIssue(issue.path[0])));
  }

  list(
    key: (typeof LIST_NUMBER_FIELDS)[number],
    texts: readonly string[],
    length: number,
  ): number[] {
    return texts.slice(0, length).map((text, i) => this.read(text, [key, i]));
  }
}

function repeat(value: number, length: number): number[] {
  return Array.from({ length }, () => value);
}

/** Converts the form's text to engine input, collecting field messages. */
export function readCltvInput(
  values: CalculatorFormValues,
  language: Language,
): { input: CltvInput | null; issues: FieldReader['issues'] } {
  const { input, reader } = readFigures(values, language);
  reader.checkBase(input);

  return {
    input: reader.issues.length === 0 ? input : null,
    issues: reader.issues,
  };
}

/**
 * The messages of the figures the form reads, each by its own rule,
 * without the bound the base puts on the sums per customer: that one
 * depends on the horizon and the customers, so a share link checks the
 * fields its modes hide this way and the base only as the form stands.
 */
export function fieldIssues(
  values: CalculatorFormValues,
  language: Language,
): FieldReader['issues'] {
  return readFigures(values, language).reader.issues;
}

function readFigures(values: CalculatorFormValues, language: Language) {
  const reader = new FieldReader(language, values.currency);
  const h = reader.read(values.horizonYears, ['horizonYears']);
  const horizon = Math.min(Math.max(Math.round(h), 1), MAX_HORIZON_YEARS);
  const revenue = reader.read(values.revenuePerCustomer, [
    'revenuePerCustomer',
  ]);
  const margin = reader.fraction(values.marginPercent, ['marginPercent']);
  const serviceCost = reader.read(values.serviceCostPerCustomer, [
    'serviceCostPerCustomer',
  ]);

  const input: CltvInput = {
    horizonYears: horizon,
    existingCustomers: reader.read(values.existingCustomers, [
      'existingCustomers',
    ]),
    revenuePerCustomer: repeat(revenue, horizon),
    marginRate: repeat(margin, horizon),
    serviceCostPerCustomer: repeat(serviceCost, horizon),
    acquisitionCost: reader.read(values.acquisitionCost, ['acquisitionCost']),
    discountRate: reader.fraction(values.discountRatePercent, [
      'discountRatePercent',
    ]),
    retentionExisting: readRetentionExisting(values, horizon, reader),
    retentionNew: readRetentionNew(values, horizon, reader),
    newCustomers: readNewCustomers(values, horizon, reader),
  };
  return { input, reader };
}

function readRetentionExisting(
  values: CalculatorFormValues,
  horizon: number,
  reader: FieldReader,
): number[] {
  if (values.retentionExistingMode === 'perYear') {
    return reader
      .list(
        'retentionExistingByYear',
        values.retentionExistingByYear,
        horizon - 1,
      )
      .map((p) => p / 100);
  }
  const rate = reader.fraction(values.retentionExistingPercent, [
    'retentionExistingPercent',
  ]);
  return repeat(rate, horizon - 1);
}

function readRetentionNew(
  values: CalculatorFormValues,
  horizon: number,
  reader: FieldReader,
): number[] {
  if (values.retentionNewMode === 'perAge') {
    return reader
      .list('retentionNewByAge', values.retentionNewByAge, horizon - 1)
      .map((p) => p / 100);
  }
  const first = reader.fraction(values.retentionNewFirstYearPercent, [
    'retentionNewFirstYearPercent',
  ]);
  const later = reader.fraction(values.retentionNewLaterPercent, [
    'retentionNewLaterPercent',
  ]);
  return repeat(later, horizon - 1).map((rate, age) =>
    age === 0 ? first : rate,
  );
}

function readNewCustomers(
  values: CalculatorFormValues,
  horizon: number,
  reader: FieldReader,
): number[] {
  if (values.newCustomersMode === 'perYear') {
    return reader.list(
      'newCustomersByYear',
      values.newCustomersByYear,
      horizon,
    );
  }
  return repeat(
    reader.read(values.newCustomersPerYear, ['newCustomersPerYear']),
    horizon,
  );
}

type CalculatorSchema = z.ZodMiniType<CltvInput, CalculatorFormValues>;

const schemas = new Map<Language, CalculatorSchema>();

/**
 * The form's zod schema for a language: checks the shape, reads every
 * typed figure and yields engine input, or one issue per bad field with a
 * message key (see validationMessage.ts) for the page to translate.
 */
export function calculatorSchema(language: Language): CalculatorSchema {
  let schema = schemas.get(language);
  if (!schema) {
    schema = z.pipe(
      formValuesShape,
      z.transform((values, ctx) => {
        const { input, issues } = readCltvInput(values, language);
        for (const { path, message } of issues) {
          ctx.issues.push({ code: 'custom', path, message, input: values });
        }
        return input ?? z.NEVER;
      }),
    );
    schemas.set(language, schema);
  }
  return schema;
}

/**
 * True when two forms, both without mistakes, give the engine the same
 * figures in the same currency, however the figures were typed and
 * whatever the fields their modes hide hold.
 */
export function calculatesTheSame(
  a: CalculatorFormValues,
  b: CalculatorFormValues,
  language: Language,
): boolean {
  const inputA = readCltvInput(a, language).input;
  const inputB = readCltvInput(b, language).input;
  if (!inputA || !inputB || a.currency !== b.currency) return false;
  return JSON.stringify(inputA) === JSON.stringify(inputB);
}
