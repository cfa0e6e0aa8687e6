/** What people put between digits: spaces, dashes, brackets, dots. */
const SEPARATORS = /[\s\-\u2010-\u2015().]/g;

/**
 * A phone number as typed, in E.164 form (`+` and up to 15 digits), or
 * null when it is not one.
 *
 * Russian numbers are read in their usual spellings: «+7 (999) 123-45-67»,
 * «8 999 1234567», «7 999 123 45 67» and the ten national digits alone
 * («999 123-45-67»). Any other number needs its country code, after «+»
 * or «00». Those are checked for the E.164 shape only, not against each
 * country's numbering plan; that would take a phone-number library and
 * its metadata, which this form does not yet need.
 *
 * @example normalisePhone('8 (999) 123-45-67') // '+79991234567'
 */
export function normalisePhone(text: string): string | null {
  const compact = text.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return null;

  if (compact.startsWith('+')) return international(compact.slice(1));
  if (compact.startsWith('00')) return international(compact.slice(2));
  return russianNational(compact);
}

/** Digits after the country's «+»: Russia's +7 takes exactly ten more. */
function international(digits: string): string | null {
  if (digits.startsWith('7')) return digits.length === 11 ? `+${digits}` : null;
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
}

/**
 * A Russian number without «+»: the trunk prefix 8 (or 7) and ten digits,
 * or the ten digits alone, whose area or mobile code starts with 3, 4, 9
 * or 80–87. No code starts with 88 or 89, so «8 999 123-45-6» is a mobile
 * number one digit short, not a national number.
 */
function russianNational(digits: string): string | null {
  if (digits.length === 11 && /^[78]/.test(digits)) {
    return `+7${digits.slice(1)}`;
  }
  if (digits.length === 10 && /^([349]|8[0-7])/.test(digits)) {
    return `+7${digits}`;
  }
  return null;
}
