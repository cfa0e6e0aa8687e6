import { formatForInput } from '../../format/format';
import { parseLocaleNumber, typedUnits } from '../../format/parseNumber';
import type { Language } from '../../i18n/languages';

/** The retention lift the break-even opens on, in percentage points. */
export const DEFAULT_LIFT_POINTS = 2;

/** Why a typed lift is refused: a currency sign, or no lift in range. */
export type LiftRefusal = 'currencySign' | 'invalid';

export type LiftReading =
  { lift: number; refusal: null } | { lift: null; refusal: LiftRefusal };

/**
 * The typed lift in percentage points as a fraction (2 → 0.02), or why it
 * is refused. A «%» may come with it, as in the form's percent fields; a
 * currency sign may not, since «2 ₽» is no number of points, and it is
 * named before anything else, as the form names a sign first. Anything
 * else must be a number above 0 and at most 100.
 *
 * @example readLiftPoints('2,5 %', 'ru') // { lift: 0.025, refusal: null }
 */
export function readLiftPoints(text: string, language: Language): LiftReading {
  if (typedUnits(text).some((unit) => unit !== 'percent')) {
    return { lift: null, refusal: 'currencySign' };
  }
  const parsed = parseLocaleNumber(text, language);
  const isInRange =
    parsed.kind === 'number' && parsed.value > 0 && parsed.value <= 100;
  return isInRange
    ? { lift: parsed.value / 100, refusal: null }
    : { lift: null, refusal: 'invalid' };
}

/**
 * The typed lift rewritten for another language («2,5» in Russian reads
 * «2.5» in English), so that a language switch keeps its meaning; text
 * that does not read is left as typed.
 */
export function retypeLiftPoints(
  text: string,
  from: Language,
  to: Language,
): string {
  const parsed = parseLocaleNumber(text, from);
  return parsed.kind === 'number' ? formatForInput(parsed.value, to) : text;
}
