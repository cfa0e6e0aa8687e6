import { formatForInput } from '../../format/format';
import { parseLocaleNumber } from '../../format/parseNumber';
import type { Language } from '../../i18n/languages';

/** The retention lift the break-even opens on, in percentage points. */
export const DEFAULT_LIFT_POINTS = 2;

/**
 * The typed lift in percentage points as a fraction (2 → 0.02), or null
 * unless it is a number above 0 and at most 100.
 */
export function readLiftPoints(text: string, language: Language) {
  const parsed = parseLocaleNumber(text, language);
  if (parsed.kind !== 'number') return null;

  const isInRange = parsed.value > 0 && parsed.value <= 100;
  return isInRange ? parsed.value / 100 : null;
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
