import { CURRENCIES, formatForInput } from '../../format/format';
import { parseLocaleNumber } from '../../format/parseNumber';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  type Language,
} from '../../i18n/languages';
import { MAX_HORIZON_YEARS } from '../../model/cltv';
import {
  calculatesTheSame,
  COUNT_FIELDS,
  fieldIssues,
  fitsSigns,
  readCltvInput,
  type NumberField,
} from '../calculator/formSchema';
import {
  defaultFormValues,
  LIST_NUMBER_FIELDS,
  MARGIN_MAKEUPS,
  NEW_RETENTION_MODES,
  PER_YEAR_MODES,
  SCALAR_NUMBER_FIELDS,
  type CalculatorFormValues,
} from '../calculator/formValues';
import type { Calculation } from '../calculator/useCalculator';
import { MAX_SCENARIO_NAME_LENGTH } from '../scenarios/scenarioStore';

/** Written into every link; a link of another version is not read. */
export const SHARE_LINK_VERSION = '1';

/** A full link is about 300 characters; anything far longer is not ours. */
export const MAX_SHARE_HASH_LENGTH = 2000;

/** The parameter name of each form field in the link, kept short. */
export const LINK_PARAMS = {
  currency: 'cur',
  horizonYears: 'h',
  existingCustomers: 'n0',
  revenuePerCustomer: 'rev',
  marginPercent: 'm',
  marginIncludesCosts: 'mc',
  serviceCostPerCustomer: 'c',
  acquisitionCost: 'ac',
  retentionExistingMode: 'rem',
  retentionExistingPercent: 're',
  retentionExistingByYear: 'rey',
  retentionNewMode: 'rnm',
  retentionNewFirstYearPercent: 'rn1',
  retentionNewLaterPercent: 'rnl',
  retentionNewByAge: 'rna',
  newCustomersMode: 'nm',
  newCustomersPerYear: 'n',
  newCustomersByYear: 'ny',
  discountRatePercent: 'd',
} as const satisfies Record<keyof CalculatorFormValues, string>;

type FormField = keyof CalculatorFormValues;

/**
 * What a link can hold; «link» stands for the link as a whole, «scenario»
 * for the compared scenario it may carry.
 */
export type LinkPart = 'link' | 'language' | FormField | 'scenario';

const PART_ORDER: readonly LinkPart[] = [
  'link',
  'language',
  ...(Object.keys(LINK_PARAMS) as FormField[]),
  'scenario',
];

/**
 * A saved scenario the link compares the form with: its name and its
 * form, typed in the same language as the form itself.
 */
export interface LinkedScenario {
  name: string;
  values: CalculatorFormValues;
}

/** A saved scenario compared with the form, which links and exports carry. */
export interface ComparedExport extends LinkedScenario {
  /** Its figures; null when it has mistakes, and then it is not carried. */
  calculation: Calculation | null;
}

/** What a link carries of the compared scenario: only one that calculates. */
export function linkedScenario(
  compared: ComparedExport | null | undefined,
): LinkedScenario | null {
  return compared?.calculation
    ? { name: compared.name, values: compared.values }
    : null;
}

/** The compared scenario's name; its fields carry the prefix before theirs. */
const SCENARIO_NAME_PARAM = 's';
const SCENARIO_PREFIX = 's.';

const CHOICES = {
  currency: CURRENCIES,
  marginIncludesCosts: MARGIN_MAKEUPS,
  retentionExistingMode: PER_YEAR_MODES,
  retentionNewMode: NEW_RETENTION_MODES,
  newCustomersMode: PER_YEAR_MODES,
} as const;
type ChoiceField = keyof typeof CHOICES;

const FIGURE_FIELDS = ['horizonYears', ...SCALAR_NUMBER_FIELDS] as const;
type FigureField = (typeof FIGURE_FIELDS)[number];
type ListField = (typeof LIST_NUMBER_FIELDS)[number];

/** A figure in the link: plain digits, a point, an optional minus. */
const LINK_FIGURE = /^-?\d{1,15}(\.\d{1,12})?$/;
const LIST_SEPARATOR = ',';

/**
 * The form's state as a URL fragment: «#v=1&lang=ru&cur=RUB&h=5&n0=1000
 * &rey=80,82,84,…». Figures are written language-neutral (digits and a
 * point), so a link reads the same in either language and a language
 * switch changes only «lang». A figure that does not read, or comes with
 * a sign its field refuses («€ 5 000» in a rouble form), is left out, so
 * the link never claims a value the form does not have. The fragment is
 * not sent to the server, so the figures stay in the browser.
 *
 * A compared scenario follows the form: «&s=Сценарий%20A&s.cur=RUB&s.h=5
 * …», its name and then its fields under the same keys with «s.» before
 * them. It is left out when the link would grow past
 * MAX_SHARE_HASH_LENGTH, so that the form itself always travels.
 */
export function encodeShareHash(
  values: CalculatorFormValues,
  language: Language,
  scenario?: LinkedScenario | null,
): string {
  const form = [
    `v=${SHARE_LINK_VERSION}`,
    `lang=${language}`,
    ...formParams(values, language, ''),
  ];
  const hash = `#${form.join('&')}`;
  if (!scenario) return hash;

  const withScenario = [
    hash,
    `${SCENARIO_NAME_PARAM}=${encodeURIComponent(scenario.name)}`,
    ...formParams(
      carriedValues(scenario.values, language),
      language,
      SCENARIO_PREFIX,
    ),
  ].join('&');
  return withScenario.length <= MAX_SHARE_HASH_LENGTH ? withScenario : hash;
}

/** «key=value» for every field of a form that has a value to write. */
function formParams(
  values: CalculatorFormValues,
  language: Language,
  prefix: string,
): string[] {
  const params: string[] = [];
  for (const key of Object.keys(LINK_PARAMS) as FormField[]) {
    const text = isChoiceField(key)
      ? values[key]
      : linkFigures(values, key, language);
    if (text !== null) params.push(`${prefix}${LINK_PARAMS[key]}=${text}`);
  }
  return params;
}

/** A field's figures as the link writes them; null for one left out. */
function linkFigures(
  values: CalculatorFormValues,
  key: NumberField,
  language: Language,
): string | null {
  const value = values[key];
  const figure = (text: string) =>
    fitsSigns(key, text, values.currency) ? toLinkFigure(text, language) : null;
  return Array.isArray(value)
    ? value.map((item) => figure(item) ?? '').join(LIST_SEPARATOR)
    : figure(value);
}

/**
 * A scenario's form as a link can carry it whole. A hidden field (one its
 * modes do not read) may hold a typing mistake or a figure out of range,
 * which the recipient's page would replace and so drop the scenario; it
 * is replaced by its default here instead, which changes no figure. When
 * a figure the calculation reads cannot travel (more decimals than a link
 * holds), the values go as they are, and the recipient is told.
 */
function carriedValues(
  values: CalculatorFormValues,
  language: Language,
): CalculatorFormValues {
  const params = new URLSearchParams(
    formParams(values, language, '').join('&'),
  );
  const carried = new LinkReader(params, language).read();
  return calculatesTheSame(carried, values, language) ? carried : values;
}

/** The fragment without the compared scenario: the form's part alone. */
export function withoutScenario(hash: string): string {
  const isScenarioParam = (param: string) =>
    param.startsWith(`${SCENARIO_NAME_PARAM}=`) ||
    param.startsWith(SCENARIO_PREFIX);
  return hash
    .split('&')
    .filter((param) => !isScenarioParam(param))
    .join('&');
}

function toLinkFigure(text: string, language: Language): string | null {
  const parsed = parseLocaleNumber(text, language);
  if (parsed.kind !== 'number') return null;
  const written = String(parsed.value);
  return LINK_FIGURE.test(written) ? written : null;
}

/** The page's address with the form's state in its fragment. */
export function shareUrl(
  href: string,
  values: CalculatorFormValues,
  language: Language,
  scenario?: LinkedScenario | null,
): string {
  const url = new URL(href);
  url.hash = encodeShareHash(values, language, scenario);
  return url.href;
}

/**
 * The address the address bar should show for the form: the share link,
 * except for the defaults in the default language, which keep the bare
 * address so that the page opens prerendered. A fragment that is not a
 * share link (the skip link's «#results») is kept then.
 */
export function addressFor(
  href: string,
  values: CalculatorFormValues,
  language: Language,
  scenario?: LinkedScenario | null,
): string {
  const url = new URL(href);
  const hash = encodeShareHash(values, language, scenario);
  const defaults = defaultFormValues(DEFAULT_LANGUAGE);
  if (hash !== encodeShareHash(defaults, DEFAULT_LANGUAGE)) url.hash = hash;
  else if (isShareHash(url.hash)) url.hash = '';
  return url.href;
}

export interface SharedState {
  language: Language;
  values: CalculatorFormValues;
  /**
   * What the link did not hold or held in a form the page cannot use,
   * replaced by its default; in form order, empty for a clean link.
   */
  ignored: LinkPart[];
  /** The scenario the link compares the form with, when it has one. */
  scenario?: LinkedScenario;
}

/** A fragment that names a place on the page, such as «#results». */
const PAGE_ANCHOR = /^#?[\w-]*$/;

/**
 * True for a fragment meant as a share link, readable or not: anything
 * but no fragment or the name of a place on the page (the skip link's
 * «#results»). «#v=1&…», «#v=1&&&» and a mangled «#%%%%%» all count.
 */
export function isShareHash(hash: string): boolean {
  return !PAGE_ANCHOR.test(hash);
}

/** True when the link holds at least one of the form's fields. */
function hasFormField(params: URLSearchParams): boolean {
  return Object.values(LINK_PARAMS).some((key) => params.has(key));
}

/**
 * Reads a share link's fragment. Returns null when the fragment is not a
 * share link, so the page opens as it would without one. Never throws:
 * every missing, malformed or out-of-range value is replaced by its
 * default and named in `ignored`; a link too long, of another version or
 * with none of the form's fields (garbage such as «#%%%%%») is ignored
 * whole, as «link». Figures come back written for the link's language. A
 * compared scenario is taken only whole: with a bad name or any bad value
 * it is left out and `ignored` names «scenario».
 *
 * @example A full English link with «m=140» opens in English with the
 * margin at its default, «40», and ignored = ['marginPercent'].
 */
export function decodeShareHash(
  hash: string,
  fallbackLanguage: Language,
): SharedState | null {
  if (!isShareHash(hash)) return null;

  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const isReadable =
    hash.length <= MAX_SHARE_HASH_LENGTH &&
    params.get('v') === SHARE_LINK_VERSION &&
    hasFormField(params);
  if (!isReadable) {
    return {
      language: fallbackLanguage,
      values: defaultFormValues(fallbackLanguage),
      ignored: ['link'],
    };
  }

  const linkLanguage = params.get('lang');
  const language = isLanguage(linkLanguage) ? linkLanguage : fallbackLanguage;
  const reader = new LinkReader(params, language);
  if (!isLanguage(linkLanguage)) reader.ignored.add('language');
  const values = reader.read();
  const scenario = readScenario(params, language);
  if (scenario === 'damaged') reader.ignored.add('scenario');

  const shared: SharedState = {
    language,
    values,
    ignored: reader.ignoredInOrder(),
  };
  if (scenario !== null && scenario !== 'damaged') shared.scenario = scenario;
  return shared;
}

/**
 * The compared scenario of a link; null when the link has none, «damaged»
 * when its name or any of its values cannot be used.
 */
function readScenario(
  params: URLSearchParams,
  language: Language,
): LinkedScenario | null | 'damaged' {
  const name = params.get(SCENARIO_NAME_PARAM);
  const hasFields = [...params.keys()].some((key) =>
    key.startsWith(SCENARIO_PREFIX),
  );
  if (name === null && !hasFields) return null;

  const isNameUsable =
    name !== null &&
    name.trim() !== '' &&
    name.length <= MAX_SCENARIO_NAME_LENGTH;
  const reader = new LinkReader(params, language, SCENARIO_PREFIX);
  const values = reader.read();
  if (!isNameUsable || reader.ignored.size > 0) return 'damaged';
  return { name, values };
}

/** The form's layouts that between them read every one of its fields. */
const FIELD_LAYOUTS: Partial<CalculatorFormValues>[] = [
  {
    horizonYears: String(MAX_HORIZON_YEARS),
    retentionExistingMode: 'perYear',
    retentionNewMode: 'perAge',
    newCustomersMode: 'perYear',
  },
  {
    retentionExistingMode: 'single',
    retentionNewMode: 'twoRates',
    newCustomersMode: 'single',
  },
];

/** Reads the fields of one link, noting each one it had to replace. */
class LinkReader {
  readonly ignored = new Set<LinkPart>();
  private readonly defaults: CalculatorFormValues;

  constructor(
    private readonly params: URLSearchParams,
    private readonly language: Language,
    /** Put before every key: «s.» for the compared scenario's fields. */
    private readonly prefix = '',
  ) {
    this.defaults = defaultFormValues(language);
  }

  read(): CalculatorFormValues {
    const values = { ...this.defaults };
    for (const key of Object.keys(CHOICES) as ChoiceField[]) {
      this.readChoice(values, key);
    }
    for (const key of FIGURE_FIELDS) values[key] = this.readFigure(key);
    for (const key of LIST_NUMBER_FIELDS) values[key] = this.readList(key);
    return this.replaceOutOfRange(values);
  }

  ignoredInOrder(): LinkPart[] {
    return PART_ORDER.filter((part) => this.ignored.has(part));
  }

  private readChoice(values: CalculatorFormValues, key: ChoiceField) {
    const text = this.param(key);
    const choice = CHOICES[key].find((option) => option === text);
    if (choice === undefined) this.ignored.add(key);
    else Object.assign(values, { [key]: choice });
  }

  private readFigure(key: FigureField): string {
    const text = this.fromLink(this.param(key));
    if (text === null) this.ignored.add(key);
    return text ?? this.defaults[key];
  }

  private readList(key: ListField): string[] {
    const items = this.param(key)?.split(LIST_SEPARATOR);
    const defaults = this.defaults[key];
    if (items?.length !== defaults.length) this.ignored.add(key);

    return defaults.map((fallback, i) => {
      const text = this.fromLink(items?.[i] ?? null);
      if (text === null) this.ignored.add(key);
      return text ?? fallback;
    });
  }

  private param(key: FormField): string | null {
    return this.params.get(this.prefix + LINK_PARAMS[key]);
  }

  /** A link figure written for the page's language, or null. */
  private fromLink(text: string | null): string | null {
    if (text === null || !LINK_FIGURE.test(text)) return null;
    return formatForInput(Number(text), this.language);
  }

  /**
   * Applies the form's own rules to every field, hidden ones included: the
   * form reads only the fields its modes show, so each figure is checked
   * on its own in both layouts, the per-year one at the longest horizon.
   * The bound the base puts on the sums per customer is then checked as
   * the form checks it, with the link's own horizon, modes and customers:
   * a sum that fits the sender's one-year plan is not measured against
   * ten years of new customers.
   */
  private replaceOutOfRange(values: CalculatorFormValues) {
    const fieldPaths = FIELD_LAYOUTS.flatMap((layout) =>
      fieldIssues({ ...values, ...layout }, this.language),
    ).map((issue) => issue.path);
    const fixed = this.restoreDefaults(values, fieldPaths);
    const bounded = this.restoreDefaults(fixed, this.refusedPaths(fixed));
    if (this.refusedPaths(bounded).length === 0) return bounded;

    // Even the default sums are too large for the link's customers (a link
    // cut short after a large «n0»): the counts take their defaults too.
    return this.restoreDefaults(
      bounded,
      COUNT_FIELDS.map((key) => [key]),
    );
  }

  /**
   * The fields the form refuses as the values stand: once every figure
   * passes its own rule, the sums past the base's bound.
   */
  private refusedPaths(values: CalculatorFormValues) {
    return readCltvInput(values, this.language).issues.map(
      (issue) => issue.path,
    );
  }

  private restoreDefaults(
    values: CalculatorFormValues,
    paths: readonly (readonly [FormField, number?])[],
  ): CalculatorFormValues {
    const fixed = { ...values };
    for (const [key, index] of paths) this.restoreDefault(fixed, key, index);
    return fixed;
  }

  private restoreDefault(
    values: CalculatorFormValues,
    key: FormField,
    index: number | undefined,
  ) {
    this.ignored.add(key);
    if (isListField(key) && index !== undefined) {
      const defaults = this.defaults[key];
      values[key] = values[key].map((item, i) =>
        i === index ? defaults[i]! : item,
      );
    } else {
      Object.assign(values, { [key]: this.defaults[key] });
    }
  }
}

function isChoiceField(key: FormField): key is ChoiceField {
  return key in CHOICES;
}

function isListField(key: FormField): key is ListField {
  return (LIST_NUMBER_FIELDS as readonly FormField[]).includes(key);
}
