import { enteredFields } from '../../app/enteredValue';
import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages';
import { formValuesShape } from './formSchema';
import {
  LIST_NUMBER_FIELDS,
  reformatFigure,
  SCALAR_NUMBER_FIELDS,
  type CalculatorFormValues,
} from './formValues';

/** A field of the prerendered form the visitor changed, by its name. */
export interface TypedChange {
  name: string;
  value: string;
}

/**
 * What the visitor changed in the prerendered form before the page's code
 * took it over, put on top of the values the page opens on (`opensOn`,
 * called only when something was changed: building them may make the
 * page's first, slow Intl calls) in the page's `language`; null when
 * nothing was changed. See withTypedChanges.
 */
export function typedBeforeStart(
  form: HTMLFormElement | null,
  opensOn: () => CalculatorFormValues,
  language: Language,
): CalculatorFormValues | null {
  // The calculator has no checkboxes: every value it takes is text.
  const changes = enteredFields(form).flatMap(({ name, value }) =>
    typeof value === 'string' ? [{ name, value }] : [],
  );
  if (changes.length === 0) return null;
  return withTypedChanges(opensOn(), changes, language);
}

/**
 * `values` (what the page opens on, in `language`) with each change made
 * in the prerendered form put in: the defaults, the figures stored in
 * this browser or those of a share link, a colleague's too, since the
 * typing is the visitor's newest intent. The prerendered form is Russian
 * (index.html), so a typed figure is rewritten for an English page
 * («150 000» becomes «150,000»); text that does not read as a number
 * stays as typed, for the field's message. The fields are found by their
 * names, which react-hook-form's register gives them («marginPercent»,
 * «retentionNewByAge.2»). Null when no change names a calculator field,
 * or when the values could not be held by the form (a tampered page).
 */
export function withTypedChanges(
  values: CalculatorFormValues,
  changes: readonly TypedChange[],
  language: Language,
): CalculatorFormValues | null {
  const next = structuredClone(values);
  const known = changes.filter(({ name, value }) =>
    setField(next, name, inLanguage(name, value, language)),
  );
  if (known.length === 0) return null;
  const checked = formValuesShape.safeParse(next);
  return checked.success ? checked.data : null;
}

const NUMBER_FIELDS: readonly string[] = [
  ...SCALAR_NUMBER_FIELDS,
  ...LIST_NUMBER_FIELDS,
];

/** A typed figure as the page's language writes it; other text as is. */
function inLanguage(name: string, value: string, language: Language) {
  const key = name.split('.')[0] ?? '';
  const isFigure = NUMBER_FIELDS.includes(key);
  return isFigure && language !== DEFAULT_LANGUAGE
    ? reformatFigure(value, DEFAULT_LANGUAGE, language)
    : value;
}

/** Sets «name» or «list.index» in `values`; false for an unknown name. */
function setField(
  values: CalculatorFormValues,
  name: string,
  value: string,
): boolean {
  const [key, index, ...rest] = name.split('.');
  const record = values as unknown as Record<string, unknown>;
  if (rest.length > 0 || !key || !Object.hasOwn(record, key)) return false;

  const current = record[key];
  if (index === undefined) {
    if (typeof current !== 'string') return false;
    record[key] = value;
    return true;
  }
  const position = Number(index);
  if (!Array.isArray(current) || !(position in current)) return false;
  current[position] = value;
  return true;
}
