import type { Language } from '../i18n/languages';
import type { Currency } from './format';

/**
 * Why a figure is refused, when the form can say more than «not a number».
 * 'ambiguousComma': the comma could mean either language's mark: «1,000»
 * in Russian reads as a fraction where English groups thousands, «0,040»
 * in English as a grouping where Russian has a fraction; the form names
 * the rule of its language. 'digitGroups': the figure is digits between
 * group separators, but the groups are not threes (a digit typed into or
 * deleted from «120 000»); `meant` is the figure without the groups.
 */
export type RefusalReason = 'ambiguousComma' | 'digitGroups';

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'invalid'; reason?: 'ambiguousComma' }
  | { kind: 'invalid'; reason: 'digitGroups'; meant: number }
  | { kind: 'number'; value: number };

/** Spaces people and spreadsheets put between digit groups. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;
const UNIT_AFTER = '(%|₽|\\$|€|₸|руб\\.?|rub)';
/** A trailing unit the user may type or paste along with the figure. */
const TRAILING_UNIT = new RegExp(`${UNIT_AFTER}$`, 'i');
/** A currency sign written before the figure, as in «$120,000». */
const LEADING_UNIT = /^(₽|\$|€|₸)/;
/** Digits with group spaces between them: «1 000 000». */
const SPACED_DIGITS = /\d+(?:[\s\u00a0\u202f\u2009']+\d+)+/g;

const DIGITS = /^\d+$/;
/** One comma before exactly three digits and no other mark: «120,000». */
const COMMA_GROUP = /^\d{1,3},\d{3}$/;
/** Digits with commas before groups of three: «1,000», «12,345,678». */
const COMMA_GROUPS = /^\d+(?:,\d{3})+$/;
/** Digits and commas and no other mark: «0,040», «12,34». */
const COMMAS_ONLY = /^\d+(?:,\d+)+$/;
/** A whole part of zeros before the first comma: «0,125». */
const ZERO_WHOLE = /^0+,/;
const AMBIGUOUS: ParsedNumber = { kind: 'invalid', reason: 'ambiguousComma' };

const SPACE_MARKS = "\\s\\u00a0\\u202f\\u2009'";
/**
 * A figure of digit groups of any size, as typed: an optional sign and
 * currency sign, the groups (1), a fraction after the decimal mark (2)
 * and a trailing sign. English groups with commas as well as spaces.
 */
const GROUPED_FIGURE: Readonly<Record<Language, RegExp>> = {
  ru: groupedFigure(`[${SPACE_MARKS}]+`, '[,.]'),
  en: groupedFigure(`[${SPACE_MARKS},]+`, '\\.'),
};

function groupedFigure(separator: string, decimalMark: string): RegExp {
  const groups = `(\\d+(?:${separator}\\d+)+)`;
  const fraction = `(?:${decimalMark}(\\d+))?`;
  return new RegExp(
    `^[-−–]?(?:[₽$€₸]\\s*)?${groups}${fraction}\\s*${UNIT_AFTER}?$`,
    'i',
  );
}

/**
 * The most digits a misgrouped figure may have for its suggestion to be
 * exact: a double holds 15 significant digits, and formatForInput writes
 * 6 decimals at most.
 */
const MAX_MEANT_DIGITS = 15;
const MAX_MEANT_DECIMALS = 6;

/**
 * Reads a number the way people type it in the given language.
 *
 * Both languages accept digit groups of three separated by spaces
 * («1 000 000», not «1 2 3»), a trailing «%» or currency sign and a
 * leading currency sign. When a text holds both «,» and «.», the last one
 * is the decimal mark and the other separates groups of three digits, so a
 * figure pasted from either language's spreadsheet reads right. With one
 * kind of mark only, Russian takes a single «,» or «.» as the decimal mark;
 * English takes «.» as decimal and «,» only as a group separator before
 * exactly three digits, the first group not starting with 0.
 *
 * A comma that either language could mean is refused with the reason
 * 'ambiguousComma' rather than read one way silently: in Russian, commas
 * before groups of exactly three digits after a whole part other than 0
 * («1,000», «12,345», «1,000,000»), or after a leading currency sign
 * («$120,000»); in English, commas that do not group thousands («0,040»,
 * «12,34», «12,5,6»). «0,125» and «1,5» read in Russian, «1,000» in
 * English. Digits between group separators (spaces; commas too in
 * English) in groups other than threes are refused with the reason
 * 'digitGroups' and the figure meant, the groups joined: «120 0005» is
 * 1200005, and so is «120,0005» in English, where a comma before one or
 * two digits at the end stays an ambiguous comma. Exponents, several
 * decimal marks and other malformed texts («1..2») are invalid.
 *
 * @example parseLocaleNumber('1 000 000,5', 'ru') // { kind: 'number', value: 1000000.5 }
 * @example parseLocaleNumber('1,000,000.5', 'en') // { kind: 'number', value: 1000000.5 }
 */
export function parseLocaleNumber(
  text: string,
  language: Language,
): ParsedNumber {
  const compact = text.replace(GROUP_SPACES, '').replace(TRAILING_UNIT, '');
  if (compact === '') return { kind: 'empty' };
  if (!hasWellSpacedGroups(text)) return refusal(text, language);

  const negative = /^[-−–]/.test(compact);
  const signless = negative ? compact.slice(1) : compact;
  const unsigned = signless.replace(LEADING_UNIT, '');
  const hasLeadingUnit = unsigned !== signless;
  if (isRefusalReason(unsigned, language, hasLeadingUnit)) return AMBIGUOUS;
  const canonical = toCanonical(unsigned, language);
  if (canonical === null) {
    const isBadGrouping = language === 'en' && COMMAS_ONLY.test(unsigned);
    return refusal(text, language, isBadGrouping ? AMBIGUOUS : undefined);
  }

  const value = Number(canonical);
  if (Number.isNaN(value)) return { kind: 'invalid' };
  return { kind: 'number', value: negative ? -value : value };
}

/**
 * Whether a Russian figure's commas stand before groups of three, as
 * English digit groups do, so that reading them as the decimal mark
 * would most likely be wrong; a leading currency sign is the English way
 * of writing an amount, so then «$0,500» is suspect too.
 */
function isRefusalReason(
  unsigned: string,
  language: Language,
  hasLeadingUnit: boolean,
): boolean {
  if (language !== 'ru') return false;
  if (hasLeadingUnit && COMMA_GROUP.test(unsigned)) return true;
  return COMMA_GROUPS.test(unsigned) && !ZERO_WHOLE.test(unsigned);
}

/**
 * The refusal of a text the rules do not read: misgrouped digits when the
 * text is one figure with wrong digit groups, else the given refusal.
 */
function refusal(
  text: string,
  language: Language,
  otherwise: ParsedNumber = { kind: 'invalid' },
): ParsedNumber {
  const meant = misgroupedFigure(text.trim(), language);
  return meant === null
    ? otherwise
    : { kind: 'invalid', reason: 'digitGroups', meant };
}

/**
 * The figure a text of wrongly grouped digits stands for, the groups
 * joined: «120 0005» is 1200005, «1 2 3,5» 123.5; null when the text is
 * anything else, its groups are threes, its first group starts with 0
 * («0,040» in English is a decimal comma, not a grouping) or it has too
 * many digits to suggest exactly.
 */
function misgroupedFigure(text: string, language: Language): number | null {
  const match = GROUPED_FIGURE[language].exec(text);
  if (!match) return null;
  const [, grouped = '', fraction = ''] = match;
  const [first = '', ...rest] = grouped.split(/[^\d]+/);
  const isThrees = first.length <= 3 && rest.every((g) => g.length === 3);
  const whole = first + rest.join('');
  if (isThrees || first.startsWith('0')) return null;
  // «12,34» or «120,00» in English is a decimal comma, not a grouping.
  if (language === 'en' && /,\d{1,2}$/.test(grouped)) return null;
  if (fraction.length > MAX_MEANT_DECIMALS) return null;
  if (whole.length + fraction.length > MAX_MEANT_DIGITS) return null;

  const value = Number(fraction === '' ? whole : `${whole}.${fraction}`);
  return /^[-−–]/.test(text) ? -value : value;
}

/** Whether every run of space-separated digits is «1–3 digits, then 3s». */
function hasWellSpacedGroups(text: string): boolean {
  const runs = text.match(SPACED_DIGITS) ?? [];
  return runs.every((run) => {
    const [first = '', ...rest] = run.split(/[\s\u00a0\u202f\u2009']+/);
    return first.length <= 3 && rest.every((group) => group.length === 3);
  });
}

/** Turns digits and marks into «1234.5», or null when malformed. */
function toCanonical(text: string, language: Language): string | null {
  const commas = count(text, ',');
  const points = count(text, '.');

  if (commas > 0 && points > 0) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (count(text, decimal) > 1) return null;
    const [whole = '', fraction = ''] = text.split(decimal);
    return joinGroups(whole.split(group), fraction);
  }

  const mark = commas > 0 ? ',' : points > 0 ? '.' : null;
  if (mark === null) return DIGITS.test(text) ? text : null;

  const parts = text.split(mark);
  if (parts.length > 2) return joinGroups(parts, '');

  const [whole = '', fraction = ''] = parts;
  if (language === 'en' && mark === ',') {
    // A comma only groups thousands in English; «12,» is one being typed.
    const isGroup = /^\d{3}$/.test(fraction) || fraction === '';
    return isGroup ? joinGroups(parts.filter(Boolean), '') : null;
  }
  return joinGroups([whole], fraction);
}

/**
 * Joins digit groups, all but the first exactly three digits long and the
 * first not starting with 0 («0,040» groups nothing); a lone group may be
 * empty when a fraction follows («,5» is 0.5).
 */
function joinGroups(
  groups: readonly string[],
  fraction: string,
): string | null {
  const [first = '', ...rest] = groups;
  const firstIsValid =
    rest.length === 0
      ? first === ''
        ? fraction !== ''
        : DIGITS.test(first)
      : /^[1-9]\d{0,2}$/.test(first);

  if (!firstIsValid || !rest.every((group) => /^\d{3}$/.test(group))) {
    return null;
  }
  if (fraction !== '' && !DIGITS.test(fraction)) return null;

  const whole = groups.join('') || '0';
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** What a sign typed along with a figure stands for. */
export type TypedUnit = Currency | 'percent';

const UNIT_OF_SIGN: Readonly<Record<string, TypedUnit>> = {
  '%': 'percent',
  '₽': 'RUB',
  $: 'USD',
  '€': 'EUR',
  '₸': 'KZT',
};

/** The signs typed before and after a figure, as typed: «€», «руб.». */
export interface UnitSigns {
  leading: string | null;
  trailing: string | null;
}

/**
 * The signs parseLocaleNumber reads past: a currency sign in front (after
 * a minus) and a «%», currency sign or «руб.» at the end.
 *
 * @example unitSigns('-$300') // { leading: '$', trailing: null }
 */
export function unitSigns(text: string): UnitSigns {
  const compact = text.replace(GROUP_SPACES, '');
  const trailing = TRAILING_UNIT.exec(compact);
  const figure = trailing ? compact.slice(0, trailing.index) : compact;
  const leading = LEADING_UNIT.exec(figure.replace(/^[-−–]/, ''));
  return { leading: leading?.[1] ?? null, trailing: trailing?.[1] ?? null };
}

/**
 * The units a figure was typed with, leading sign first: «€ 5 000» is
 * EUR, «50 %» percent, «1 000» none. parseLocaleNumber reads the figure
 * with or without them; whether they fit the field is the form's call.
 *
 * @example typedUnits('120 000 руб.') // ['RUB']
 */
export function typedUnits(text: string): TypedUnit[] {
  const { leading, trailing } = unitSigns(text);
  return (
    [leading, trailing]
      .filter((sign) => sign !== null)
      // The signs that are not in the table are the words «руб.» and «rub».
      .map((sign) => UNIT_OF_SIGN[sign] ?? 'RUB')
  );
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
